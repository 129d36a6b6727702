package org.concurrency.lab.virtualthread;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.concurrency.lab.experiment.ChildJvm;
import org.concurrency.lab.experiment.Endpoint;
import org.concurrency.lab.experiment.Millis;
import org.concurrency.lab.experiment.RunContext;
import org.concurrency.lab.experiment.WorkerMain;

/**
 * The scheduler under the virtual threads: a {@code ForkJoinPool} of {@code workers}
 * carriers, each a platform thread, onto which virtual threads are mounted to run and
 * from which they unmount when they block. Its management bean,
 * {@code jdk.management.VirtualThreadSchedulerMXBean} (JDK 24+), counts the virtual
 * threads mounted and those queued, ready but waiting for a carrier; a platform thread in
 * the child JVM ({@link SchedulerWorker}) samples it, and each virtual thread reads its
 * carrier after every step.
 * <p>
 * Work that waits ({@code io}) is what virtual threads are for: a sleeping virtual thread
 * is on no carrier and in no queue, so a few carriers serve many, and after each wait it
 * goes on on whichever carrier is free. Work that computes ({@code cpu}) gains nothing:
 * there is no time slicing, so a virtual thread keeps its carrier until it ends, the
 * carriers stay mounted, the others stay queued and the last waits for all before it.
 */
@Endpoint(label = "scheduler",
		summary = "The scheduler under virtual threads doing I/O-like or CPU work: parallelism, pool size, mounted "
				+ "and queued over time, carriers used, moves between carriers")
final class SchedulerMix implements VirtualThreadVariant<SchedulerRequest, SchedulerResult> {

	/** The child's side too: the steps and the sampler. */
	@Override
	public List<Class<?>> sourceClasses() {
		return List.of(SchedulerMix.class, SchedulerWorker.class);
	}

	@Override
	public SchedulerResult run(SchedulerRequest request, RunContext context) throws Exception {
		List<String> flags = List.of(Carriers.PARALLELISM + request.workers());
		ChildJvm child = context.processes()
			.start(flags, SchedulerWorker.class, request.mix().label(), Integer.toString(request.tasks()),
					Integer.toString(request.steps()), Integer.toString(request.stepMs()),
					Integer.toString(request.sampleEveryMs()));
		String version = "";
		Instant started = null;
		List<String[]> samples = new ArrayList<>();
		List<String[]> tasks = new ArrayList<>();
		String line;
		while ((line = child.readLine()) != null) {
			String[] fields = line.split("\t", -1);
			switch (fields[0]) {
				case SchedulerWorker.JDK -> version = fields[1];
				case SchedulerWorker.STARTED -> started = instant(fields[1]);
				case SchedulerWorker.SAMPLE -> samples.add(fields);
				case SchedulerWorker.TASK -> tasks.add(fields);
				default -> throw new IllegalStateException("unexpected line from child " + child.pid() + ": " + line);
			}
		}
		int exit = context.awaitExit(child);
		if (exit != 0 || started == null || tasks.size() != request.tasks()) {
			throw new IllegalStateException("the child JVM " + child.pid() + " exited with " + exit + " after "
					+ tasks.size() + " of " + request.tasks() + " tasks");
		}
		List<SchedulerResult.Sample> sampled = new ArrayList<>();
		for (String[] sample : samples) {
			sampled.add(new SchedulerResult.Sample(since(started, instant(sample[1])), Integer.parseInt(sample[2]),
					Integer.parseInt(sample[3]), Integer.parseInt(sample[4]), Long.parseLong(sample[5])));
		}
		Map<String, int[]> carriers = new TreeMap<>(); // carrier → virtual threads, steps
		int moves = 0;
		int moved = 0;
		double longestFirstStep = 0;
		Instant first = null;
		Instant last = started;
		for (String[] task : tasks) {
			Instant start = instant(task[3]);
			Instant end = instant(task[4]);
			first = (first == null || start.isBefore(first)) ? start : first;
			last = end.isAfter(last) ? end : last;
			longestFirstStep = Math.max(longestFirstStep, since(started, instant(task[5])));
			int taskMoves = Integer.parseInt(task[6]);
			moves += taskMoves;
			moved += (taskMoves > 0) ? 1 : 0;
			String lastCarrier = "";
			for (String use : task[7].split(",")) {
				int equals = use.lastIndexOf('=');
				if (equals > 0) {
					lastCarrier = use.substring(0, equals);
					int[] counts = carriers.computeIfAbsent(lastCarrier, (name) -> new int[2]);
					counts[0]++;
					counts[1] += Integer.parseInt(use.substring(equals + 1));
				}
			}
			context.record(Integer.parseInt(task[1]), task[2] + " (" + child.name() + ")", lastCarrier, start, end);
		}
		List<SchedulerResult.CarrierUse> uses = carriers.entrySet()
			.stream()
			.map((entry) -> new SchedulerResult.CarrierUse(entry.getKey(), entry.getValue()[0], entry.getValue()[1]))
			.toList();
		SchedulerResult.Peak peak = new SchedulerResult.Peak(
				sampled.stream().mapToInt(SchedulerResult.Sample::poolSize).max().orElse(0),
				sampled.stream().mapToInt(SchedulerResult.Sample::mounted).max().orElse(0),
				sampled.stream().mapToLong(SchedulerResult.Sample::queued).max().orElse(0));
		double begin = since(started, first);
		double end = since(started, last);
		// while the tasks ran: from the first one's start to the last one's end
		int idle = (int) sampled.stream()
			.filter((sample) -> sample.atMs() > begin && sample.atMs() < end)
			.filter((sample) -> sample.mounted() == 0 && sample.queued() == 0)
			.count();
		return new SchedulerResult(request.mix().label(), Carriers.jdk(version, flags), end, sampled, peak, idle,
				uses.size(), uses, moves, moved, longestFirstStep);
	}

	private static Instant instant(String epochNanos) {
		return WorkerMain.instant(Long.parseLong(epochNanos));
	}

	private static double since(Instant from, Instant to) {
		return Millis.of(Duration.between(from, to).toNanos());
	}

	@Override
	public String note(SchedulerRequest request, SchedulerResult result) {
		SchedulerResult.Sample first = result.samples().isEmpty() ? null : result.samples().get(0);
		String scheduler = "The scheduler had parallelism " + ((first != null) ? first.parallelism() : "?")
				+ " and started " + result.peak().poolSize() + " carriers; the samples saw at most "
				+ result.peak().mounted() + " mounted and " + result.peak().queued() + " queued, and in "
				+ result.idleSamples() + " of " + result.samples().size() + " none mounted or queued. ";
		String ran = result.carriersUsed() + " carriers ran " + request.tasks() + " virtual threads, which moved "
				+ "from one carrier to another " + result.moves() + " times (" + result.tasksThatMoved() + " of "
				+ request.tasks() + " moved); the last one's first step was done after " + result.longestFirstStepMs()
				+ " ms. ";
		String work = request.tasks() + " virtual threads each did " + request.steps() + " steps of " + request.stepMs()
				+ " ms ";
		return switch (request.mix()) {
			case IO -> work + "sleeping, on " + request.workers() + " carriers, in " + result.wallMs() + " ms. "
					+ scheduler + ran + "A sleeping virtual thread is neither mounted nor queued: it holds no "
					+ "carrier, so a few carriers serve many, and after each wait it goes on on whichever carrier is "
					+ "free.";
			case CPU -> work + "computing, on " + request.workers() + " carriers, in " + result.wallMs() + " ms. "
					+ scheduler + ran + "No time slicing: a virtual thread that computes keeps its carrier until "
					+ "it ends, the others wait queued. For CPU work virtual threads buy nothing over a pool of "
					+ "platform threads sized to the cores.";
		};
	}

}

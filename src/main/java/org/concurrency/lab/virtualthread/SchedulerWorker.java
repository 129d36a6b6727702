package org.concurrency.lab.virtualthread;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jdk.management.VirtualThreadSchedulerMXBean;
import org.concurrency.lab.experiment.WorkerCommand;
import org.concurrency.lab.experiment.WorkerMain;

/**
 * The child-JVM side of {@code virtual-threads/scheduler}:
 * {@code <mix> <tasks> <steps> <step ms> <sample every ms>}, in a JVM whose scheduler has
 * as many carriers as the run asks for. A platform thread samples the scheduler's
 * {@link VirtualThreadSchedulerMXBean} while {@code tasks} virtual threads do their
 * steps, each reading its carrier after every step. Lines, tab-separated:
 * <ul>
 * <li>{@code jdk <Runtime.version()>};
 * <li>{@code started <epoch ns>}, as the tasks are started;
 * <li>{@code sample <epoch ns> <parallelism> <pool size> <mounted> <queued>}, the first
 * {@value #MAX_SAMPLES};
 * <li>{@code task <index> <thread> <start epoch ns> <end epoch ns> <first step's end epoch
 * ns> <moves> <carrier>=<steps>,…}.
 * </ul>
 * Written without lambdas or string {@code +}, as {@link WorkerMain} explains.
 */
public final class SchedulerWorker implements WorkerCommand {

	static final String JDK = "jdk";

	static final String STARTED = "started";

	static final String SAMPLE = "sample";

	static final String TASK = "task";

	static final int MAX_SAMPLES = 1000;

	@Override
	public void run(List<String> args, BufferedReader in, PrintStream out) throws Exception {
		String mix = args.get(0);
		int tasks = Integer.parseInt(args.get(1));
		int steps = Integer.parseInt(args.get(2));
		long stepNanos = TimeUnit.MILLISECONDS.toNanos(Long.parseLong(args.get(3)));
		long sampleMs = Long.parseLong(args.get(4));
		VirtualThreadSchedulerMXBean scheduler = ManagementFactory
			.getPlatformMXBean(VirtualThreadSchedulerMXBean.class);
		out.println(PinningWorker.fields(JDK, Runtime.version().toString()));
		String[] lines = new String[tasks];
		Thread[] threads = new Thread[tasks];
		for (int index = 0; index < tasks; index++) {
			threads[index] = Thread.ofVirtual()
				.name("virtual-", index)
				.unstarted(new Steps(mix, index, steps, stepNanos, lines));
		}
		out.println(PinningWorker.fields(STARTED, Long.toString(WorkerMain.epochNanos(Instant.now()))));
		// a platform thread: it samples even while every carrier is busy
		Sampler sampler = new Sampler(scheduler, sampleMs, out);
		Thread sampling = Thread.ofPlatform().name("scheduler-sampler").daemon().start(sampler);
		for (Thread thread : threads) {
			thread.start();
		}
		for (Thread thread : threads) {
			thread.join(); // the lab destroys this JVM at its deadline
		}
		sampling.interrupt();
		sampling.join();
		sampler.sample(); // the scheduler at rest
		for (String line : lines) {
			out.println(line);
		}
	}

	/** Samples the scheduler's bean every {@code sampleMs} until interrupted. */
	private static final class Sampler implements Runnable {

		private final VirtualThreadSchedulerMXBean scheduler;

		private final long sampleMs;

		private final PrintStream out;

		private int samples;

		Sampler(VirtualThreadSchedulerMXBean scheduler, long sampleMs, PrintStream out) {
			this.scheduler = scheduler;
			this.sampleMs = sampleMs;
			this.out = out;
		}

		@Override
		public void run() {
			try {
				while (!Thread.currentThread().isInterrupted()) {
					sample();
					Thread.sleep(this.sampleMs);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

		void sample() {
			if (this.samples++ >= MAX_SAMPLES) {
				return;
			}
			this.out.println(PinningWorker.fields(SAMPLE, Long.toString(WorkerMain.epochNanos(Instant.now())),
					Integer.toString(this.scheduler.getParallelism()), Integer.toString(this.scheduler.getPoolSize()),
					Integer.toString(this.scheduler.getMountedVirtualThreadCount()),
					Long.toString(this.scheduler.getQueuedVirtualThreadCount())));
		}

	}

	/** One virtual thread's steps, its carrier read after each. */
	private record Steps(String mix, int index, int steps, long stepNanos, String[] lines) implements Runnable {

		@Override
		public void run() {
			Instant start = Instant.now();
			Instant firstStep = start;
			Map<String, Integer> carriers = new LinkedHashMap<>();
			String last = null;
			int moves = 0;
			try {
				for (int step = 0; step < this.steps; step++) {
					step();
					String carrier = PinningWorker.carrier();
					if (step == 0) {
						firstStep = Instant.now();
					}
					if (last != null && !last.equals(carrier)) {
						moves++; // it went on on another carrier than the step before
					}
					last = carrier;
					Integer count = carriers.get(carrier);
					carriers.put(carrier, (count != null) ? count + 1 : 1);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			StringBuilder used = new StringBuilder();
			for (Map.Entry<String, Integer> carrier : carriers.entrySet()) {
				if (used.length() > 0) {
					used.append(',');
				}
				used.append(carrier.getKey()).append('=').append(carrier.getValue());
			}
			this.lines[this.index] = PinningWorker.fields(TASK, Integer.toString(this.index),
					Thread.currentThread().getName(), Long.toString(WorkerMain.epochNanos(start)),
					Long.toString(WorkerMain.epochNanos(Instant.now())),
					Long.toString(WorkerMain.epochNanos(firstStep)), Integer.toString(moves), used.toString());
		}

		private void step() throws InterruptedException {
			if (this.mix.equals("io")) {
				// unmounts: its carrier runs another meanwhile
				TimeUnit.NANOSECONDS.sleep(this.stepNanos);
				return;
			}
			long end = System.nanoTime() + this.stepNanos;
			while (System.nanoTime() < end) {
				// computes: keeps its carrier, for there is no time slicing
			}
		}

	}

}

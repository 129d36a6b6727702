package org.concurrency.lab.livelock;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.concurrency.lab.experiment.DeadlockDetector;
import org.concurrency.lab.experiment.Endpoint;
import org.concurrency.lab.experiment.RunContext;
import org.concurrency.lab.experiment.StartGate;
import org.concurrency.lab.experiment.TopicName;
import org.concurrency.lab.experiment.Variant;

/**
 * Two diners, one spoon, both hungry. Only the diner holding the spoon can act: if the
 * other is hungry, it politely hands the spoon over (a step aside); if not, it eats.
 * Every rule is reasonable, and together they livelock. Each diner is a
 * {@link PoliteDiner} on a thread of its own.
 */
@TopicName("livelock")
enum LivelockVariant implements Variant<LivelockRequest, LivelockResult> {

	/**
	 * The livelock. Both are hungry and stay hungry until they eat, so the spoon's holder
	 * always sees the other hungry and hands it over: the spoon goes back and forth
	 * millions of times a second and nobody ever eats. Unlike deadlocked threads, these
	 * are {@code RUNNABLE} and burn a core each, so the JVM's deadlock detector sees
	 * nothing; only the absence of progress gives them away. It happens every time, not
	 * by unlucky timing: it follows from the rules.
	 */
	@Endpoint(label = "demonstrate",
			summary = "Two polite diners handing one spoon back and forth: busy, and nobody eats")
	ALWAYS_POLITE(false) {
		@Override
		public String note(LivelockRequest request, LivelockResult result) {
			List<LivelockResult.Diner> diners = result.diners();
			return "Two polite diners, one spoon, both hungry: in " + request.durationMs() + " ms they handed it over "
					+ diners.get(0).stepsAside() + " and " + diners.get(1).stepsAside() + " times and ate "
					+ (diners.get(0).meals() + diners.get(1).meals()) + " meals, using " + diners.get(0).cpuMs()
					+ " and " + diners.get(1).cpuMs() + " ms of CPU: busy, no progress, a livelock. Mid-run they were "
					+ result.statesMidRun().values() + " and the JVM's deadlock detector found "
					+ result.deadlockedMidRun()
					+ " deadlocked threads: nothing is blocked, so it cannot see a livelock.";
		}
	},

	/**
	 * The fix: after stepping aside, a diner backs off for a random 1–10 ms during which
	 * it does not claim to be hungry. The other, holding the spoon and seeing no one
	 * hungry, eats; when the first comes back hungry, the roles swap. The back-off breaks
	 * the symmetry that kept both deferring; randomising it keeps two diners who back off
	 * at once from coming back in step, as Ethernet does after a collision.
	 */
	@Endpoint(label = "resolve", summary = "The same diners backing off at random after stepping aside: both eat")
	RANDOM_BACK_OFF(true) {
		@Override
		public String note(LivelockRequest request, LivelockResult result) {
			StringBuilder note = new StringBuilder(
					"Backing off a random " + PoliteDiner.BACK_OFF_MIN_MS + "–" + PoliteDiner.BACK_OFF_MAX_MS
							+ " ms after stepping aside, without claiming to be hungry, let the other eat:");
			for (LivelockResult.Diner diner : result.diners()) {
				note.append(" ")
					.append(diner.diner())
					.append(" ate ")
					.append(diner.meals())
					.append(" of ")
					.append(request.meals())
					.append(" meals, stepping aside ")
					.append(diner.stepsAsideBeforeEachMeal())
					.append(" times before each;");
			}
			note.setLength(note.length() - 1);
			return note.append(". Progress, where always stepping aside made none.").toString();
		}
	};

	private final boolean backOff;

	LivelockVariant(boolean backOff) {
		this.backOff = backOff;
	}

	@Override
	public LivelockResult run(LivelockRequest request, RunContext context) throws Exception {
		PoliteDiner.Spoon spoon = new PoliteDiner.Spoon();
		PoliteDiner[] diners = { new PoliteDiner(0, this.backOff), new PoliteDiner(1, this.backOff) };
		StartGate gate = context.startGate(diners.length);
		long end = System.nanoTime() + Duration.ofMillis(request.durationMs()).toNanos();
		Map<String, String> states = new LinkedHashMap<>();
		int deadlocked;
		try (ExecutorService pool = Executors.newFixedThreadPool(diners.length, context.platformThreads("diner-"))) {
			List<Future<?>> futures = new ArrayList<>();
			for (PoliteDiner diner : diners) {
				PoliteDiner other = diners[1 - diner.index];
				futures.add(pool.submit(() -> diner.dine(other, spoon, request.meals(), end, gate, context)));
			}
			gate.open(); // both sit down together
			Thread.sleep(Duration.ofMillis(Math.min(5, Math.max(1, request.durationMs() / 2))));
			deadlocked = DeadlockDetector.deadlocked(List.of(diners[0].thread, diners[1].thread)).size();
			for (PoliteDiner diner : diners) {
				states.put(diner.name, diner.dining ? diner.thread.getState().name() : "FINISHED");
			}
			for (Future<?> future : futures) {
				context.get(future); // they stop by themselves at duration_ms
			}
		}
		List<LivelockResult.Diner> records = Arrays.stream(diners).map(PoliteDiner::record).toList();
		long steps = records.stream().mapToLong(LivelockResult.Diner::stepsAside).sum();
		int meals = records.stream().mapToInt(LivelockResult.Diner::meals).sum();
		boolean stopped = records.stream().anyMatch((diner) -> diner.meals() < request.meals());
		return new LivelockResult(meals > 0, steps, meals, stopped, states, deadlocked, records);
	}

}

package org.concurrency.lab.livelock;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.concurrency.lab.experiment.Experiment;
import org.concurrency.lab.experiment.RunContext;

/**
 * Two diners, one spoon, both hungry. Only the diner holding the spoon can act: if the
 * other is hungry, it politely hands the spoon over (a step aside); if not, it eats.
 * Every rule is reasonable, and together they livelock.
 */
enum PoliteDiners implements Experiment<LivelockRequest, LivelockResult> {

	/**
	 * The livelock. Both are hungry and stay hungry until they eat, so the spoon's holder
	 * always sees the other hungry and hands it over: the spoon goes back and forth
	 * millions of times a second and nobody ever eats. Unlike deadlocked threads, these
	 * are {@code RUNNABLE} and burn a core each, so the JVM's deadlock detector sees
	 * nothing; only the absence of progress gives them away. It happens every time, not
	 * by unlucky timing: it follows from the rules.
	 */
	ALWAYS_POLITE("demonstrate", false),

	/**
	 * The fix: after stepping aside, a diner backs off for a random 1–10 ms during which
	 * it does not claim to be hungry. The other, holding the spoon and seeing no one
	 * hungry, eats; when the first comes back hungry, the roles swap. The back-off breaks
	 * the symmetry that kept both deferring; randomising it keeps two diners who back off
	 * at once from coming back in step, as Ethernet does after a collision.
	 */
	RANDOM_BACK_OFF("resolve", true);

	/** How long a meal takes, holding the spoon. */
	static final Duration MEAL = Duration.ofMillis(1);

	static final int BACK_OFF_MIN_MS = 1;

	static final int BACK_OFF_MAX_MS = 10;

	private static final int SPINS_BEFORE_YIELD = 100;

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private final String label;

	private final boolean backOff;

	PoliteDiners(String label, boolean backOff) {
		this.label = label;
		this.backOff = backOff;
	}

	String label() {
		return this.label;
	}

	@Override
	public LivelockResult run(LivelockRequest request, RunContext context) throws Exception {
		Spoon spoon = new Spoon();
		Diner[] diners = { new Diner(0), new Diner(1) };
		CountDownLatch ready = new CountDownLatch(diners.length);
		long end = System.nanoTime() + Duration.ofMillis(request.durationMs()).toNanos();
		Map<String, String> states = new LinkedHashMap<>();
		int deadlocked;
		try (ExecutorService pool = Executors.newFixedThreadPool(diners.length, context.platformThreads("diner-"))) {
			List<Future<?>> futures = new ArrayList<>();
			for (Diner diner : diners) {
				Diner other = diners[1 - diner.index];
				futures.add(pool.submit(() -> diner.dine(other, spoon, request.meals(), end, ready, context)));
			}
			if (!ready.await(bound(context), TimeUnit.NANOSECONDS)) {
				throw new CancellationException("the deadline passed before both diners sat down");
			}
			Thread.sleep(Duration.ofMillis(Math.min(5, Math.max(1, request.durationMs() / 2))));
			deadlocked = deadlockedAmong(diners);
			for (Diner diner : diners) {
				states.put(diner.name, diner.dining ? diner.thread.getState().name() : "FINISHED");
			}
			for (Future<?> future : futures) {
				// they stop by themselves at duration_ms
				future.get(bound(context), TimeUnit.NANOSECONDS);
			}
		}
		List<LivelockResult.Diner> records = Arrays.stream(diners).map(Diner::record).toList();
		long steps = records.stream().mapToLong(LivelockResult.Diner::stepsAside).sum();
		int meals = records.stream().mapToInt(LivelockResult.Diner::meals).sum();
		boolean stopped = records.stream().anyMatch((diner) -> diner.meals() < request.meals());
		context.note(this.backOff ? resolved(records, request) : livelocked(records, request, states, deadlocked));
		return new LivelockResult(meals > 0, steps, meals, stopped, states, deadlocked, records);
	}

	private static String livelocked(List<LivelockResult.Diner> diners, LivelockRequest request,
			Map<String, String> states, int deadlocked) {
		return "Two polite diners, one spoon, both hungry: in " + request.durationMs() + " ms they handed it over "
				+ diners.get(0).stepsAside() + " and " + diners.get(1).stepsAside() + " times and ate "
				+ (diners.get(0).meals() + diners.get(1).meals()) + " meals, using " + diners.get(0).cpuMs() + " and "
				+ diners.get(1).cpuMs() + " ms of CPU: busy, no progress, a livelock. Mid-run they were "
				+ states.values() + " and the JVM's deadlock detector found " + deadlocked
				+ " deadlocked threads: nothing is blocked, so it cannot see a livelock.";
	}

	private static String resolved(List<LivelockResult.Diner> diners, LivelockRequest request) {
		StringBuilder note = new StringBuilder("Backing off a random " + BACK_OFF_MIN_MS + "–" + BACK_OFF_MAX_MS
				+ " ms after stepping aside, without claiming to be hungry, let the other eat:");
		for (LivelockResult.Diner diner : diners) {
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

	private static int deadlockedAmong(Diner[] diners) {
		long[] ids = THREADS.findDeadlockedThreads();
		if (ids == null) {
			return 0;
		}
		return (int) Arrays.stream(ids)
			.filter((id) -> Arrays.stream(diners).anyMatch((diner) -> diner.thread.threadId() == id))
			.count();
	}

	/**
	 * A bound for the run's waits: the engine interrupts every thread at the deadline;
	 * this is a little later, so that a wait never ends first and turns a run that timed
	 * out into one that failed.
	 */
	private static long bound(RunContext context) {
		return context.remaining().plusSeconds(1).toNanos();
	}

	/** The one spoon: only its owner may use it or hand it over. */
	static final class Spoon {

		volatile int owner;

	}

	/** A polite diner; its counters are written by its own thread only. */
	final class Diner {

		private final int index;

		volatile boolean hungry = true;

		volatile boolean full;

		volatile boolean dining;

		String name = "";

		Thread thread = Thread.currentThread();

		private long stepsAside;

		private long sinceMeal;

		private final List<Long> stepsBeforeMeal = new ArrayList<>();

		private long cpuNanos;

		Diner(int index) {
			this.index = index;
		}

		Void dine(Diner other, Spoon spoon, int meals, long end, CountDownLatch ready, RunContext context)
				throws InterruptedException {
			this.thread = Thread.currentThread();
			this.name = this.thread.getName();
			this.dining = true;
			ready.countDown();
			RunContext.TaskClock clock = context.begin(this.index);
			long cpuStart = THREADS.getCurrentThreadCpuTime();
			try {
				// both sit down together
				ready.await(bound(context), TimeUnit.NANOSECONDS);
				long spins = 0;
				while (this.stepsBeforeMeal.size() < meals && System.nanoTime() < end) {
					context.checkStopped();
					if (spoon.owner != this.index) {
						waitForSpoon(++spins);
						continue;
					}
					if (other.hungry) {
						// polite: the other is hungry, so it should eat first
						spoon.owner = other.index;
						this.stepsAside++;
						this.sinceMeal++;
						if (PoliteDiners.this.backOff) {
							backOff();
						}
						continue;
					}
					eat(other, spoon, meals);
				}
			}
			finally {
				this.cpuNanos = THREADS.getCurrentThreadCpuTime() - cpuStart;
				this.dining = false;
				clock.end();
			}
			return null;
		}

		/**
		 * Waits for the spoon busily: a hint to the core on each turn, and now and then a
		 * yield, so that on a machine with fewer free cores than diners the one holding
		 * the spoon gets to run.
		 */
		private static void waitForSpoon(long spins) {
			Thread.onSpinWait();
			if (spins % SPINS_BEFORE_YIELD == 0) {
				Thread.yield();
			}
		}

		private void backOff() throws InterruptedException {
			// stops asking for a while, so the other sees no one hungry and eats
			this.hungry = false;
			Thread.sleep(ThreadLocalRandom.current().nextLong(BACK_OFF_MIN_MS, BACK_OFF_MAX_MS + 1L));
			this.hungry = true;
		}

		private void eat(Diner other, Spoon spoon, int meals) throws InterruptedException {
			Thread.sleep(MEAL);
			this.stepsBeforeMeal.add(this.sinceMeal);
			this.sinceMeal = 0;
			if (this.stepsBeforeMeal.size() == meals) {
				this.hungry = false;
				this.full = true;
				if (!other.full) {
					// done: the spoon goes to the one still eating
					spoon.owner = other.index;
				}
			}
		}

		LivelockResult.Diner record() {
			return new LivelockResult.Diner(this.name, this.stepsAside, this.stepsBeforeMeal.size(),
					List.copyOf(this.stepsBeforeMeal), Math.round(this.cpuNanos / 1e5) / 10.0);
		}

	}

}

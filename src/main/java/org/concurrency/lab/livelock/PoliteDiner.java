package org.concurrency.lab.livelock;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.concurrency.lab.experiment.Millis;
import org.concurrency.lab.experiment.RunContext;
import org.concurrency.lab.experiment.StartGate;

/**
 * A polite diner: holding the spoon, it hands it over while the other is hungry, and eats
 * only when the other is not; with a back-off, after stepping aside it stops claiming to
 * be hungry for a random while. Its counters are written by its own thread only.
 */
final class PoliteDiner {

	/** How long a meal takes, holding the spoon. */
	static final Duration MEAL = Duration.ofMillis(1);

	static final int BACK_OFF_MIN_MS = 1;

	static final int BACK_OFF_MAX_MS = 10;

	private static final int SPINS_BEFORE_YIELD = 100;

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	final int index;

	private final boolean backOff;

	volatile boolean hungry = true;

	volatile boolean full;

	volatile boolean dining;

	String name = "";

	Thread thread = Thread.currentThread();

	private long stepsAside;

	private long sinceMeal;

	private final List<Long> stepsBeforeMeal = new ArrayList<>();

	private long cpuNanos;

	PoliteDiner(int index, boolean backOff) {
		this.index = index;
		this.backOff = backOff;
	}

	Void dine(PoliteDiner other, Spoon spoon, int meals, long end, StartGate gate, RunContext context)
			throws InterruptedException {
		this.thread = Thread.currentThread();
		this.name = this.thread.getName();
		this.dining = true;
		RunContext.TaskClock clock = context.begin(this.index);
		long cpuStart = THREADS.getCurrentThreadCpuTime();
		try {
			gate.arriveAndAwait(); // both sit down together
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
					if (this.backOff) {
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
	 * yield, so that on a machine with fewer free cores than diners the one holding the
	 * spoon gets to run.
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

	private void eat(PoliteDiner other, Spoon spoon, int meals) throws InterruptedException {
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
				List.copyOf(this.stepsBeforeMeal), Millis.of(this.cpuNanos));
	}

	/** The one spoon: only its owner may use it or hand it over. */
	static final class Spoon {

		volatile int owner;

	}

}

package org.concurrency.lab.experiment;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * While the lab starts, a few waves of short sleeps on virtual threads, started the way a
 * run starts them (a run's thread factory, a thread-per-task executor, the timeline
 * counting each end), so that the JIT compiles every method a sleeping virtual thread is
 * parked in with both its halves seen: the call that parks, and what follows it. Compiled
 * while a million threads had entered such a method and none had come back, its second
 * half is left as an <em>uncommon trap</em>, and every one of those threads, once it
 * wakes inside the old compiled code, is deoptimized on its own. Seen here: a first run
 * of a million sleeping virtual threads took 15 to 18 s instead of 3 to 4, in tens of
 * thousands of {@code unstable_if} deoptimizations of {@code VirtualThread.sleepNanos}
 * alone ({@code -Xlog:deoptimization=debug}). Half of each wave's threads end before the
 * executor is shut down and half after, as in a big run, where each thread that ends
 * after {@code close()} asks the executor's set of threads {@code isEmpty()}: warmed with
 * only the first half, {@code ConcurrentHashMap.sumCount} was deoptimized tens of
 * thousands of times instead. {@code lab.warm-up=false} leaves the JIT to itself, to see
 * it.
 */
@Component
class VirtualThreadWarmUp {

	private static final Log logger = LogFactory.getLog(VirtualThreadWarmUp.class);

	/** Waves of sleeps, and virtual threads in each: enough for C2 to compile them. */
	static final int WAVES = 3;

	static final int THREADS = 20_000;

	/**
	 * Open until the warm-up started with the lab has ended; open at once without one.
	 */
	private static volatile CountDownLatch done = new CountDownLatch(0);

	/**
	 * Starts the waves while the lab starts: Spring's start keeps one core busy, and they
	 * take the other, so they are over about when the lab is up.
	 */
	VirtualThreadWarmUp(@Value("${lab.warm-up:true}") boolean enabled) {
		if (enabled) {
			CountDownLatch warming = new CountDownLatch(1);
			done = warming;
			Thread.ofVirtual().name("lab-warm-up").start(() -> {
				try {
					warmUp();
				}
				finally {
					warming.countDown();
				}
			});
		}
	}

	/**
	 * Waits, at most {@code patience}, for the warm-up started with the lab to end: a run
	 * of a million sleeping virtual threads made meanwhile would meet the JIT it is there
	 * to spare them.
	 * @return whether it has ended
	 */
	static boolean awaitDone(Duration patience) throws InterruptedException {
		return done.await(patience.toNanos(), TimeUnit.NANOSECONDS);
	}

	/**
	 * What the waves did.
	 *
	 * @param slept sleeps that ended
	 * @param leftRunning threads of the waves still alive after them (none, or a bug)
	 */
	record Waves(int slept, int leftRunning) {
	}

	/** Runs the waves. */
	static Waves warmUp() {
		long start = System.nanoTime();
		int slept = 0;
		int left = 0;
		for (int wave = 0; wave < WAVES; wave++) {
			Timeline timeline = new Timeline(1, System.nanoTime(), Instant.now(), (entry) -> {
			});
			ThreadTracker tracker = new ThreadTracker(0, new ThreadWatch(0, timeline::sinceStart));
			CountDownLatch shutDown = new CountDownLatch(1);
			try (ExecutorService threads = Executors.newThreadPerTaskExecutor(tracker.virtual("warm-up-"))) {
				for (int i = 0; i < THREADS; i++) {
					int task = i;
					threads.execute(() -> {
						if (task % 2 == 1) {
							await(shutDown); // half of them end after the executor is
												// shut down
						}
						sleep();
						timeline.add(task, () -> new TimelineEntry(task, "warm-up", true, null, 0, 0));
					});
				}
				threads.shutdown();
				shutDown.countDown();
			}
			slept += timeline.completed();
			try {
				left += tracker.aliveAfter(Duration.ofSeconds(1)).size();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		logger.info(slept + " virtual threads slept 1 ms each, in " + Millis.since(start) + " ms: the JIT has seen "
				+ "VirtualThread.sleepNanos whole");
		return new Waves(slept, left);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(Duration.ofMillis(1));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}

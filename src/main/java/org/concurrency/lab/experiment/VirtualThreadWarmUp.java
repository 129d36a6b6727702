package org.concurrency.lab.experiment;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the lab is up, a few waves of short sleeps on virtual threads, started the way a
 * run starts them (a run's thread factory, a thread-per-task executor, the timeline
 * counting each end), so that the JIT compiles every method a sleeping virtual thread is
 * parked in with both its halves seen: the call that parks, and what follows it. Compiled
 * while a million threads had entered such a method and none had come back, its second
 * half is left as an <em>uncommon trap</em>, and every one of those threads, once it
 * wakes inside the old compiled code, is deoptimized on its own. Seen here: a first run
 * of a million sleeping virtual threads took 15 to 18 s instead of 3 to 4, in tens of
 * thousands of {@code unstable_if} deoptimizations of {@code VirtualThread.sleepNanos}
 * alone ({@code -Xlog:deoptimization=debug}). {@code lab.warm-up=false} leaves the JIT to
 * itself, to see it.
 */
@Component
class VirtualThreadWarmUp {

	private static final Log logger = LogFactory.getLog(VirtualThreadWarmUp.class);

	/** Waves of sleeps, and virtual threads in each: enough for C2 to compile them. */
	static final int WAVES = 3;

	static final int THREADS = 20_000;

	private final boolean enabled;

	VirtualThreadWarmUp(@Value("${lab.warm-up:true}") boolean enabled) {
		this.enabled = enabled;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onReady() {
		if (this.enabled) {
			Thread.ofVirtual().name("lab-warm-up").start(VirtualThreadWarmUp::warmUp);
		}
	}

	/** Runs the waves; returns how many sleeps ended. */
	static int warmUp() {
		long start = System.nanoTime();
		int slept = 0;
		for (int wave = 0; wave < WAVES; wave++) {
			Timeline timeline = new Timeline(1, System.nanoTime(), Instant.now(), (entry) -> {
			});
			ThreadTracker tracker = new ThreadTracker(0, new ThreadWatch(0, timeline::sinceStart));
			try (ExecutorService threads = Executors.newThreadPerTaskExecutor(tracker.virtual("warm-up-"))) {
				for (int i = 0; i < THREADS; i++) {
					int task = i;
					threads.execute(() -> {
						sleep();
						timeline.add(task, () -> new TimelineEntry(task, "warm-up", true, null, 0, 0));
					});
				}
			}
			slept += timeline.completed();
		}
		logger.info(slept + " virtual threads slept 1 ms each, in " + Millis.since(start) + " ms: the JIT has seen "
				+ "VirtualThread.sleepNanos whole");
		return slept;
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

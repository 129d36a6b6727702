package org.concurrency.lab.experiment;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every bounded wait of a run ends at its deadline, and the run is reported timed out.
 */
class RunContextTests {

	private static final Probe.Empty NONE = new Probe.Empty();

	private final ExperimentEngine engine = Engines.of(LabLimits.defaults().withDeadline(Duration.ofMillis(200)));

	/** A wait that nothing will ever end but the deadline. */
	enum Wait {

		LATCH((context) -> context.await(new CountDownLatch(1))),

		BARRIER((context) -> context.await(new CyclicBarrier(2))),

		CONDITION((context) -> {
			ReentrantLock lock = new ReentrantLock();
			Condition never = lock.newCondition();
			lock.lock();
			try {
				while (true) {
					context.await(never);
				}
			}
			finally {
				lock.unlock();
			}
		}),

		QUEUE_TAKE((context) -> context.take(new ArrayBlockingQueue<>(1))),

		QUEUE_OFFER((context) -> {
			BlockingQueue<Integer> full = new ArrayBlockingQueue<>(1);
			full.add(1);
			context.offer(full, 2);
		}),

		FUTURE((context) -> context.get(new java.util.concurrent.CompletableFuture<>())),

		LOCK((context) -> {
			ReentrantLock held = new ReentrantLock();
			Thread holder = context.platformThreads("holder-").newThread(() -> {
				held.lock();
				try {
					Thread.sleep(60_000);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				finally {
					held.unlock();
				}
			});
			holder.start();
			context.until(held::isLocked);
			context.lock(held);
		}),

		PERMIT((context) -> context.acquire(new Semaphore(0))),

		HANDSHAKE((context) -> context.until(() -> false)),

		JOIN((context) -> {
			Thread sleeper = context.virtualThreads("sleeper-").newThread(() -> {
				try {
					Thread.sleep(60_000);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			});
			sleeper.start();
			context.join(sleeper);
		});

		private final Body body;

		Wait(Body body) {
			this.body = body;
		}

		interface Body {

			void waitOn(RunContext context) throws Exception;

		}

	}

	@ParameterizedTest
	@EnumSource(Wait.class)
	void waitWhenNothingEndsItShouldEndAtTheDeadlineAsTimedOut(Wait wait) {
		Report<Probe.Empty, String> report = this.engine.run(new Probe<>("wait", (context) -> {
			wait.body.waitOn(context);
			return "never";
		}), NONE);
		assertThat(report.status()).isEqualTo(RunStatus.TIMED_OUT);
		assertThat(ExperimentEngineTests.liveThreadsNamed("holder-")).isEmpty();
		assertThat(ExperimentEngineTests.liveThreadsNamed("sleeper-")).isEmpty();
	}

	@Test
	void withinShouldKeepAPatienceShorterThanTheTimeLeftAndCutALongerOne() {
		Report<Probe.Empty, List<Duration>> report = this.engine.run(new Probe<>("within",
				(context) -> List.of(context.within(Duration.ofMillis(1)), context.within(Duration.ofHours(1)))), NONE);
		assertThat(report.result()).first().isEqualTo(Duration.ofMillis(1));
		assertThat(report.result().get(1)).isLessThanOrEqualTo(Duration.ofMillis(200));
	}

	@Test
	void startGateShouldLetNoWorkerStartBeforeAllAreReady() {
		List<String> events = new CopyOnWriteArrayList<>();
		Report<Probe.Empty, Long> report = Engines.defaults().run(new Probe<>("gate", (context) -> {
			StartGate gate = context.startGate(4);
			try (ExecutorService pool = Executors.newFixedThreadPool(4, context.platformThreads("gated-"))) {
				for (int worker = 0; worker < 4; worker++) {
					pool.submit(() -> {
						events.add("ready");
						gate.arriveAndAwait();
						events.add("go");
						return null;
					});
				}
				return gate.open();
			}
		}), NONE);
		assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(events).hasSize(8).containsOnly("ready", "go");
		assertThat(events.lastIndexOf("ready")).isLessThan(events.indexOf("go"));
	}

	@Test
	void threadsAliveAfterShouldNameOnlyTheRunsThreadsStillRunning() {
		Report<Probe.Empty, List<String>> report = Engines.defaults().run(new Probe<>("alive", (context) -> {
			CountDownLatch release = new CountDownLatch(1);
			Thread done = context.platformThreads("done-").newThread(() -> {
			});
			Thread stuck = context.platformThreads("stuck-").newThread(() -> {
				try {
					release.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			});
			done.start();
			stuck.start();
			List<String> alive = context.threadsAliveAfter(Duration.ofMillis(100));
			release.countDown();
			return alive;
		}), NONE);
		// a run numbers its platform threads across prefixes: done-0, stuck-1
		assertThat(report.result()).containsExactly("stuck-1");
	}

}

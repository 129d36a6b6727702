package org.concurrency.lab.async;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.concurrency.lab.experiment.Engines;
import org.concurrency.lab.experiment.LiveThreads;
import org.concurrency.lab.experiment.Report;
import org.concurrency.lab.experiment.RunStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The loop's queue and the way from a thread to the loop: futures the loop completes, and
 * a queue only the loop may touch.
 */
class EventLoopTests {

	private static final AsyncRequest NONE = new AsyncRequest(1, 0.0);

	@AfterEach
	void nothingLeftRunning() {
		assertThat(LiveThreads.named("event-loop-")).isEmpty();
	}

	@Test
	void queueWhenFullShouldHoldThePutUntilAGetMakesRoom() {
		List<Object> seen = onLoop((loop) -> {
			EventLoop.Queue<String> queue = loop.queue(2);
			CompletableFuture<Void> first = queue.put("a");
			CompletableFuture<Void> second = queue.put("b");
			CompletableFuture<Void> third = queue.put("c"); // full: it waits
			boolean heldBack = !third.isDone();
			String taken = queue.get().join(); // an item there: at once
			return third.thenApply((ignored) -> List.<Object>of(first.isDone() && second.isDone(), heldBack, taken,
					queue.size(), queue.maxSize(), loop.inLoop()));
		});
		assertThat(seen).containsExactly(true, true, "a", 2, 2, true);
	}

	@Test
	void queueWhenEmptyShouldHoldTheGetUntilAPutAndResumeItOnTheLoop() {
		List<Object> seen = onLoop((loop) -> {
			EventLoop.Queue<String> queue = loop.queue(1);
			CompletableFuture<String> taken = queue.get(); // empty: it waits
			boolean heldBack = !taken.isDone();
			queue.put("x");
			return taken
				.thenApply((item) -> List.<Object>of(heldBack, item, Thread.currentThread().getName(), queue.size()));
		});
		assertThat(seen).containsExactly(true, "x", "event-loop-0", 0);
	}

	@Test
	void queueWhenTouchedFromAnotherThreadShouldRefuse() {
		Report<AsyncRequest, String> report = Engines.defaults().run(new LoopProbe<>((context) -> {
			try (EventLoop loop = new EventLoop(context, "event-loop")) {
				EventLoop.Queue<String> queue = loop.create(() -> loop.queue(1), context);
				assertThatIllegalStateException().isThrownBy(() -> queue.put("x"))
					.withMessageContaining("not on the loop");
				assertThatIllegalStateException().isThrownBy(queue::get);
				return "refused";
			}
		}), NONE);
		assertThat(report.result()).isEqualTo("refused");
	}

	@Test
	void submitShouldRunTheCoroutineOnTheLoopForAThreadThatWaits() {
		Report<AsyncRequest, List<Object>> report = Engines.defaults().run(new LoopProbe<>((context) -> {
			try (EventLoop loop = new EventLoop(context, "event-loop")) {
				String ranOn = context.get(loop
					.submit(() -> loop.sleep(1_000_000).thenApply((ignored) -> Thread.currentThread().getName())));
				return List.<Object>of(ranOn, loop.inLoop(), loop.threadName());
			}
		}), NONE);
		assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(report.result()).containsExactly("event-loop-0", false, "event-loop-0");
	}

	/** Runs {@code coroutine} on a loop of a run and answers what it completed with. */
	private static List<Object> onLoop(Coroutine coroutine) {
		Report<AsyncRequest, List<Object>> report = Engines.defaults().run(new LoopProbe<>((context) -> {
			try (EventLoop loop = new EventLoop(context, "event-loop")) {
				return context.get(loop.submit(() -> coroutine.run(loop)));
			}
		}), NONE);
		assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
		return report.result();
	}

	private interface Coroutine {

		CompletableFuture<List<Object>> run(EventLoop loop);

	}

}

package org.concurrency.lab.async;

import java.util.List;

import org.concurrency.lab.experiment.Engines;
import org.concurrency.lab.experiment.LiveThreads;
import org.concurrency.lab.experiment.Report;
import org.concurrency.lab.experiment.RunStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The way from a thread to the loop: a coroutine the loop runs, a future it completes.
 */
class EventLoopTests {

	private static final AsyncRequest NONE = new AsyncRequest(1, 0.0);

	@AfterEach
	void nothingLeftRunning() {
		assertThat(LiveThreads.named("event-loop-")).isEmpty();
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

}

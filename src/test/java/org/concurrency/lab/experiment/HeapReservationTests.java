package org.concurrency.lab.experiment;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class HeapReservationTests {

	private final ExperimentEngine engine = Engines.defaults();

	@Test
	void aSecondRunThatDoesNotFitBesideTheFirstShouldBeToldToComeBackAndTheHeapGivenBackAfter() throws Exception {
		long half = HeapBudget.room() / 2 + 1;
		CountDownLatch holding = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<Report<Probe.Empty, String>> first = CompletableFuture
			.supplyAsync(() -> this.engine.run(new Needing("first", half, (context) -> {
				holding.countDown();
				context.await(release);
				return "held";
			}), new Probe.Empty()));
		assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
		try {
			// it would fit once the first has ended: busy (429), not too big (400)
			assertThatExceptionOfType(ExperimentsBusyException.class)
				.isThrownBy(() -> this.engine.run(new Needing("second", half, (context) -> "ran"), new Probe.Empty()))
				.satisfies((ex) -> {
					assertThat(ex.limit()).isEqualTo("-Xmx");
					assertThat(ex.getMessage()).contains("which other runs hold now");
					assertThat(ex.retryAfter()).isPositive();
				});
			// what would not fit even alone is too big
			assertThatExceptionOfType(LimitExceededException.class)
				.isThrownBy(() -> this.engine.run(new Needing("third", Long.MAX_VALUE / 2, (context) -> "ran"),
						new Probe.Empty()))
				.satisfies((ex) -> assertThat(ex.violations()).singleElement()
					.satisfies((violation) -> assertThat(violation.limit()).isEqualTo("-Xmx")));
		}
		finally {
			release.countDown();
		}
		assertThat(first.get(10, TimeUnit.SECONDS).status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(HeapBudget.idle()).isTrue();
		// given back: the second now fits
		assertThat(this.engine.run(new Needing("second", half, (context) -> "ran"), new Probe.Empty()).result())
			.isEqualTo("ran");
		assertThat(HeapBudget.idle()).isTrue();
	}

	/** A probe that says it will hold {@code bytes} of heap. */
	private record Needing(String label, long bytes, Probe.Body<String> body) implements Variant<Probe.Empty, String> {

		@Override
		public String topic() {
			return "test";
		}

		@Override
		public String summary() {
			return "a variant that holds heap";
		}

		@Override
		public HeapNeed heapNeed(Probe.Empty request) {
			return new HeapNeed("bytes", this.bytes, 1);
		}

		@Override
		public String run(Probe.Empty request, RunContext context) throws Exception {
			return this.body.run(context);
		}

		@Override
		public String note(Probe.Empty request, String result) {
			return "ran " + this.label;
		}

	}

}

package org.concurrency.lab.experiment;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineTests {

	@Test
	void addWhenMoreTasksThanCapacityShouldKeepTheFirstAndCountAll() {
		Timeline timeline = new Timeline(3, System.nanoTime(), Instant.now(), (entry) -> {
		});
		for (int task = 4; task >= 0; task--) {
			int index = task;
			timeline.add(index, () -> new TimelineEntry(index, "w", false, null, 0, 1));
		}
		assertThat(timeline.completed()).isEqualTo(5);
		assertThat(timeline.truncated()).isTrue();
		assertThat(timeline.entries()).extracting(TimelineEntry::task).containsExactly(0, 1, 2);
	}

	@Test
	void addWhenTasksFitShouldNotBeTruncated() {
		Timeline timeline = new Timeline(3, System.nanoTime(), Instant.now(), (entry) -> {
		});
		timeline.add(0, () -> new TimelineEntry(0, "w", false, null, 0, 1));
		assertThat(timeline.truncated()).isFalse();
		assertThat(timeline.entries()).hasSize(1);
	}

	@Test
	void sinceStartShouldMeasureInstantsAndNanoTimesFromTheSameOrigin() {
		long nanos = System.nanoTime();
		Instant instant = Instant.now();
		Timeline timeline = new Timeline(1, nanos, instant, (entry) -> {
		});
		assertThat(timeline.sinceStart(nanos + 1_500_000)).isEqualTo(1.5);
		assertThat(timeline.sinceStart(instant.plusNanos(2_500_000))).isEqualTo(2.5);
	}

	@Test
	void carrierOfShouldNameTheCarrierOfAMountedVirtualThread() throws Exception {
		String[] carrier = new String[1];
		Thread.ofVirtual().start(() -> carrier[0] = TimelineEntry.carrierOf(Thread.currentThread())).join();
		assertThat(carrier[0]).isNotBlank();
		assertThat(TimelineEntry.carrierOf(Thread.currentThread())).isNull();
	}

}

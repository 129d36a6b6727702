package org.concurrency.lab.virtualthread;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.concurrency.lab.experiment.Engines;
import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.LabLimits;
import org.concurrency.lab.experiment.Report;
import org.concurrency.lab.experiment.RunStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Eight virtual threads that each wait 200 ms on 2 carriers: unpinned they wait at once
 * (well under 2 waits), pinned two at a time (at least 4 waits, which a sleep cannot
 * shorten), and the JDK's events say which.
 */
class PinningTests {

	private static final int TASKS = 8;

	private static final int WAIT_MS = 200;

	private static final int WORKERS = 2;

	private final ExperimentEngine engine = Engines.defaults();

	@Test
	void runWhenNotPinnedShouldWaitAllAtOnceOnTwoCarriers() throws IOException {
		PinningResult result = completed(PinningRequest.Pin.NONE);
		assertThat(result.wallMs()).isLessThan(2 * WAIT_MS);
		assertThat(result.atOnce()).isEqualTo(TASKS);
		assertThat(result.pinnedEvents()).isZero();
		assertThat(result.carriersSeen()).hasSizeBetween(1, WORKERS);
		assertThat(result.jdk().version()).isEqualTo(Runtime.version().toString());
		assertThat(result.jdk().flags()).contains("-Djdk.virtualThreadScheduler.parallelism=2");
	}

	@Test
	void runInsideSynchronizedShouldNotPinSinceJdk24() throws IOException {
		assumeTrue(Runtime.version().feature() >= 24, "JEP 491: synchronized pins before JDK 24");
		Report<PinningRequest, PinningResult> report = run(PinningRequest.Pin.SYNCHRONIZED);
		PinningResult result = report.result();
		assertThat(result.pinnedEvents()).isZero();
		assertThat(result.wallMs()).isLessThan(2 * WAIT_MS);
		assertThat(result.atOnce()).isEqualTo(TASKS);
		assertThat(report.note()).contains("JEP 491", "JDK 21 to 23");
	}

	@Test
	void runInsideANativeFrameShouldPinEachCarrierForAWholeWait() throws IOException {
		PinningResult result = completed(PinningRequest.Pin.NATIVE);
		assertPinned(result);
		assertThat(result.events()).filteredOn(PinningResult.PinnedEvent::ofTheWait).allSatisfy((event) -> {
			assertThat(event.pinnedBy()).startsWith("NativeSort.sortBlocking");
			assertThat(event.frames()).contains("DowncallStub.invoke")
				.first()
				.asString()
				.startsWith("PinnedWait.block");
		});
	}

	@Test
	void runInsideAClassInitialiserShouldPinEachCarrierForAWholeWait() throws IOException {
		PinningResult result = completed(PinningRequest.Pin.CLASS_INIT);
		assertPinned(result);
		assertThat(result.events()).filteredOn(PinningResult.PinnedEvent::ofTheWait)
			.allSatisfy((event) -> assertThat(event.pinnedBy()).isEqualTo("SlowInit.<clinit>"));
	}

	@Test
	void runWhenDeadlinePassesShouldLeaveNoChildRunningNorItsRecording() throws IOException {
		// a child JVM starting a JFR recording takes longer than this by itself
		ExperimentEngine engine = Engines.of(LabLimits.defaults().withDeadline(Duration.ofMillis(150)));
		List<Path> before = jfrRepositories();
		Report<PinningRequest, PinningResult> report = engine.run(new Pinning(),
				new PinningRequest(1, 50, 1, PinningRequest.Pin.NATIVE));
		assertThat(report.status()).isEqualTo(RunStatus.TIMED_OUT);
		assertThat(report.durationMs()).isLessThan(150 + LabLimits.defaults().grace().toMillis());
		assertThat(ProcessHandle.current().children().filter(ProcessHandle::isAlive)).isEmpty();
		// none of its own left (another lab on this machine may have some)
		assertThat(jfrRepositories()).isSubsetOf(before);
	}

	/** The JFR repositories the runs made and did not remove. */
	private static List<Path> jfrRepositories() throws IOException {
		try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			return files.filter((path) -> path.getFileName().toString().startsWith("lab-jfr-")).toList();
		}
	}

	private static void assertPinned(PinningResult result) {
		// at most 2 wait at a time, each at least a whole wait: 4 waits in a row
		assertThat(result.atOnce()).isBetween(1, WORKERS);
		assertThat(result.wallMs()).isGreaterThanOrEqualTo((TASKS / WORKERS) * WAIT_MS);
		assertThat(result.pinnedBoundMs()).isEqualTo((TASKS / WORKERS) * WAIT_MS);
		assertThat(result.pinnedWaits()).isEqualTo(TASKS);
		assertThat(result.pinnedEvents()).isGreaterThanOrEqualTo(TASKS);
		assertThat(result.events()).filteredOn(PinningResult.PinnedEvent::ofTheWait)
			.hasSize(TASKS)
			.allSatisfy((event) -> {
				assertThat(event.durationMs()).isGreaterThanOrEqualTo(WAIT_MS * 0.95);
				assertThat(event.carrier()).startsWith("ForkJoinPool-");
				assertThat(event.thread()).startsWith("virtual-");
			});
	}

	private PinningResult completed(PinningRequest.Pin pin) throws IOException {
		return run(pin).result();
	}

	private Report<PinningRequest, PinningResult> run(PinningRequest.Pin pin) throws IOException {
		List<Path> before = jfrRepositories();
		Report<PinningRequest, PinningResult> report = this.engine.run(new Pinning(),
				new PinningRequest(TASKS, WAIT_MS, WORKERS, pin));
		assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(report.processes().spawned()).isEqualTo(1);
		assertThat(report.timeline()).hasSize(TASKS).allSatisfy((entry) -> assertThat(entry.virtual()).isTrue());
		assertThat(ProcessHandle.current().children().filter(ProcessHandle::isAlive)).isEmpty();
		assertThat(jfrRepositories()).isSubsetOf(before);
		return report;
	}

}

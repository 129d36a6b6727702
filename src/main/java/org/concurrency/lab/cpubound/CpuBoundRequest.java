package org.concurrency.lab.cpubound;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Positive;
import org.concurrency.lab.experiment.AtMost;
import org.concurrency.lab.experiment.Default;
import org.concurrency.lab.experiment.LabRequest;
import org.concurrency.lab.experiment.Limit;

/**
 * Tasks that compute. Every field is optional.
 *
 * @param iterations Tasks to run (at most lab.limits.tasks).
 * @param work Hash-chain steps per task (at most lab.limits.work); 40,000,000 take about
 * 0.2 s on one core.
 * @param workers Parallelism: threads, fork-join workers or child JVMs (at most
 * lab.limits.platform-threads; child JVMs at most lab.limits.processes). Default: the
 * available processors.
 * @param nativeFraction gil-simulated only: the share of each task's work that runs with
 * the GIL released, as NumPy or a C extension does (0 to 1).
 */
public record CpuBoundRequest(@Positive @Default(DEFAULT_ITERATIONS) @AtMost(Limit.TASKS) Integer iterations,
		@Positive @Default(DEFAULT_WORK) @AtMost(Limit.WORK) Long work,
		@Schema(example = "2") @Positive @AtMost(Limit.PLATFORM_THREADS) Integer workers,
		@Schema(example = "0.9") @DecimalMin("0") @DecimalMax("1") @Default(0) Double nativeFraction)
		implements
			LabRequest {

	public static final int DEFAULT_ITERATIONS = 4;

	public static final long DEFAULT_WORK = 40_000_000L;

	public CpuBoundRequest {
		workers = (workers != null) ? workers : Runtime.getRuntime().availableProcessors();
	}

	/** Every task under the GIL throughout. */
	public CpuBoundRequest(Integer iterations, Long work, Integer workers) {
		this(iterations, work, workers, 0.0);
	}

	/** Threads, fork-join workers or child JVMs a run uses: no more than its tasks. */
	int parallelism() {
		return Math.min(this.workers, this.iterations);
	}

}

package org.concurrency.lab.cpubound;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * What a cpu-bound run computed.
 *
 * @param result the combined digest of every task: the same for every method
 * @param tasks tasks computed
 * @param cores the processors available to the lab
 * @param gil how the simulated GIL was shared, for {@code gil-simulated}
 */
public record CpuBoundResult(long result, int tasks, int cores,
		@JsonInclude(JsonInclude.Include.NON_NULL) SimulatedGil.@Nullable Stats gil) {

	CpuBoundResult(long result, int tasks) {
		this(result, tasks, Runtime.getRuntime().availableProcessors(), null);
	}

}

package org.concurrency.lab.sync;

import java.util.Arrays;

import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.LabLimits;
import org.concurrency.lab.experiment.LimitExceededException;
import org.concurrency.lab.experiment.Report;
import org.concurrency.lab.experiment.Violation;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Runs the sync experiments within the lab's limits. Each runs two variants, each on
 * threads of its own, so a run starts twice the threads it names.
 */
@Service
public class SyncService {

	static final String EXPERIMENT = "sync";

	private static final String PLATFORM_THREADS = "lab.limits.platform-threads";

	private static final String TASKS = "lab.limits.tasks";

	private static final String DELAY = "lab.limits.delay";

	private final ExperimentEngine engine;

	public SyncService(ExperimentEngine engine) {
		this.engine = engine;
	}

	Report<EventRequest, EventResult> event(@Nullable EventRequest request) {
		EventRequest params = (request != null) ? request : EventRequest.defaults();
		LimitExceededException.throwIfAny(
				Arrays.asList(Violation.check("num_workers", params.numWorkers(), 1, perVariant(), PLATFORM_THREADS),
						Violation.check("delay", params.delay(), 0.0, limits().delay().toMillis() / 1000.0, DELAY)));
		return this.engine.run(EXPERIMENT, "event", params, new LatchEvent());
	}

	Report<ConditionRequest, ConditionResult> condition(@Nullable ConditionRequest request) {
		ConditionRequest params = (request != null) ? request : ConditionRequest.defaults();
		LimitExceededException.throwIfAny(Arrays.asList(
				Violation.check("num_producers", params.numProducers(), 1, perVariant() - 1, PLATFORM_THREADS),
				Violation.check("num_consumers", params.numConsumers(), 1,
						Math.max(1, perVariant() - params.numProducers()), PLATFORM_THREADS),
				Violation.check("items", params.items(), 1, limits().tasks(), TASKS),
				Violation.check("capacity", params.capacity(), 1, limits().tasks(), TASKS),
				checkMs("work_ms", params.workMs(), 0)));
		return this.engine.run(EXPERIMENT, "condition", params, new BoundedBuffer());
	}

	Report<BarrierRequest, BarrierResult> barrier(@Nullable BarrierRequest request) {
		BarrierRequest params = (request != null) ? request : BarrierRequest.defaults();
		LimitExceededException
			.throwIfAny(Arrays.asList(Violation.check("parties", params.parties(), 2, perVariant(), PLATFORM_THREADS),
					Violation.check("generations", params.generations(), 2,
							Math.max(2, limits().tasks() / params.parties()), TASKS),
					checkMs("work_ms", params.workMs(), 10)));
		return this.engine.run(EXPERIMENT, "barrier", params, new BarrierPhases());
	}

	Report<ReadWriteLockRequest, ReadWriteLockResult> readWriteLock(@Nullable ReadWriteLockRequest request) {
		ReadWriteLockRequest params = (request != null) ? request : ReadWriteLockRequest.defaults();
		LimitExceededException.throwIfAny(
				Arrays.asList(Violation.check("num_readers", params.numReaders(), 1, perVariant(), PLATFORM_THREADS),
						Violation.check("num_writers", params.numWriters(), 0,
								Math.max(0, perVariant() - params.numReaders()), PLATFORM_THREADS),
						checkMs("read_ms", params.readMs(), 0), checkMs("write_ms", params.writeMs(), 0)));
		return this.engine.run(EXPERIMENT, "read-write-lock", params, new ReadersWriters());
	}

	private LabLimits limits() {
		return this.engine.limits();
	}

	/** Threads one variant may start: half the run's. */
	private int perVariant() {
		return limits().platformThreads() / 2;
	}

	private @Nullable Violation checkMs(String field, int ms, int min) {
		return Violation.check(field, ms, min, limits().delay().toMillis(), DELAY);
	}

}

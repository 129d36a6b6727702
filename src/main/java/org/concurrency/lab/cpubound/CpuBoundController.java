package org.concurrency.lab.cpubound;

import org.concurrency.lab.experiment.Topic;

import org.springframework.web.bind.annotation.RestController;

/** The cpu-bound endpoints: the same computing tasks, run each way. */
@RestController
class CpuBoundController extends Topic {

	CpuBoundController() {
		super("Tasks that compute: where Java's threads differ most from Python's", CpuBoundVariant.SEQUENTIAL,
				CpuBoundVariant.THREADING, CpuBoundVariant.MULTIPROCESSING, CpuBoundVariant.VIRTUAL_THREADS,
				CpuBoundVariant.FORK_JOIN, CpuBoundVariant.GIL_SIMULATED, CpuBoundVariant.COMPARE);
	}

}

package org.concurrency.lab.semaphore;

import java.time.Duration;
import java.util.concurrent.Semaphore;

import org.concurrency.lab.experiment.Endpoint;
import org.concurrency.lab.experiment.RunContext;

/**
 * A {@link Semaphore} of {@code permits} lets at most that many workers in at once, as
 * Python's {@code with threading.Semaphore(3):} does: the permit is taken before the work
 * and given back in {@code finally}. Without it, every worker is inside at once: what a
 * pool of database connections or a rate-limited API cannot take. The workers count
 * themselves in and out with an {@code AtomicInteger}; the fair semaphore lets the
 * waiting ones in first come, first served, in waves the timeline shows.
 */
@Endpoint(label = "threading",
		summary = "The most threads inside at once: the permits with a Semaphore, every worker without")
final class MaxConcurrency implements SemaphoreVariant<MaxConcurrencyRequest, MaxConcurrencyResult> {

	@Override
	public MaxConcurrencyResult run(MaxConcurrencyRequest request, RunContext context) throws Exception {
		Duration hold = Duration.ofMillis(request.holdMs());
		PermitHolders.PermitCrowd limited = PermitHolders.run("worker-", request.numWorkers(),
				Permits.of(new Semaphore(request.permits(), true)), hold, 0, context);
		PermitHolders.PermitCrowd unlimited = PermitHolders.run("unlimited-", request.numWorkers(), Permits.NONE, hold,
				request.numWorkers(), context);
		return new MaxConcurrencyResult(request.permits(), limited, unlimited);
	}

	@Override
	public String note(MaxConcurrencyRequest request, MaxConcurrencyResult result) {
		PermitHolders.PermitCrowd limited = result.withSemaphore();
		return request.numWorkers() + " workers, " + request.permits() + " permits: at most " + limited.maxConcurrent()
				+ " were inside at once and " + limited.waitedForPermit()
				+ " waited for a permit; without the semaphore " + result.withoutSemaphore().maxConcurrent()
				+ " were inside at once.";
	}

}

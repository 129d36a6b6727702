package org.concurrency.lab.semaphore;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Semaphore;

import org.concurrency.lab.experiment.Endpoint;
import org.concurrency.lab.experiment.RunContext;

/**
 * asyncio's {@code async with semaphore:} at scale: ten thousand virtual threads, each
 * blocking plainly in {@link Semaphore#acquire()}, wait behind a few permits. A waiting
 * virtual thread holds no OS thread, so the crowd costs little; the semaphore alone
 * bounds how many are inside at once, and the tasks pass in waves of that many.
 */
@Endpoint(label = "virtual-threads",
		summary = "Ten thousand virtual threads behind N permits: never more than N inside, in waves of N")
final class VirtualPermits implements SemaphoreVariant<VirtualPermitsRequest, VirtualPermitsResult> {

	@Override
	public VirtualPermitsResult run(VirtualPermitsRequest request, RunContext context) throws Exception {
		PermitHolders.PermitCrowd crowd = PermitHolders.run(context.virtualThreads("virtual-"), request.tasks(),
				Permits.of(new Semaphore(request.permits(), true)), Duration.ofMillis(request.holdMs()), 0, context);
		return new VirtualPermitsResult(request.permits(), crowd, (double) request.waves() * request.holdMs());
	}

	@Override
	public String note(VirtualPermitsRequest request, VirtualPermitsResult result) {
		PermitHolders.PermitCrowd crowd = result.crowd();
		return String.format(Locale.ROOT, """
				%d virtual threads, %d permits: at most %d were inside at once and %d waited for a permit; they \
				passed in %d waves of %d ms, %.0f ms in all against %.0f ms for tasks ÷ permits × the \
				hold. A waiting virtual thread holds no OS thread: the semaphore, not the thread count, \
				is the limit, as asyncio.Semaphore is on one loop.""", request.tasks(), request.permits(),
				crowd.maxConcurrent(), crowd.waitedForPermit(), request.waves(), request.holdMs(), crowd.wallMs(),
				result.expectedMs());
	}

}

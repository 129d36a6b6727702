package org.concurrency.lab.semaphore;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

import org.concurrency.lab.experiment.Endpoint;
import org.concurrency.lab.experiment.RunContext;
import org.jspecify.annotations.Nullable;

/**
 * {@link Semaphore#release()} adds a permit whether or not the caller took one: a worker
 * that releases twice (once in {@code finally}, once more on a path that forgot the
 * {@code finally} had run) leaves the semaphore with one permit more than it started
 * with, for good, and from then on one worker too many gets in. Nothing fails; the limit
 * silently grows. The fix is Python's {@code threading.BoundedSemaphore}: a
 * {@link BoundedSemaphore} counts the permits held and refuses a release when none is,
 * with an exception that names the bug where it happens.
 */
@Endpoint(label = "bounded", summary = "A double release raises a Semaphore's limit; a BoundedSemaphore refuses it")
final class OverRelease implements SemaphoreVariant<OverReleaseRequest, OverReleaseResult> {

	static final Duration HOLD = Duration.ofMillis(20);

	@Override
	public OverReleaseResult run(OverReleaseRequest request, RunContext context) throws Exception {
		int initial = request.permits();
		OverReleaseResult.SemaphoreRun plain = releaseTwiceThenCrowd("plain-", Permits.of(new Semaphore(initial, true)),
				initial, 0, context);
		OverReleaseResult.SemaphoreRun bounded = releaseTwiceThenCrowd("bounded-", new BoundedSemaphore(initial),
				initial, initial + 1, context);
		return new OverReleaseResult(initial, plain, bounded);
	}

	@Override
	public String note(OverReleaseRequest request, OverReleaseResult result) {
		OverReleaseResult.SemaphoreRun plain = result.plainSemaphore();
		OverReleaseResult.SemaphoreRun bounded = result.boundedSemaphore();
		return "A worker released a semaphore of " + result.initialPermits()
				+ " permits twice: the plain Semaphore then had " + plain.availableAfterDoubleRelease()
				+ " free and let " + plain.maxConcurrent() + " of " + plain.workers()
				+ " workers in at once; the BoundedSemaphore refused the second release (\"" + bounded.refusal()
				+ "\"), kept " + bounded.availableAfterDoubleRelease() + " and let " + bounded.maxConcurrent() + " in.";
	}

	private static OverReleaseResult.SemaphoreRun releaseTwiceThenCrowd(String prefix, Permits permits, int initial,
			int offset, RunContext context) throws Exception {
		String refusal;
		try (ExecutorService buggy = Executors.newSingleThreadExecutor(context.platformThreads("buggy-"))) {
			refusal = context.get(buggy.submit(() -> releaseTwice(permits, context)));
		}
		int available = permits.availablePermits();
		PermitHolders.PermitCrowd crowd = PermitHolders.run(prefix, initial + 1, permits, HOLD, offset, context);
		// accepted: the extra permit is there
		return new OverReleaseResult.SemaphoreRun(available, available > initial, refusal, crowd.workers(),
				crowd.maxConcurrent());
	}

	/** The bug: one acquire, two releases. Returns the refusal of the second, if any. */
	private static @Nullable String releaseTwice(Permits permits, RunContext context) throws InterruptedException {
		permits.acquire(context); // one acquire: the release below pays it back
		try {
			context.checkStopped(); // the work
		}
		finally {
			permits.release();
		}
		try {
			permits.release(); // released again: one release too many
			return null;
		}
		catch (IllegalStateException refused) {
			return refused.getMessage();
		}
	}

}

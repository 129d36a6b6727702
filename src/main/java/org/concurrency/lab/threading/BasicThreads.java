package org.concurrency.lab.threading;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.concurrency.lab.experiment.Endpoint;
import org.concurrency.lab.experiment.Millis;
import org.concurrency.lab.experiment.RunContext;

/**
 * The seed's first threads: three requests that each wait, each on a thread of its own,
 * started one after another and then joined. Their waits overlap, so the run takes about
 * one delay, not the sum. {@code join} is what makes the starting thread wait for each to
 * end: without it the report would be written while the requests still run. The threads
 * are made non-daemon, as Python's are by default: a JVM does not exit while one runs
 * (see {@link DaemonThreads}).
 */
@Endpoint(label = "basic", summary = "Threads that each wait, started then joined: about one wait in all, not the sum")
final class BasicThreads implements ThreadingVariant<BasicThreadsRequest, BasicThreadsResult> {

	@Override
	public BasicThreadsResult run(BasicThreadsRequest request, RunContext context) throws Exception {
		long origin = System.nanoTime();
		ThreadFactory factory = context.platformThreads("request-");
		AtomicReferenceArray<BasicThreadsResult.JoinedThread> seen = new AtomicReferenceArray<>(request.numThreads());
		List<Thread> threads = new ArrayList<>();
		for (int index = 0; index < request.numThreads(); index++) {
			int task = index;
			Thread thread = factory.newThread(() -> handle(task, request, context, origin, seen));
			thread.setDaemon(false); // the JVM waits for it at exit, as for Python's
			threads.add(thread);
		}
		threads.forEach(Thread::start);
		for (Thread thread : threads) {
			context.join(thread); // join: wait until it has ended
		}
		List<BasicThreadsResult.JoinedThread> joined = new ArrayList<>();
		for (int index = 0; index < threads.size(); index++) {
			BasicThreadsResult.JoinedThread thread = seen.get(index);
			if (thread == null) {
				throw new IllegalStateException(threads.get(index).getName() + " ended before its wait was done");
			}
			joined.add(new BasicThreadsResult.JoinedThread(thread.name(), thread.id(), thread.daemon(),
					thread.startMs(), thread.endMs(), threads.get(index).isAlive()));
		}
		boolean allJoined = joined.stream().noneMatch(BasicThreadsResult.JoinedThread::aliveAfterJoin);
		return new BasicThreadsResult(joined, allJoined, request.delay(), request.numThreads() * request.delay());
	}

	private static void handle(int task, BasicThreadsRequest request, RunContext context, long origin,
			AtomicReferenceArray<BasicThreadsResult.JoinedThread> seen) {
		Thread self = Thread.currentThread();
		long start = System.nanoTime();
		try {
			context.task(task, () -> {
				// the request's wait
				Thread.sleep(Duration.ofNanos(request.delayNanos()));
				return null;
			});
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt(); // stopped at the deadline
			return;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		seen.set(task, new BasicThreadsResult.JoinedThread(self.getName(), self.threadId(), self.isDaemon(),
				Millis.between(origin, start), Millis.since(origin), true));
	}

	/** The last thread's end is when the last join returned. */
	@Override
	public String note(BasicThreadsRequest request, BasicThreadsResult result) {
		double joinedMs = result.joinedThreads()
			.stream()
			.mapToDouble(BasicThreadsResult.JoinedThread::endMs)
			.max()
			.orElse(0);
		return request.numThreads() + " threads each waited " + request.delay() + " s at the same time: joined "
				+ "after " + Math.round(joinedMs) + " ms, about one wait and not the "
				+ Math.round(result.sumOfDelays() * 1000)
				+ " ms they add up to; join() held the main thread until every one had ended.";
	}

}

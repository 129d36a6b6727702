package org.concurrency.lab.racecondition;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.concurrency.lab.experiment.RunContext;

/**
 * Runs {@code num_workers} threads incrementing one {@link Counter}. Every thread first
 * waits at a start gate, and the gate opens only when all are there, so they really
 * increment at the same time instead of the first finishing before the last has started.
 */
final class Race {

	private Race() {
	}

	/**
	 * Races the workers on {@code counter}.
	 * @return nanoseconds from the gate opening to the last worker's end
	 */
	static long run(Counter counter, RaceRequest request, RunContext context) throws Exception {
		int workers = request.numWorkers();
		Pause pause = new Pause(request.pauseMicros());
		CountDownLatch ready = new CountDownLatch(workers);
		CountDownLatch gate = new CountDownLatch(1);
		try (ExecutorService pool = Executors.newFixedThreadPool(workers, context.platformThreads("racer-"))) {
			try {
				List<Future<Integer>> done = new ArrayList<>();
				for (int worker = 0; worker < workers; worker++) {
					int index = worker;
					done.add(pool.submit(() -> {
						ready.countDown();
						if (!gate.await(context.remaining().toNanos(), TimeUnit.NANOSECONDS)) {
							throw new CancellationException("the start gate never opened");
						}
						return context.task(index, () -> increment(counter, pause, request.tasksPerWorker(), context));
					}));
				}
				if (!ready.await(context.remaining().toNanos(), TimeUnit.NANOSECONDS)) {
					throw new CancellationException("the workers never all reached the start gate");
				}
				long opened = System.nanoTime();
				gate.countDown(); // all at once
				for (Future<Integer> worker : done) {
					// bounded by the deadline: the engine interrupts this thread
					worker.get();
				}
				return System.nanoTime() - opened;
			}
			catch (Exception ex) {
				pool.shutdownNow(); // no worker left waiting at a gate that will not open
				throw ex;
			}
		}
	}

	private static Integer increment(Counter counter, Pause pause, int times, RunContext context)
			throws InterruptedException {
		for (int i = 0; i < times; i++) {
			context.checkStopped();
			counter.increment(pause);
		}
		return times;
	}

}

package org.concurrency.lab.racecondition;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.concurrency.lab.experiment.RunContext;
import org.concurrency.lab.experiment.StartGate;

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
		StartGate gate = context.startGate(workers);
		try (ExecutorService pool = Executors.newFixedThreadPool(workers, context.platformThreads("racer-"))) {
			try {
				List<Future<Integer>> done = new ArrayList<>();
				for (int worker = 0; worker < workers; worker++) {
					int index = worker;
					done.add(pool.submit(() -> {
						gate.arriveAndAwait();
						return context.task(index, () -> increment(counter, pause, request.tasksPerWorker(), context));
					}));
				}
				long opened = gate.open(); // all at once
				for (Future<Integer> worker : done) {
					context.get(worker);
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

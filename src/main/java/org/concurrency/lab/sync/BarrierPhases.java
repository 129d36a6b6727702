package org.concurrency.lab.sync;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

import org.concurrency.lab.experiment.Endpoint;
import org.concurrency.lab.experiment.Millis;
import org.concurrency.lab.experiment.RunContext;
import org.jspecify.annotations.Nullable;

/**
 * Parties that work in generations, every party's piece of generation g done before any
 * party starts g + 1 (a simulation step, a parallel algorithm's phase). A
 * {@code CyclicBarrier} (Python's {@code threading.Barrier}) holds each arriving party in
 * {@code await()} until the last arrives, runs its action once (here: recording the
 * generation), releases them all, and is ready for the next generation. Without it
 * nothing holds a fast party back: it starts the next generation while slower parties
 * still work on this one. The pieces of work are spread evenly up to {@code work_ms} and
 * shuffled each generation, so in every generation some party finishes well before
 * another.
 */
@Endpoint(label = "barrier",
		summary = "Parties kept in step by a CyclicBarrier, beside parties that run ahead without one")
final class BarrierPhases implements SyncVariant<BarrierRequest, BarrierResult> {

	@Override
	public BarrierResult run(BarrierRequest request, RunContext context) throws Exception {
		long origin = System.nanoTime();
		int[][] plan = plan(request);
		BarrierResult.Variant with = generations(true, plan, 0, origin, request, context);
		BarrierResult.Variant without = generations(false, plan, request.parties() * request.generations(), origin,
				request, context);
		return new BarrierResult(List.of(with, without));
	}

	@Override
	public String note(BarrierRequest request, BarrierResult result) {
		BarrierResult.Variant with = result.variants().get(0);
		BarrierResult.Variant without = result.variants().get(1);
		return request.parties() + " parties, " + request.generations() + " generations of the same work: "
				+ "with a CyclicBarrier no party began a generation before all had finished the one before ("
				+ with.overlaps() + " overlaps); without it, parties ran ahead " + without.overlaps() + " times.";
	}

	/** Each generation's pieces of work: spread evenly up to work_ms, shuffled. */
	private static int[][] plan(BarrierRequest request) {
		int[][] plan = new int[request.generations()][];
		for (int generation = 0; generation < plan.length; generation++) {
			List<Integer> pieces = new ArrayList<>();
			for (int party = 1; party <= request.parties(); party++) {
				pieces.add(Math.max(1, request.workMs() * party / request.parties()));
			}
			Collections.shuffle(pieces, ThreadLocalRandom.current());
			plan[generation] = pieces.stream().mapToInt(Integer::intValue).toArray();
		}
		return plan;
	}

	private static BarrierResult.Variant generations(boolean withBarrier, int[][] plan, int firstIndex, long origin,
			BarrierRequest request, RunContext context) throws Exception {
		int parties = request.parties();
		int generations = request.generations();
		String label = withBarrier ? "cyclic-barrier" : "no-barrier";
		long[][] starts = new long[generations][parties];
		long[][] ends = new long[generations][parties];
		AtomicIntegerArray finished = new AtomicIntegerArray(generations);
		AtomicIntegerArray ranAhead = new AtomicIntegerArray(generations);
		List<Queue<Integer>> arrivals = new ArrayList<>();
		for (int generation = 0; generation < generations; generation++) {
			arrivals.add(new ConcurrentLinkedQueue<>());
		}
		long[] tripped = new long[generations];
		AtomicInteger trips = new AtomicInteger();
		@Nullable CyclicBarrier barrier = withBarrier
				? new CyclicBarrier(parties, () -> tripped[trips.getAndIncrement()] = System.nanoTime()) : null;
		CountDownLatch ready = new CountDownLatch(parties);
		long start = System.nanoTime();
		String[] workers = new String[parties];
		List<Future<?>> done = new ArrayList<>();
		try (ExecutorService threads = Executors.newFixedThreadPool(parties,
				context.platformThreads(label + "-party-"))) {
			for (int party = 0; party < parties; party++) {
				int self = party;
				done.add(threads.submit(() -> {
					workers[self] = Thread.currentThread().getName();
					ready.countDown();
					context.await(ready); // every party begins together
					for (int generation = 0; generation < generations; generation++) {
						if (generation > 0 && finished.get(generation - 1) < parties) { // ahead
							ranAhead.incrementAndGet(generation - 1);
						}
						starts[generation][self] = System.nanoTime();
						int piece = plan[generation][self];
						context.task(firstIndex + generation * parties + self, () -> {
							Thread.sleep(Duration.ofMillis(piece)); // this party's work
							return null;
						});
						ends[generation][self] = System.nanoTime();
						finished.incrementAndGet(generation);
						arrivals.get(generation).add(self);
						if (barrier != null) {
							context.await(barrier); // wait until every party has arrived
						}
					}
					return null;
				}));
			}
			for (Future<?> party : done) {
				context.get(party);
			}
		}
		double durationMs = Millis.since(start);
		List<BarrierResult.Generation> list = new ArrayList<>();
		int overlaps = 0;
		for (int generation = 0; generation < generations; generation++) {
			overlaps += ranAhead.get(generation);
			long firstStart = Arrays.stream(starts[generation]).min().orElse(origin);
			long lastEnd = Arrays.stream(ends[generation]).max().orElse(origin);
			@Nullable Double trippedAt = withBarrier ? Millis.between(origin, tripped[generation]) : null;
			list.add(new BarrierResult.Generation(generation, List.copyOf(arrivals.get(generation)),
					Arrays.stream(plan[generation]).boxed().toList(), Millis.between(origin, firstStart),
					Millis.between(origin, lastEnd), trippedAt, ranAhead.get(generation) > 0));
		}
		return new BarrierResult.Variant(label, List.of(workers), overlaps, list, durationMs);
	}

}

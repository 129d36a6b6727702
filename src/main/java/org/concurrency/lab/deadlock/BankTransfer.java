package org.concurrency.lab.deadlock;

import java.lang.management.ThreadInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.concurrency.lab.experiment.Endpoint;
import org.concurrency.lab.experiment.DeadlockDetector;
import org.concurrency.lab.experiment.Millis;
import org.concurrency.lab.experiment.RunContext;
import org.concurrency.lab.experiment.StartGate;

/**
 * The seed's bank transfer: {@code cuenta1} (500) and {@code cuenta2} (300), one
 * {@link Teller} paying 200 from {@code cuenta1} to {@code cuenta2} again and again,
 * another paying 100 back. A transfer locks both accounts, so that it moves the money all
 * or nothing.
 * <p>
 * The naive way locks the account it pays from, works a moment, then locks the one it
 * pays to: the two tellers take the same two locks in opposite orders, and as soon as
 * both hold their first, each waits for the other's forever. (The seed's {@code RLock}
 * does not help: reentrancy lets one thread take a lock twice, not two threads take two
 * locks in opposite orders.) The lab finds the deadlock with the JVM's detector and
 * interrupts one teller; its transfer in flight had moved no money yet.
 * <p>
 * The fix orders the locks by account id: both tellers lock {@code cuenta1} first, so one
 * waits for the other holding nothing, and every transfer goes through. Either way the
 * money is conserved, because a transfer changes the balances only while it holds both
 * locks.
 */
@Endpoint(label = "bank-transfer",
		summary = "The seed's bank transfer: locking from-then-to deadlocks, by account id does not")
final class BankTransfer implements DeadlockVariant<BankTransferRequest, BankTransferResult> {

	static final int VICTIM = 0;

	@Override
	public BankTransferResult run(BankTransferRequest request, RunContext context) throws Exception {
		return new BankTransferResult(run(Order.NAIVE, request, context), run(Order.BY_ID, request, context));
	}

	private BankTransferResult.TransferVariant run(Order order, BankTransferRequest request, RunContext context)
			throws Exception {
		Account cuenta1 = new Account(1, "cuenta1", 500);
		Account cuenta2 = new Account(2, "cuenta2", 300);
		long before = cuenta1.balance() + cuenta2.balance();
		Teller[] tellers = { new Teller(cuenta1, cuenta2, 200), new Teller(cuenta2, cuenta1, 100) };
		StartGate gate = context.startGate(tellers.length);
		Thread[] threads = new Thread[tellers.length];
		AtomicInteger completed = new AtomicInteger();
		List<LockWait> cycle = null;
		Double detectedMs = null;
		Integer completedBefore = null;
		String brokenBy = null;
		List<Teller.Count> counts = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(tellers.length,
				context.platformThreads(order.label + "-"))) {
			try {
				List<Future<Teller.Count>> futures = new ArrayList<>();
				for (int teller = 0; teller < tellers.length; teller++) {
					int index = teller;
					int task = order.ordinal() * tellers.length + index;
					futures.add(pool
						.submit(() -> tellers[index].work(task, order, request, gate, threads, completed, context)));
				}
				long start = gate.open();
				List<Thread> workers = List.of(threads);
				while (!futures.stream().allMatch(Future::isDone)) {
					List<ThreadInfo> stuck = DeadlockDetector.deadlocked(workers);
					if (stuck.size() == tellers.length) {
						detectedMs = Millis.since(start);
						completedBefore = completed.get();
						cycle = LockWait.cycle(stuck, holds(workers, tellers, order));
						Thread victim = workers.get(VICTIM);
						brokenBy = victim.getName() + " interrupted while waiting for "
								+ order.second(tellers[VICTIM]).name + "; it released "
								+ order.first(tellers[VICTIM]).name + " and gave up";
						// breaks the cycle: its lockInterruptibly() throws
						victim.interrupt();
						break;
					}
					Thread.sleep(POLL);
				}
				for (Future<Teller.Count> future : futures) {
					counts.add(context.get(future));
				}
			}
			finally {
				pool.shutdownNow();
			}
		}
		Map<String, Long> balances = new LinkedHashMap<>();
		balances.put(cuenta1.name, cuenta1.balance());
		balances.put(cuenta2.name, cuenta2.balance());
		long after = cuenta1.balance() + cuenta2.balance();
		return new BankTransferResult.TransferVariant(order.description, cycle != null, cycle, detectedMs,
				completedBefore, brokenBy, counts.stream().mapToInt(Teller.Count::completed).sum(),
				counts.stream().mapToInt(Teller.Count::aborted).sum(),
				counts.stream().mapToInt(Teller.Count::skipped).sum(), balances, before, after, before == after);
	}

	private static Map<Long, String> holds(List<Thread> workers, Teller[] tellers, Order order) {
		Map<Long, String> holds = new LinkedHashMap<>();
		for (int teller = 0; teller < tellers.length; teller++) {
			holds.put(workers.get(teller).threadId(), order.first(tellers[teller]).name);
		}
		return holds;
	}

	@Override
	public String note(BankTransferRequest request, BankTransferResult result) {
		BankTransferResult.TransferVariant naive = result.naive();
		BankTransferResult.TransferVariant ordered = result.ordered();
		return "Naive (from, then to): "
				+ (naive.deadlocked() ? "deadlocked after " + naive.completedBeforeDeadlock()
						+ " completed transfers, found by the JVM's detector in " + naive.detectedAfterMs()
						+ " ms and broken by interrupting a teller" : "did not deadlock this time")
				+ "; " + naive.transfersCompleted() + " transfers done. Ordered by account id: "
				+ ordered.transfersCompleted() + " of " + (2 * request.transfers()) + " done, "
				+ (ordered.deadlocked() ? "a deadlock" : "no deadlock") + ". Money before and after: "
				+ naive.totalBefore() + " → " + naive.totalAfter() + " naive, " + ordered.totalBefore() + " → "
				+ ordered.totalAfter()
				+ " ordered: conserved both ways, since a transfer moves it only while holding both locks.";
	}

	/** How a teller picks which account to lock first. */
	enum Order {

		/** The account it pays from, then the one it pays to: opposite orders. */
		NAIVE("naive", "from, then to") {
			@Override
			Account first(Teller teller) {
				return teller.from;
			}
		},

		/** The account with the lower id first: one global order. */
		BY_ID("ordered", "lower account id first") {
			@Override
			Account first(Teller teller) {
				return (teller.from.id < teller.to.id) ? teller.from : teller.to;
			}
		};

		private final String label;

		private final String description;

		Order(String label, String description) {
			this.label = label;
			this.description = description;
		}

		abstract Account first(Teller teller);

		Account second(Teller teller) {
			return (first(teller) == teller.from) ? teller.to : teller.from;
		}

	}

}

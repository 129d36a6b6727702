package org.concurrency.lab.deadlock;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.concurrency.lab.experiment.RunContext;
import org.concurrency.lab.experiment.StartGate;

/**
 * A thread of the seed's bank moving one amount from one account to the other, again and
 * again, locking both accounts for each transfer in the order {@link BankTransfer.Order}
 * says.
 */
final class Teller {

	final Account from;

	final Account to;

	final long amount;

	Teller(Account from, Account to, long amount) {
		this.from = from;
		this.to = to;
		this.amount = amount;
	}

	Count work(int task, BankTransfer.Order order, BankTransferRequest request, StartGate gate, Thread[] threads,
			AtomicInteger completed, RunContext context) throws InterruptedException {
		threads[task % threads.length] = Thread.currentThread();
		gate.arriveAndAwait(); // both tellers start together
		RunContext.TaskClock clock = context.begin(task);
		int done = 0;
		try {
			while (done < request.transfers()) {
				transfer(order, Duration.ofMillis(request.pauseMs()));
				done++;
				completed.incrementAndGet();
			}
			clock.end();
			return new Count(done, 0, 0);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Count(done, 1, request.transfers() - done - 1);
		}
	}

	private void transfer(BankTransfer.Order order, Duration pause) throws InterruptedException {
		Account first = order.first(this);
		Account second = order.second(this);
		first.lock.lockInterruptibly();
		try {
			// works holding the first lock: the other teller takes its own meanwhile
			Thread.sleep(pause);
			// naive: held by the other teller, who waits for ours
			second.lock.lockInterruptibly();
			try {
				this.from.balance -= this.amount; // both locks held: all or nothing
				this.to.balance += this.amount;
			}
			finally {
				second.lock.unlock();
			}
		}
		finally {
			first.lock.unlock();
		}
	}

	/**
	 * What a teller did.
	 *
	 * @param completed transfers done
	 * @param aborted transfers interrupted half-way, moving no money
	 * @param skipped transfers never started
	 */
	record Count(int completed, int aborted, int skipped) {
	}

}

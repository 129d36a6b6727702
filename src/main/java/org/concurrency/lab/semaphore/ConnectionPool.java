package org.concurrency.lab.semaphore;

import java.time.Duration;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.concurrency.lab.experiment.Millis;
import org.jspecify.annotations.Nullable;

/**
 * A pool of {@code size} simulated connections guarded by a fair {@link Semaphore} of as
 * many permits: a permit is the right to one idle connection, so at most {@code size} are
 * in use, and a borrower waits at most its timeout for one. On return, a connection is
 * health-checked and a broken one replaced by a new one, when the pool checks.
 */
final class ConnectionPool {

	private final Semaphore permits;

	/**
	 * Idle connections, oldest returned first: a returned one is handed out again soon.
	 */
	private final Deque<Connection> idle = new ConcurrentLinkedDeque<>();

	private final List<Connection> opened = new CopyOnWriteArrayList<>();

	private final int breakAfter;

	private final boolean healthCheck;

	private final AtomicInteger nextId = new AtomicInteger();

	private final AtomicInteger inUse = new AtomicInteger();

	private final AtomicInteger maxInUse = new AtomicInteger();

	private final AtomicInteger waits = new AtomicInteger();

	private final AtomicInteger timeouts = new AtomicInteger();

	private final AtomicInteger replaced = new AtomicInteger();

	private final AtomicLong longestWaitNanos = new AtomicLong();

	ConnectionPool(int size, int breakAfter, boolean healthCheck) {
		this.permits = new Semaphore(size, true);
		this.breakAfter = breakAfter;
		this.healthCheck = healthCheck;
		for (int i = 0; i < size; i++) {
			this.idle.addLast(open());
		}
	}

	/**
	 * Borrows a connection, waiting at most {@code timeout} for one.
	 * @return the connection, or {@code null} if none came free in time
	 */
	@Nullable Connection acquire(Duration timeout) throws InterruptedException {
		if (!this.permits.tryAcquire()) {
			this.waits.incrementAndGet();
			long asked = System.nanoTime();
			boolean acquired = this.permits.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS);
			this.longestWaitNanos.accumulateAndGet(System.nanoTime() - asked, Math::max);
			if (!acquired) {
				this.timeouts.incrementAndGet();
				return null;
			}
		}
		this.maxInUse.accumulateAndGet(this.inUse.incrementAndGet(), Math::max);
		// a permit guarantees an idle connection: one goes back before its permit does
		return Objects.requireNonNull(this.idle.pollFirst());
	}

	/** Gives a connection back; a broken one is replaced, when the pool checks. */
	void release(Connection connection) {
		Connection back = connection;
		if (this.healthCheck && !connection.healthy()) { // the health check
			connection.retire();
			this.replaced.incrementAndGet();
			back = open();
		}
		this.inUse.decrementAndGet();
		this.idle.addLast(back);
		this.permits.release();
	}

	private Connection open() {
		Connection connection = new Connection(this.nextId.getAndIncrement(), this.breakAfter);
		this.opened.add(connection);
		return connection;
	}

	/** Every connection opened, in the order opened. */
	List<Connection> opened() {
		return this.opened.stream().sorted(Comparator.comparingInt(Connection::id)).toList();
	}

	int maxInUse() {
		return this.maxInUse.get();
	}

	int waits() {
		return this.waits.get();
	}

	int timeouts() {
		return this.timeouts.get();
	}

	int replaced() {
		return this.replaced.get();
	}

	double longestWaitMs() {
		return Millis.of(this.longestWaitNanos.get());
	}

	/**
	 * A simulated connection that breaks after serving {@code breakAfter} queries, as a
	 * server that drops a connection does; a query on a broken connection fails. Its
	 * fields are plain: only the borrower touches it, and the pool's concurrent deque
	 * hands it from one borrower to the next with a happens-before edge.
	 */
	static final class Connection {

		private final int id;

		private final int breakAfter;

		private int uses;

		private boolean healthy = true;

		private boolean retired;

		Connection(int id, int breakAfter) {
			this.id = id;
			this.breakAfter = breakAfter;
		}

		/**
		 * Runs one query.
		 * @return whether it succeeded: not on a broken connection
		 */
		boolean query(Duration work) throws InterruptedException {
			this.uses++;
			if (!this.healthy) {
				return false;
			}
			Thread.sleep(work);
			if (this.uses == this.breakAfter) {
				this.healthy = false; // served; the server drops it now
			}
			return true;
		}

		int id() {
			return this.id;
		}

		boolean healthy() {
			return this.healthy;
		}

		void retire() {
			this.retired = true;
		}

		ConnectionPoolResult.ConnectionUse use() {
			return new ConnectionPoolResult.ConnectionUse(this.id, this.uses, this.healthy, this.retired);
		}

	}

}

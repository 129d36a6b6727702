package org.concurrency.lab.semaphore;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectionPoolTests {

	@Test
	void acquireWhenEveryConnectionIsInUseShouldTimeOutAfterTheTimeout() throws InterruptedException {
		ConnectionPool pool = new ConnectionPool(1, 100, true);
		ConnectionPool.Connection held = pool.acquire(Duration.ofMillis(10));
		assertThat(held).isNotNull();
		long asked = System.nanoTime();
		assertThat(pool.acquire(Duration.ofMillis(50))).isNull();
		assertThat(Duration.ofNanos(System.nanoTime() - asked)).isGreaterThanOrEqualTo(Duration.ofMillis(50));
		assertThat(pool.timeouts()).isEqualTo(1);
		assertThat(pool.waits()).isEqualTo(1);
		pool.release(held);
		assertThat(pool.acquire(Duration.ofMillis(10))).isSameAs(held);
	}

	@Test
	void releaseOfABrokenConnectionShouldReplaceItWhenThePoolChecks() throws InterruptedException {
		ConnectionPool pool = new ConnectionPool(1, 1, true);
		ConnectionPool.Connection first = pool.acquire(Duration.ofMillis(10));
		assertThat(first.query(Duration.ZERO)).isTrue(); // its one query: now broken
		assertThat(first.healthy()).isFalse();
		pool.release(first);
		ConnectionPool.Connection next = pool.acquire(Duration.ofMillis(10));
		assertThat(next).isNotSameAs(first);
		assertThat(next.healthy()).isTrue();
		assertThat(pool.replaced()).isEqualTo(1);
		assertThat(pool.opened()).extracting(ConnectionPool.Connection::use)
			.extracting(ConnectionPoolResult.ConnectionUse::replaced)
			.containsExactly(true, false);
	}

	@Test
	void releaseOfABrokenConnectionShouldHandItOutAgainWhenThePoolDoesNotCheck() throws InterruptedException {
		ConnectionPool pool = new ConnectionPool(1, 1, false);
		ConnectionPool.Connection first = pool.acquire(Duration.ofMillis(10));
		first.query(Duration.ZERO);
		pool.release(first);
		ConnectionPool.Connection again = pool.acquire(Duration.ofMillis(10));
		assertThat(again).isSameAs(first);
		assertThat(again.query(Duration.ZERO)).isFalse();
		assertThat(pool.replaced()).isZero();
	}

}

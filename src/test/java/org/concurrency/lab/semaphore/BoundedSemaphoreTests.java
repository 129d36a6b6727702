package org.concurrency.lab.semaphore;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class BoundedSemaphoreTests {

	@Test
	void releaseWhenNothingIsHeldShouldBeRefused() {
		BoundedSemaphore semaphore = new BoundedSemaphore(2);
		assertThatIllegalStateException().isThrownBy(semaphore::release).withMessageContaining("too many times");
		assertThat(semaphore.availablePermits()).isEqualTo(2);
	}

	@Test
	void releaseAfterAcquireShouldReturnThePermitOnce() throws InterruptedException {
		BoundedSemaphore semaphore = new BoundedSemaphore(2);
		assertThat(semaphore.tryAcquire()).isTrue();
		assertThat(semaphore.tryAcquire()).isTrue();
		assertThat(semaphore.tryAcquire()).isFalse();
		semaphore.release();
		semaphore.release();
		assertThatIllegalStateException().isThrownBy(semaphore::release);
		assertThat(semaphore.availablePermits()).isEqualTo(semaphore.initialPermits());
	}

	@Test
	void releasesRacingForTheLastHeldPermitsShouldNeverRaiseTheCount() throws Exception {
		for (int round = 0; round < 20; round++) {
			BoundedSemaphore semaphore = new BoundedSemaphore(3);
			semaphore.tryAcquire();
			semaphore.tryAcquire();
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Boolean>> releases = new ArrayList<>();
			try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
				for (int i = 0; i < 8; i++) {
					releases.add(threads.submit(() -> {
						start.await();
						try {
							semaphore.release();
							return true;
						}
						catch (IllegalStateException refused) {
							return false;
						}
					}));
				}
				start.countDown();
				int accepted = 0;
				for (Future<Boolean> release : releases) {
					accepted += release.get() ? 1 : 0;
				}
				assertThat(accepted).isEqualTo(2);
			}
			assertThat(semaphore.availablePermits()).isEqualTo(3);
		}
	}

}

package org.concurrency.lab.racecondition;

import java.time.Duration;

/**
 * The window between reading the counter and writing it back: the seed's
 * {@code time.sleep(0.001)} between {@code temp = counter} and
 * {@code counter = temp + 1}.
 * <p>
 * Pauses of {@value #SPIN_BELOW_MICROS} µs and more sleep, giving the core to another
 * thread as a slow step would. Shorter ones spin on the clock: on Linux a sleep lasts at
 * least the timer slack, about 50 µs (measured here: {@code sleep(1 µs)} takes 57 µs,
 * {@code sleep(10 µs)} 66 µs, {@code sleep(100 µs)} 156 µs), so a short sleep would not
 * be the window asked for.
 *
 * @param micros the pause in microseconds; 0 makes read–pause–write a plain
 * {@code counter++}
 */
record Pause(int micros) {

	static final int SPIN_BELOW_MICROS = 50;

	void await() throws InterruptedException {
		if (this.micros == 0) {
			return;
		}
		if (this.micros >= SPIN_BELOW_MICROS) {
			Thread.sleep(Duration.ofNanos(this.micros * 1000L));
			return;
		}
		long until = System.nanoTime() + this.micros * 1000L;
		while (System.nanoTime() < until) {
			Thread.onSpinWait();
		}
		if (Thread.interrupted()) { // a spin sees no interrupt by itself
			throw new InterruptedException();
		}
	}

}

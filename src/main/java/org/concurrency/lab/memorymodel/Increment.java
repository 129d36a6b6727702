package org.concurrency.lab.memorymodel;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Increment: {@code counter++} ‖ {@code counter++}, from 0. Plain, each actor reads, adds
 * and writes back on its own, so both may read 0 and write 1: a lost update, the outcome
 * 1. {@code mode: volatile} is the fix, an {@link AtomicInteger} (a volatile int
 * incremented by one atomic read-modify-write): 1 is then forbidden.
 */
final class Increment extends Litmus {

	static final class State {

		int counter;

		final AtomicInteger atomic;

		State(boolean atomic) {
			this.atomic = atomic ? new AtomicInteger() : DUMMY;
		}

	}

	/** Not used in plain mode, where no atomic is made for each sample. */
	private static final AtomicInteger DUMMY = new AtomicInteger();

	@Override
	String name() {
		return "increment";
	}

	@Override
	Set<Mode> modes() {
		return EnumSet.of(Mode.PLAIN, Mode.VOLATILE);
	}

	@Override
	Object batch(int size, Mode mode) {
		return fresh(State[]::new, size, () -> new State(mode == Mode.VOLATILE));
	}

	@Override
	void actor1(Object batch, Mode mode) {
		increment((State[]) batch, mode);
	}

	@Override
	void actor2(Object batch, Mode mode) {
		increment((State[]) batch, mode);
	}

	private static void increment(State[] states, Mode mode) {
		if (mode == Mode.VOLATILE) {
			for (State s : states) {
				s.atomic.incrementAndGet(); // one atomic read-modify-write
			}
		}
		else {
			for (State s : states) {
				s.counter++; // read, modify, write: not atomic
			}
		}
	}

	@Override
	void tally(Object batch, long[] counts) {
		for (State s : (State[]) batch) {
			int value = (s.atomic != DUMMY) ? s.atomic.get() : s.counter;
			counts[value - 1]++;
		}
	}

	@Override
	String[] outcomes() {
		return new String[] { "1", "2" };
	}

	@Override
	String expect(int outcome, Mode mode) {
		if (outcome == 0) {
			return (mode == Mode.VOLATILE) ? FORBIDDEN : INTERESTING;
		}
		return ACCEPTABLE;
	}

	@Override
	String description(int outcome, Mode mode) {
		if (outcome == 1) {
			return "Both increments counted.";
		}
		return (mode == Mode.VOLATILE)
				? "A lost update: forbidden, AtomicInteger.incrementAndGet reads and writes in one atomic step."
				: "A lost update: both actors read 0 and wrote 1; allowed, counter++ is a read, an add and a write.";
	}

}

package org.concurrency.lab.memorymodel;

import java.lang.invoke.VarHandle;
import java.util.EnumSet;
import java.util.Set;

/**
 * Access atomicity: {@code v = -1L} ‖ {@code r = v}. JLS 17.7 allows a write to a plain
 * {@code long} or {@code double} to be made as two 32-bit halves, so a reader may see one
 * half of it: a torn value. Volatile and VarHandle accesses are atomic, so torn is
 * forbidden for them. 64-bit HotSpot writes a {@code long} in one instruction and does
 * not produce torn values, even for a plain one.
 */
final class AccessAtomicity extends Litmus {

	static final class State {

		long v;

		volatile long vv;

		long r;

	}

	private static final VarHandle V = handle(State.class, "v", long.class);

	@Override
	String name() {
		return "access-atomicity";
	}

	@Override
	Set<Mode> modes() {
		return EnumSet.allOf(Mode.class);
	}

	@Override
	Object batch(int size, Mode mode) {
		return fresh(State[]::new, size, State::new);
	}

	@Override
	void actor1(Object batch, Mode mode) {
		State[] states = (State[]) batch;
		switch (mode) {
			case PLAIN -> {
				for (State s : states) {
					s.v = -1L; // JLS 17.7: may be two 32-bit writes
				}
			}
			case VOLATILE -> {
				for (State s : states) {
					s.vv = -1L;
				}
			}
			case ACQUIRE_RELEASE -> {
				for (State s : states) {
					V.setRelease(s, -1L);
				}
			}
			case OPAQUE -> {
				for (State s : states) {
					V.setOpaque(s, -1L);
				}
			}
		}
	}

	@Override
	void actor2(Object batch, Mode mode) {
		State[] states = (State[]) batch;
		switch (mode) {
			case PLAIN -> {
				for (State s : states) {
					s.r = s.v;
				}
			}
			case VOLATILE -> {
				for (State s : states) {
					s.r = s.vv;
				}
			}
			case ACQUIRE_RELEASE -> {
				for (State s : states) {
					s.r = (long) V.getAcquire(s);
				}
			}
			case OPAQUE -> {
				for (State s : states) {
					s.r = (long) V.getOpaque(s);
				}
			}
		}
	}

	@Override
	void tally(Object batch, long[] counts) {
		for (State s : (State[]) batch) {
			counts[(s.r == 0) ? 0 : (s.r == -1L) ? 1 : 2]++;
		}
	}

	@Override
	String[] outcomes() {
		return new String[] { "0", "-1", "torn" };
	}

	@Override
	String expect(int outcome, Mode mode) {
		if (outcome == 2) {
			return (mode == Mode.PLAIN) ? INTERESTING : FORBIDDEN;
		}
		return ACCEPTABLE;
	}

	@Override
	String description(int outcome, Mode mode) {
		return switch (outcome) {
			case 0 -> "Read before the write.";
			case 1 -> "Read after the write: all 64 bits.";
			default -> (mode == Mode.PLAIN)
					? "One 32-bit half of the write: JLS 17.7 allows it for a plain long; 64-bit HotSpot does not "
							+ "produce it."
					: "One 32-bit half of the write: forbidden, " + mode.label() + " accesses are atomic.";
		};
	}

}

package org.concurrency.lab.memorymodel;

import java.lang.invoke.VarHandle;
import java.util.EnumSet;
import java.util.Set;

/**
 * Store buffering (Dekker): {@code x = 1; r1 = y} ‖ {@code y = 1; r2 = x}. With plain
 * fields {@code (0, 0)} is allowed, and x86 shows it: each core's store waits in its
 * store buffer while its load reads the old value. Release/acquire does not forbid it
 * either (it orders a store before later stores, not before later loads); only volatile,
 * sequentially consistent, does.
 */
final class StoreBuffering extends Litmus {

	static final class State {

		int x;

		int y;

		volatile int vx;

		volatile int vy;

		int r1;

		int r2;

	}

	private static final VarHandle X = handle(State.class, "x", int.class);

	private static final VarHandle Y = handle(State.class, "y", int.class);

	@Override
	String name() {
		return "store-buffering";
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
					s.x = 1; // may wait in the store buffer
					s.r1 = s.y; // while this load goes ahead
				}
			}
			case VOLATILE -> {
				for (State s : states) {
					s.vx = 1; // sequentially consistent (JLS 17.4.4); on x86, HotSpot
								// fences here
					s.r1 = s.vy;
				}
			}
			case ACQUIRE_RELEASE -> {
				for (State s : states) {
					X.setRelease(s, 1); // orders what came before, not the load after
					s.r1 = (int) Y.getAcquire(s);
				}
			}
			case OPAQUE -> {
				for (State s : states) {
					X.setOpaque(s, 1);
					s.r1 = (int) Y.getOpaque(s);
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
					s.y = 1;
					s.r2 = s.x;
				}
			}
			case VOLATILE -> {
				for (State s : states) {
					s.vy = 1;
					s.r2 = s.vx;
				}
			}
			case ACQUIRE_RELEASE -> {
				for (State s : states) {
					Y.setRelease(s, 1);
					s.r2 = (int) X.getAcquire(s);
				}
			}
			case OPAQUE -> {
				for (State s : states) {
					Y.setOpaque(s, 1);
					s.r2 = (int) X.getOpaque(s);
				}
			}
		}
	}

	@Override
	void tally(Object batch, long[] counts) {
		for (State s : (State[]) batch) {
			counts[s.r1 * 2 + s.r2]++;
		}
	}

	@Override
	String[] outcomes() {
		return new String[] { "0, 0", "0, 1", "1, 0", "1, 1" };
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
		return switch (outcome) {
			case 0 -> (mode == Mode.VOLATILE)
					? "Both read 0: forbidden, since volatile accesses are sequentially consistent and one store comes first."
					: "Both read 0: each store still sat in its core's store buffer when the other thread loaded; "
							+ "allowed for " + mode.label() + " accesses.";
			case 1 -> "Actor 1 ran before actor 2 stored.";
			case 2 -> "Actor 2 ran before actor 1 stored.";
			default -> "Both stores were seen: the actors overlapped.";
		};
	}

}

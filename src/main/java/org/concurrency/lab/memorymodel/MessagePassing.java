package org.concurrency.lab.memorymodel;

import java.lang.invoke.VarHandle;
import java.util.EnumSet;
import java.util.Set;

/**
 * Message passing: {@code data = 1; ready = 1} ‖ {@code r1 = ready; r2 = data}. Seeing
 * {@code ready} but not {@code data}, {@code (1, 0)}, is allowed with plain or opaque
 * fields (the compiler or the processor may reorder either pair) and forbidden when
 * {@code ready} is volatile or written with release and read with acquire: the write of
 * {@code data} is then ordered before the read that follows the flag (for the release and
 * acquire modes, by the modes' own semantics rather than JLS 17's happens-before).
 */
final class MessagePassing extends Litmus {

	static final class State {

		int data;

		int ready;

		volatile int vready;

		int r1;

		int r2;

	}

	private static final VarHandle READY = handle(State.class, "ready", int.class);

	@Override
	String name() {
		return "message-passing";
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
					s.data = 1;
					s.ready = 1; // may become visible before data
				}
			}
			case VOLATILE -> {
				for (State s : states) {
					s.data = 1;
					s.vready = 1; // publishes data
				}
			}
			case ACQUIRE_RELEASE -> {
				for (State s : states) {
					s.data = 1;
					READY.setRelease(s, 1); // publishes data
				}
			}
			case OPAQUE -> {
				for (State s : states) {
					s.data = 1;
					READY.setOpaque(s, 1); // orders nothing
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
					s.r1 = s.ready;
					s.r2 = s.data;
				}
			}
			case VOLATILE -> {
				for (State s : states) {
					s.r1 = s.vready;
					s.r2 = s.data;
				}
			}
			case ACQUIRE_RELEASE -> {
				for (State s : states) {
					s.r1 = (int) READY.getAcquire(s);
					s.r2 = s.data;
				}
			}
			case OPAQUE -> {
				for (State s : states) {
					s.r1 = (int) READY.getOpaque(s);
					s.r2 = s.data;
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
		if (outcome == 2) {
			return (mode == Mode.VOLATILE || mode == Mode.ACQUIRE_RELEASE) ? FORBIDDEN : INTERESTING;
		}
		return ACCEPTABLE;
	}

	@Override
	String description(int outcome, Mode mode) {
		return switch (outcome) {
			case 0 -> "Neither write seen yet.";
			case 1 -> "Data seen, the flag not yet: the reader came between the writes.";
			case 2 -> (mode == Mode.VOLATILE || mode == Mode.ACQUIRE_RELEASE)
					? "The flag seen without the data: forbidden, since the write of data happens-before the read "
							+ "that follows the flag."
					: "The flag seen without the data: allowed for " + mode.label()
							+ " accesses, which order nothing between the two fields.";
			default -> "The message was passed.";
		};
	}

}

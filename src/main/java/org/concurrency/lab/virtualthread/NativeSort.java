package org.concurrency.lab.virtualthread;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * libc's {@code qsort}, called through the FFM API with a comparator written in Java that
 * blocks: the wait happens in an upcall, with {@code qsort}'s native frame below it on
 * the stack. A virtual thread cannot unmount across a native frame, so it pins its
 * carrier for the whole wait. The comparator blocks on its first call only, however many
 * comparisons the C library makes. Needs {@code --enable-native-access=ALL-UNNAMED}.
 */
final class NativeSort {

	private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT;

	private static final MethodHandle QSORT;

	private static final MemorySegment COMPARATOR;

	/** Whether this thread's sort has waited yet. */
	private static final ThreadLocal<Boolean> WAITED = new ThreadLocal<>();

	static {
		Linker linker = Linker.nativeLinker();
		QSORT = linker.downcallHandle(linker.defaultLookup().findOrThrow("qsort"), FunctionDescriptor
			.ofVoid(ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.ADDRESS));
		try {
			MethodHandle compare = MethodHandles.lookup()
				.findStatic(NativeSort.class, "compare",
						MethodType.methodType(int.class, MemorySegment.class, MemorySegment.class));
			COMPARATOR = linker.upcallStub(compare, FunctionDescriptor.of(INT,
					ValueLayout.ADDRESS.withTargetLayout(INT), ValueLayout.ADDRESS.withTargetLayout(INT)),
					Arena.global());
		}
		catch (ReflectiveOperationException ex) {
			throw new ExceptionInInitializerError(ex);
		}
	}

	private NativeSort() {
	}

	/** Sorts two ints with {@code qsort}; its comparator waits once. */
	static void sortBlocking() {
		WAITED.remove();
		try (Arena arena = Arena.ofConfined()) {
			MemorySegment pair = arena.allocateFrom(INT, 2, 1);
			QSORT.invokeExact(pair, 2L, INT.byteSize(), COMPARATOR); // into native code
		}
		catch (RuntimeException | Error ex) {
			throw ex;
		}
		catch (Throwable ex) {
			// invokeExact declares Throwable; qsort throws nothing checked
			throw new IllegalStateException(ex);
		}
	}

	/** Called back by {@code qsort}; must not throw, or the JVM dies. */
	private static int compare(MemorySegment a, MemorySegment b) {
		if (WAITED.get() == null) {
			WAITED.set(Boolean.TRUE);
			PinnedWait.block(); // an upcall: qsort's native frame is below this one
		}
		return Integer.compare(a.get(INT, 0), b.get(INT, 0));
	}

}

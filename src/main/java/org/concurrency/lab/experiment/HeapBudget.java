package org.concurrency.lab.experiment;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;

/**
 * The heap the lab's runs have been promised. A run that will hold a great deal of it (a
 * million parked virtual threads are a gigabyte) reserves what it needs before it starts
 * and gives it back when it ends, so that two such runs at once cannot both be admitted
 * into a heap that holds one: the second is refused with a {@code 400} that says what it
 * needs, instead of both failing with an {@code OutOfMemoryError}. A quarter of the heap
 * is kept free for the garbage runs make.
 */
final class HeapBudget {

	private static long reserved;

	/**
	 * Heap in use when the first of the running reservations was made: what the runs
	 * holding reservations will allocate is counted once, in {@link #reserved}, not again
	 * as heap in use.
	 */
	private static long base;

	private HeapBudget() {
	}

	/**
	 * Bytes that may still be promised: three quarters of what the heap has free, less
	 * what running runs were promised.
	 */
	static synchronized long room() {
		Runtime runtime = Runtime.getRuntime();
		long used = (reserved == 0) ? runtime.totalMemory() - runtime.freeMemory() : base;
		return Math.max(0, (runtime.maxMemory() - used) / 4 * 3 - reserved);
	}

	/**
	 * Promises {@code bytes} if they fit, collecting the heap first (when no run holds a
	 * promise, so no other large run is paused) if what is in use may be garbage.
	 * @return whether they were promised
	 */
	static synchronized boolean reserve(long bytes) {
		collectIfShort(bytes);
		if (bytes > room()) {
			return false;
		}
		if (reserved == 0) {
			Runtime runtime = Runtime.getRuntime();
			base = runtime.totalMemory() - runtime.freeMemory();
		}
		reserved += bytes;
		return true;
	}

	static synchronized void release(long bytes) {
		reserved = Math.max(0, reserved - bytes);
	}

	/** Whether no run holds a promise now. */
	static synchronized boolean idle() {
		return reserved == 0;
	}

	/**
	 * Whether {@code bytes} can be promised now, or once the runs holding heap now have
	 * ended (what {@link LimitCheck#fitsHeap} asks before a run, {@link #reserve}
	 * deciding when it starts).
	 */
	static synchronized boolean mayFit(long bytes) {
		collectIfShort(bytes);
		return bytes <= room() || fitsWhenIdle(bytes);
	}

	/**
	 * A full collection if {@code bytes} seem not to fit and no run holds a promise (so
	 * no large run is paused): what is in use may be garbage of earlier runs.
	 */
	private static void collectIfShort(long bytes) {
		if (bytes > room() && reserved == 0) {
			System.gc();
		}
	}

	/**
	 * Whether {@code bytes} would be promised once the runs holding heap now have ended:
	 * measured against the heap in use before the first of them reserved.
	 */
	static synchronized boolean fitsWhenIdle(long bytes) {
		if (reserved == 0) {
			return false; // nothing to wait for
		}
		return bytes <= (Runtime.getRuntime().maxMemory() - base) / 4 * 3;
	}

	/** Whether {@code held} is all that running runs were promised. */
	static synchronized boolean onlyReservation(long held) {
		return held > 0 && held == reserved;
	}

	/**
	 * Whether the young generation's size was set on the command line ({@code -Xmn},
	 * {@code -XX:MaxNewSize}): then it does not shrink after a full collection, and a
	 * collection before a large run leaves the whole of it to the run.
	 */
	static boolean youngFixed() {
		HotSpotDiagnosticMXBean diagnostic = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
		for (String name : List.of("MaxNewSize", "NewSize")) {
			try {
				VMOption.Origin origin = diagnostic.getVMOption(name).getOrigin();
				if (origin != VMOption.Origin.DEFAULT && origin != VMOption.Origin.ERGONOMIC) {
					return true; // the command line, JAVA_TOOL_OPTIONS, a flags file …
				}
			}
			catch (IllegalArgumentException ex) {
				// not a flag of this JVM
			}
		}
		return false;
	}

	/**
	 * What a refusal says: what the request needs, what is left, and what would allow it.
	 */
	static String refusal(long minimum, long count, long bytesEach) {
		Runtime runtime = Runtime.getRuntime();
		long need = count * bytesEach;
		long room = room();
		long used;
		long promised;
		synchronized (HeapBudget.class) {
			used = (reserved == 0) ? runtime.totalMemory() - runtime.freeMemory() : base;
			promised = reserved;
		}
		long allow = (used + (promised + need) / 3 * 4 + (1L << 30) - 1) >> 30; // GiB,
																				// rounded
																				// up
		return String.format(Locale.ROOT, """
				between %d and %d in this JVM's heap: %d need about %,d MB while they wait, and the heap has \
				%,d MB of its %,d MB (-Xmx) to spare; -Xmx%dg would allow them""", minimum,
				Math.max(minimum, room / bytesEach), count, need >> 20, room >> 20, runtime.maxMemory() >> 20, allow);
	}

}

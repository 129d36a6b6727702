package org.concurrency.lab.cpubound;

/**
 * The computing work of a cpu-bound task: a chain of SplitMix64 mixing steps, each
 * needing the one before it. No step can start before the previous ends, so the JIT can
 * neither vectorise the loop nor fold it away, and each task costs exactly {@code steps}
 * steps on any method — in a thread, a fork-join task or a child JVM.
 */
public final class HashChain {

	/** Steps between two checks for a stop request: about a millisecond of work. */
	static final long CHUNK = 1L << 18;

	private HashChain() {
	}

	/** Where task {@code task}'s chain starts. */
	public static long seed(int task) {
		return 0x9E3779B97F4A7C15L * (task + 1);
	}

	/** Advances a chain by {@code steps} steps. */
	public static long advance(long value, long steps) {
		long x = value;
		for (long i = 0; i < steps; i++) {
			x += 0x9E3779B97F4A7C15L;
			x = (x ^ (x >>> 30)) * 0xBF58476D1CE4E5B9L;
			x = (x ^ (x >>> 27)) * 0x94D049BB133111EBL;
			x ^= x >>> 31;
		}
		return x;
	}

	/**
	 * The digest of one task, computed in chunks so that {@code checkStopped} can end it
	 * within a millisecond of a stop request.
	 */
	public static long digest(int task, long steps, Runnable checkStopped) {
		long x = seed(task);
		for (long done = 0; done < steps; done += CHUNK) {
			checkStopped.run();
			x = advance(x, Math.min(CHUNK, steps - done));
		}
		return x;
	}

	/**
	 * Combines task digests into the run's result; order does not matter, so every method
	 * gives the same value. Kept to 53 bits so JavaScript clients read it exactly.
	 */
	public static long combine(long combined, long digest) {
		return combined ^ digest;
	}

	public static long result(long combined) {
		return combined >>> 11;
	}

}

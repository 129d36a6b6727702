package org.concurrency.lab.experiment;

import java.lang.management.ManagementFactory;

import com.sun.management.OperatingSystemMXBean;

/**
 * A reading of the JVM's clocks and heap, taken before and after a run.
 *
 * @param nanoTime {@link System#nanoTime()}
 * @param cpuNanos CPU time the whole JVM process has used
 * @param heapUsed heap bytes in use
 */
record Measurement(long nanoTime, long cpuNanos, long heapUsed) {

	private static final OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory
		.getOperatingSystemMXBean();

	static Measurement take() {
		return new Measurement(System.nanoTime(), os.getProcessCpuTime(),
				ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
	}

}

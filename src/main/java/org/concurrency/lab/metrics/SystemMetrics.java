package org.concurrency.lab.metrics;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadMXBean;
import java.util.List;

import oshi.SystemInfo;
import oshi.hardware.CentralProcessor;
import oshi.hardware.GlobalMemory;
import oshi.software.os.OSProcess;
import oshi.software.os.OperatingSystem;

import org.springframework.stereotype.Component;

/**
 * The host and the lab's JVM right now: the host through OSHI, the JVM through its
 * MXBeans. CPU loads are measured between one call and the previous one.
 */
@Component
class SystemMetrics {

	private static final double MB = 1024.0 * 1024.0;

	private final CentralProcessor processor;

	private final GlobalMemory memory;

	private final OperatingSystem os;

	private long[] previousTicks;

	private OSProcess previousProcess;

	SystemMetrics() {
		SystemInfo system = new SystemInfo();
		this.processor = system.getHardware().getProcessor();
		this.memory = system.getHardware().getMemory();
		this.os = system.getOperatingSystem();
		this.previousTicks = this.processor.getSystemCpuLoadTicks();
		this.previousProcess = this.os.getCurrentProcess();
	}

	synchronized Snapshot snapshot() {
		double hostLoad = this.processor.getSystemCpuLoadBetweenTicks(this.previousTicks);
		this.previousTicks = this.processor.getSystemCpuLoadTicks();
		OSProcess process = this.os.getCurrentProcess();
		double processLoad = process.getProcessCpuLoadBetweenTicks(this.previousProcess);
		this.previousProcess = process;
		MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		List<Gc> gcs = ManagementFactory.getGarbageCollectorMXBeans()
			.stream()
			.map((gc) -> new Gc(gc.getName(), gc.getCollectionCount(), gc.getCollectionTime()))
			.toList();
		return new Snapshot(
				new Host(round(hostLoad * 100), this.processor.getLogicalProcessorCount(),
						this.processor.getPhysicalProcessorCount(), round(this.memory.getTotal() / MB),
						round(this.memory.getAvailable() / MB)),
				new Process(process.getProcessID(), round(process.getResidentMemory() / MB), round(processLoad * 100),
						(process.getKernelTime() + process.getUserTime()), ProcessHandle.current().children().count()),
				new Jvm(Runtime.version().toString(), round(heap.getUsed() / MB), round(heap.getCommitted() / MB),
						round(heap.getMax() / MB), threads.getThreadCount(), threads.getDaemonThreadCount(),
						threads.getPeakThreadCount(), gcs));
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	/**
	 * What {@code GET /metrics/system} answers.
	 *
	 * @param host the machine
	 * @param process the lab's OS process
	 * @param jvm the lab's JVM
	 */
	record Snapshot(Host host, Process process, Jvm jvm) {
	}

	/**
	 * @param cpuLoadPercent all cores' load since the previous call
	 * @param logicalCores logical processors
	 * @param physicalCores physical cores
	 * @param memoryTotalMb installed memory
	 * @param memoryAvailableMb memory available
	 */
	record Host(double cpuLoadPercent, int logicalCores, int physicalCores, double memoryTotalMb,
			double memoryAvailableMb) {
	}

	/**
	 * @param pid the lab's process id
	 * @param rssMb resident set size
	 * @param cpuLoadPercent the process's CPU load since the previous call (100 = one
	 * core)
	 * @param cpuTimeMs CPU time used since the process started
	 * @param childProcesses child processes alive now
	 */
	record Process(int pid, double rssMb, double cpuLoadPercent, long cpuTimeMs, long childProcesses) {
	}

	/**
	 * @param version the Java runtime version
	 * @param heapUsedMb heap in use
	 * @param heapCommittedMb heap committed
	 * @param heapMaxMb heap maximum
	 * @param platformThreads live platform threads
	 * @param daemonThreads live daemon threads
	 * @param peakThreads most live platform threads since the JVM started
	 * @param gc collections per collector
	 */
	record Jvm(String version, double heapUsedMb, double heapCommittedMb, double heapMaxMb, int platformThreads,
			int daemonThreads, int peakThreads, List<Gc> gc) {
	}

	/**
	 * @param name the collector
	 * @param count collections so far
	 * @param timeMs time spent collecting
	 */
	record Gc(String name, long count, long timeMs) {
	}

}

package org.concurrency.lab.threading;

import java.util.List;

/**
 * How the two children of {@code threading/daemon} ended.
 *
 * @param children the daemon child, then the non-daemon one
 * @param waited which JVM waited for its worker after main returned: {@code non-daemon},
 * as it must
 */
public record DaemonResult(List<Child> children, String waited) {

	/**
	 * One child JVM.
	 *
	 * @param name {@code daemon} or {@code non-daemon}, after its worker thread
	 * @param pid its process id
	 * @param daemon whether its worker thread was a daemon, as the worker itself said
	 * @param exitCode its exit code
	 * @param startupMs from launch until its {@code main} ran
	 * @param mainReturnedMs from launch until its {@code main} returned
	 * @param exitAfterMs from launch until the JVM ended (its output closed)
	 * @param exitAfterMainMs from {@code main} returning until the JVM ended: about
	 * nothing for a daemon worker, the rest of the work for a non-daemon one
	 * @param workerFinished whether the worker thread finished its work
	 * @param heartbeats heartbeats the worker printed before the JVM ended
	 * @param heartbeatsPlanned heartbeats a worker prints when it works to the end
	 */
	public record Child(String name, long pid, boolean daemon, int exitCode, double startupMs, double mainReturnedMs,
			double exitAfterMs, double exitAfterMainMs, boolean workerFinished, int heartbeats, int heartbeatsPlanned) {
	}

}

package org.concurrency.lab.multiprocessing;

import java.util.List;

/**
 * What {@code multiprocessing/basic} saw of its children.
 *
 * @param labPid the lab's own process id: every child has another
 * @param children each child, in the order started
 * @param failed children that exited with a code other than 0
 */
public record BasicResult(long labPid, List<Child> children, int failed) {

	/**
	 * One child JVM.
	 *
	 * @param index its place in the order started
	 * @param pid its process id
	 * @param exitCode the code it exited with
	 * @param startupMs from launch until its {@code main} ran
	 * @param runMs how long its job took, by its own clock
	 */
	public record Child(int index, long pid, int exitCode, double startupMs, double runMs) {
	}

}

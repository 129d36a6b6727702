package org.concurrency.lab.threading;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What each task of {@code threading/thread-local} found bound when it began.
 *
 * @param variants a per-task user held in a {@code ThreadLocal} never removed, in one
 * removed after each task, and in a {@code ScopedValue}
 * @param inheritance what a thread started by a task sees of the task's user, for each
 * mechanism
 */
public record ThreadLocalResult(List<Variant> variants, List<Inheritance> inheritance) {

	/**
	 * One way to hold the per-task user.
	 *
	 * @param variant {@code thread-local}, {@code thread-local-removed} or
	 * {@code scoped-value}
	 * @param leaks tasks that began by seeing another task's user
	 * @param tasks each task, for the first tasks (as many as the timeline keeps)
	 */
	public record Variant(String variant, int leaks, List<Task> tasks) {
	}

	/**
	 * One task.
	 *
	 * @param task its index
	 * @param worker the pool thread that ran it
	 * @param valueSet the user it bound
	 * @param seenAtStart the user it saw before binding its own: none, unless one leaked
	 * @param seenWhileBound the user it saw while its own was bound
	 * @param leaked whether it began by seeing another task's user
	 */
	public record Task(int task, String worker, String valueSet, @Nullable String seenAtStart,
			@Nullable String seenWhileBound, boolean leaked) {
	}

	/**
	 * What a child thread sees of its parent's value.
	 *
	 * @param mechanism {@code ThreadLocal}, {@code InheritableThreadLocal} or
	 * {@code ScopedValue}
	 * @param parentValue what the parent bound
	 * @param childSaw what a thread the parent started saw; {@code null} for nothing
	 * @param note why
	 */
	public record Inheritance(String mechanism, String parentValue, @Nullable String childSaw, String note) {
	}

}

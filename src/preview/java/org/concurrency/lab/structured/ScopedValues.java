package org.concurrency.lab.structured;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;

import org.concurrency.lab.experiment.RunContext;

/**
 * A value the parent binds, read by its tasks. A {@code ScopedValue} is bound for the
 * extent of a call and inherited by the forks of a scope opened within it, rebinding
 * included. A {@code ThreadLocal} set by the parent is not seen by a pool's threads; an
 * {@code InheritableThreadLocal} is copied when a thread is made, and goes stale when the
 * parent rebinds it.
 */
public final class ScopedValues implements StructuredLesson {

	private static final ScopedValue<String> USER = ScopedValue.newInstance();

	private static final ThreadLocal<String> THREAD_USER = new ThreadLocal<>();

	private static final InheritableThreadLocal<String> INHERITED_USER = new InheritableThreadLocal<>();

	@Override
	public StructuredResult run(StructuredRequest request, RunContext context) throws Exception {
		List<StructuredResult.Reading> readings = new ArrayList<>();
		AtomicInteger task = new AtomicInteger();
		for (String user : List.of("alice", "bob")) {
			readings.addAll(ScopedValue.where(USER, user).call(() -> forked(request, context, task, user)));
		}

		THREAD_USER.set("alice");
		try (ExecutorService pool = Executors.newFixedThreadPool(2, context.platformThreads("pool-"))) {
			readings.addAll(pooled(request, context, pool, task, "ThreadLocal", "alice", THREAD_USER));
		}
		finally {
			THREAD_USER.remove();
		}

		INHERITED_USER.set("alice");
		try (ExecutorService pool = Executors.newFixedThreadPool(2, context.platformThreads("inheriting-"))) {
			((ThreadPoolExecutor) pool).prestartAllCoreThreads(); // copied "alice", once
			INHERITED_USER.set("bob");
			readings.addAll(pooled(request, context, pool, task, "InheritableThreadLocal", "bob", INHERITED_USER));
		}
		finally {
			INHERITED_USER.remove();
		}
		return new StructuredResult(StructuredResult.runningJdk(), List.of(), null, null, null, readings);
	}

	private static List<StructuredResult.Reading> forked(StructuredRequest request, RunContext context,
			AtomicInteger task, String user) throws Exception {
		List<StructuredTaskScope.Subtask<StructuredResult.Reading>> reads = new ArrayList<>();
		try (var scope = StructuredTaskScope.open(
				StructuredTaskScope.Joiner.<StructuredResult.Reading>awaitAllSuccessfulOrThrow(),
				(config) -> config.withThreadFactory(context.virtualThreads("fork-")))) {
			for (int i = 0; i < request.tasks(); i++) {
				int index = task.getAndIncrement();
				reads.add(scope.fork(() -> context.task(index, () -> new StructuredResult.Reading("ScopedValue",
						Thread.currentThread().getName() + ", bound to " + user, user,
						USER.isBound() ? USER.get() : null))));
			}
			scope.join();
		}
		return reads.stream().map(StructuredTaskScope.Subtask::get).toList();
	}

	private static List<StructuredResult.Reading> pooled(StructuredRequest request, RunContext context,
			ExecutorService pool, AtomicInteger task, String mechanism, String bound, ThreadLocal<String> value)
			throws Exception {
		List<Future<StructuredResult.Reading>> reads = new ArrayList<>();
		for (int i = 0; i < request.tasks(); i++) {
			int index = task.getAndIncrement();
			reads.add(pool.submit(() -> context.task(index, () -> new StructuredResult.Reading(mechanism,
					Thread.currentThread().getName() + ", the parent's value " + bound, bound, value.get()))));
		}
		List<StructuredResult.Reading> seen = new ArrayList<>();
		for (Future<StructuredResult.Reading> read : reads) {
			seen.add(context.get(read));
		}
		return seen;
	}

}

package org.concurrency.lab.threading;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.concurrency.lab.experiment.Endpoint;
import org.concurrency.lab.experiment.RunContext;
import org.jspecify.annotations.Nullable;

/**
 * A value per task (the request's user) held where the task's code can find it without
 * passing it along. In a {@code ThreadLocal} it belongs to the thread, not the task: a
 * pool thread runs task after task, and a task that sets its user and never calls
 * {@code remove()} leaves it for the next task on that thread, which sees someone else's
 * user before it sets its own (the leak; in a server, one request served as another
 * user). {@code remove()} in a {@code finally} fixes it, if nobody forgets.
 * {@code ScopedValue} (final in Java 25, JEP 506) cannot leak: {@code where(KEY, value)}
 * binds it only while the code given to {@code run} or {@code call} runs, and unbinds it
 * on the way out, whatever happens. With more tasks than threads some thread runs a
 * second task, so the leak shows in every run.
 */
@Endpoint(label = "thread-local",
		summary = "A ThreadLocal never removed leaks one task's user into the next on a pooled thread; a ScopedValue cannot")
final class ThreadLocals implements ThreadingVariant<ThreadLocalRequest, ThreadLocalResult> {

	/** The ways to hold the user, each with a pool of its own. */
	static final int VARIANTS = 3;

	@Override
	public ThreadLocalResult run(ThreadLocalRequest request, RunContext context) throws Exception {
		List<Binding> bindings = List.of(new LeakyThreadLocal(), new RemovedThreadLocal(), new Scoped());
		List<ThreadLocalResult.Variant> variants = new ArrayList<>();
		for (int variant = 0; variant < bindings.size(); variant++) {
			variants.add(runTasks(bindings.get(variant), variant * request.tasks(), request, context));
		}
		return new ThreadLocalResult(variants, inheritance(context));
	}

	@Override
	public String note(ThreadLocalRequest request, ThreadLocalResult result) {
		List<ThreadLocalResult.Variant> variants = result.variants();
		return request.tasks() + " tasks on " + request.numWorkers() + " pooled threads: " + variants.get(0).leaks()
				+ " began by seeing the previous task's user in a ThreadLocal never removed, " + variants.get(1).leaks()
				+ " once remove() ran in finally, " + variants.get(2).leaks()
				+ " with a ScopedValue, bound only while its task ran.";
	}

	private static ThreadLocalResult.Variant runTasks(Binding binding, int firstIndex, ThreadLocalRequest request,
			RunContext context) throws Exception {
		int kept = Math.min(request.tasks(), context.limits().timelineEntries());
		List<ThreadLocalResult.@Nullable Task> tasks = new ArrayList<>(Collections.nCopies(kept, null));
		AtomicInteger leaks = new AtomicInteger();
		try (ExecutorService pool = Executors.newFixedThreadPool(request.numWorkers(),
				context.platformThreads(binding.label() + "-worker-"))) {
			List<Future<?>> done = new ArrayList<>();
			for (int task = 0; task < request.tasks(); task++) {
				int index = task;
				done.add(pool.submit(() -> context.task(firstIndex + index, () -> {
					String user = "user-" + index;
					Seen seen = binding.run(user);
					if (seen.atStart() != null) {
						leaks.incrementAndGet();
					}
					if (index < kept) {
						tasks.set(index, new ThreadLocalResult.Task(index, Thread.currentThread().getName(), user,
								seen.atStart(), seen.whileBound(), seen.atStart() != null));
					}
					return null;
				})));
			}
			for (Future<?> task : done) {
				context.get(task);
			}
		}
		List<ThreadLocalResult.Task> listed = new ArrayList<>();
		tasks.forEach((task) -> listed.add(java.util.Objects.requireNonNull(task)));
		return new ThreadLocalResult.Variant(binding.label(), leaks.get(), listed);
	}

	/** What a thread started by the run's main thread sees of the value main bound. */
	private static List<ThreadLocalResult.Inheritance> inheritance(RunContext context) throws Exception {
		String parent = "parent-user";
		ThreadFactory children = context.platformThreads("child-");
		ThreadLocal<String> local = new ThreadLocal<>();
		local.set(parent);
		String localSaw = seenByChild(children, local::get, context);
		local.remove();
		InheritableThreadLocal<String> inheritable = new InheritableThreadLocal<>();
		inheritable.set(parent); // copied into every thread created from now on
		String inheritableSaw = seenByChild(children, inheritable::get, context);
		inheritable.remove();
		ScopedValue<String> scoped = ScopedValue.newInstance();
		String scopedSaw = ScopedValue.where(scoped, parent)
			.call(() -> seenByChild(children, () -> scoped.isBound() ? scoped.get() : null, context));
		return List.of(
				new ThreadLocalResult.Inheritance("ThreadLocal", parent, localSaw,
						"each thread has its own; a new thread starts with none"),
				new ThreadLocalResult.Inheritance("InheritableThreadLocal", parent, inheritableSaw,
						"copied into a thread when it is created, and a pool thread keeps that copy for every "
								+ "task it ever runs"),
				new ThreadLocalResult.Inheritance("ScopedValue", parent, scopedSaw,
						"bound for the code this thread calls; the forks of a StructuredTaskScope (a preview in "
								+ "Java 25) inherit it, as structured-concurrency/scoped-values shows"));
	}

	private static @Nullable String seenByChild(ThreadFactory children, Read read, RunContext context)
			throws InterruptedException {
		AtomicReference<@Nullable String> saw = new AtomicReference<>();
		// read in the child
		Thread child = children.newThread(() -> saw.set(read.value()));
		child.start();
		context.join(child);
		return saw.get();
	}

	@FunctionalInterface
	private interface Read {

		@Nullable String value();

	}

	/**
	 * What a task saw of the user: before it bound its own, and while it was bound.
	 *
	 * @param atStart the user already there when the task began
	 * @param whileBound the user while the task's own was bound
	 */
	private record Seen(@Nullable String atStart, @Nullable String whileBound) {
	}

	/** Where a task keeps its user while it runs. */
	private sealed interface Binding permits LeakyThreadLocal, RemovedThreadLocal, Scoped {

		String label();

		/** Runs a task that binds {@code user}. */
		Seen run(String user);

	}

	/** A {@code ThreadLocal} set by each task and never removed: it leaks. */
	private static final class LeakyThreadLocal implements Binding {

		private final ThreadLocal<String> user = new ThreadLocal<>();

		@Override
		public String label() {
			return "thread-local";
		}

		@Override
		public Seen run(String user) {
			String atStart = this.user.get(); // read: a new task expects nobody here
			this.user.set(user); // set, never removed: kept for the thread's next task
			return new Seen(atStart, this.user.get());
		}

	}

	/** The same {@code ThreadLocal}, removed in {@code finally}: no leak. */
	private static final class RemovedThreadLocal implements Binding {

		private final ThreadLocal<String> user = new ThreadLocal<>();

		@Override
		public String label() {
			return "thread-local-removed";
		}

		@Override
		public Seen run(String user) {
			String atStart = this.user.get();
			this.user.set(user);
			try {
				return new Seen(atStart, this.user.get());
			}
			finally {
				this.user.remove(); // the fix, as long as every task remembers it
			}
		}

	}

	/** A {@code ScopedValue}: bound for the task's call and no longer. */
	private static final class Scoped implements Binding {

		private final ScopedValue<String> user = ScopedValue.newInstance();

		@Override
		public String label() {
			return "scoped-value";
		}

		@Override
		public Seen run(String user) {
			String atStart = this.user.isBound() ? this.user.get() : null;
			// bound while call() runs, unbound when it returns
			String whileBound = ScopedValue.where(this.user, user).call(this.user::get);
			return new Seen(atStart, whileBound);
		}

	}

}

package org.concurrency.lab.experiment;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The child JVMs of one run: starts them within the run's limit, and destroys whatever
 * still runs when the run ends.
 */
public final class ChildJvms {

	private static final WorkerLaunch LAUNCH = WorkerLaunch.detect();

	private final int limit;

	private final Queue<ChildJvm> started = new ConcurrentLinkedQueue<>();

	ChildJvms(int limit) {
		this.limit = limit;
	}

	/** Starts a child JVM running {@code command} with {@code args}. */
	public ChildJvm start(Class<? extends WorkerCommand> command, String... args) throws IOException {
		return start(List.of(), command, args);
	}

	/**
	 * Starts a child JVM with {@code jvmOptions} besides the lab's own (a system property
	 * that can be set only at start-up), running {@code command} with {@code args}.
	 */
	public ChildJvm start(List<String> jvmOptions, Class<? extends WorkerCommand> command, String... args)
			throws IOException {
		synchronized (this.started) {
			if (this.started.size() >= this.limit) {
				throw new IllegalStateException("lab.limits.processes (" + this.limit + ") reached");
			}
			// a child's errors go where the lab's own go
			ProcessBuilder builder = new ProcessBuilder(LAUNCH.command(jvmOptions, command, List.of(args)))
				.redirectError(ProcessBuilder.Redirect.INHERIT);
			Instant launched = Instant.now();
			ChildJvm child = new ChildJvm(builder.start(), launched);
			this.started.add(child);
			return child;
		}
	}

	int spawned() {
		return this.started.size();
	}

	List<Long> pids() {
		return this.started.stream().map(ChildJvm::pid).toList();
	}

	long cpuNanos() {
		return this.started.stream().mapToLong(ChildJvm::cpuNanos).sum();
	}

	List<Duration> startups() {
		return this.started.stream().map(ChildJvm::startup).filter(java.util.Objects::nonNull).toList();
	}

	void destroyNow() {
		this.started.stream().filter(ChildJvm::isAlive).forEach(ChildJvm::destroy);
	}

	/**
	 * Destroys every child still running and waits for it to go.
	 * @return the pids of children that could not be ended within {@code grace}
	 */
	List<Long> destroyAll(Duration grace) throws InterruptedException {
		long deadline = System.nanoTime() + grace.toNanos();
		destroyNow();
		for (ChildJvm child : this.started) {
			child.awaitDeath(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
		}
		return this.started.stream().filter(ChildJvm::isAlive).map(ChildJvm::pid).toList();
	}

}

package org.concurrency.lab.threading;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.concurrency.lab.experiment.Endpoint;
import org.concurrency.lab.experiment.ChildJvm;
import org.concurrency.lab.experiment.Millis;
import org.concurrency.lab.experiment.RunContext;
import org.concurrency.lab.experiment.WorkerMain;
import org.jspecify.annotations.Nullable;

/**
 * A daemon thread does not keep its JVM alive: when the last non-daemon thread ends (here
 * {@code main}), the JVM exits and daemon threads die wherever they are, mid-work. Two
 * child JVMs show it ({@link DaemonWorker}): each starts a worker that would beat for
 * {@code worker_seconds}, and returns from {@code main} after {@code main_ms}. The child
 * whose worker is a daemon exits at once, its work cut off; the other waits for its
 * worker to finish. Daemon threads suit background chores that may be dropped (the seed's
 * heartbeats and monitors; the lab's own child-JVM watchdog is one); work that must
 * finish belongs on a non-daemon thread, or is joined.
 */
@Endpoint(label = "daemon",
		summary = "Two child JVMs: one exits as main returns, killing its daemon worker; one waits for its non-daemon worker")
final class DaemonThreads implements ThreadingVariant<DaemonRequest, DaemonResult> {

	@Override
	public DaemonResult run(DaemonRequest request, RunContext context) throws Exception {
		Launched daemon = launch("daemon", true, request, context);
		Launched nonDaemon = launch("non-daemon", false, request, context);
		List<DaemonResult.Child> children;
		try (ExecutorService readers = Executors.newFixedThreadPool(2, context.platformThreads("child-reader-"))) {
			Future<DaemonResult.Child> first = readers.submit(() -> follow(daemon, 0, request, context));
			Future<DaemonResult.Child> second = readers.submit(() -> follow(nonDaemon, 1, request, context));
			children = List.of(context.get(first), context.get(second));
		}
		DaemonResult.Child cut = children.get(0);
		DaemonResult.Child kept = children.get(1);
		String waited = (kept.exitAfterMainMs() > cut.exitAfterMainMs()) ? kept.name() : cut.name();
		return new DaemonResult(children, waited);
	}

	@Override
	public String note(DaemonRequest request, DaemonResult result) {
		DaemonResult.Child cut = result.children().get(0);
		DaemonResult.Child kept = result.children().get(1);
		return "After main returned, the JVM with a daemon worker exited in " + Math.round(cut.exitAfterMainMs())
				+ " ms, killing its worker after " + cut.heartbeats() + " of " + cut.heartbeatsPlanned()
				+ " heartbeats; the JVM with a non-daemon worker waited " + Math.round(kept.exitAfterMainMs())
				+ " ms for it to finish all " + kept.heartbeats() + ": only non-daemon threads keep a JVM alive.";
	}

	private static Launched launch(String name, boolean daemon, DaemonRequest request, RunContext context)
			throws Exception {
		Instant launched = Instant.now();
		ChildJvm child = context.processes()
			.start(DaemonWorker.class, Boolean.toString(daemon), Long.toString(request.workerMs()),
					Integer.toString(request.mainMs()));
		return new Launched(name, child, launched);
	}

	/** Reads a child's lines until its output closes: until the JVM has ended. */
	private static DaemonResult.Child follow(Launched launched, int index, DaemonRequest request, RunContext context)
			throws Exception {
		ChildJvm child = launched.child();
		boolean daemon = false;
		boolean finished = false;
		int heartbeats = 0;
		@Nullable Instant mainReturned = null;
		String line;
		while ((line = child.readLine()) != null) {
			String[] fields = line.split(" "); // <what> [detail] <epoch ns>
			Instant at = WorkerMain.instant(Long.parseLong(fields[fields.length - 1]));
			switch (fields[0]) {
				case DaemonWorker.WORKER -> daemon = Boolean.parseBoolean(fields[1]);
				case DaemonWorker.HEARTBEAT -> heartbeats++;
				case DaemonWorker.MAIN_RETURNED -> mainReturned = at;
				case DaemonWorker.WORKER_FINISHED -> finished = true;
				default -> throw new IllegalStateException("unexpected line from child " + child.pid() + ": " + line);
			}
		}
		Instant ended = Instant.now(); // its output closed: the JVM is gone
		int exitCode = context.awaitExit(child);
		if (mainReturned == null) {
			throw new IllegalStateException("child " + child.pid() + " ended before its main returned");
		}
		context.record(index, launched.name() + " (" + child.name() + ")", launched.at(), ended);
		Duration startup = child.startup();
		int planned = (int) ((request.workerMs() + DaemonWorker.HEARTBEAT_MS - 1) / DaemonWorker.HEARTBEAT_MS);
		return new DaemonResult.Child(launched.name(), child.pid(), daemon, exitCode,
				(startup != null) ? Millis.of(startup.toNanos()) : 0,
				Millis.of(Duration.between(launched.at(), mainReturned).toNanos()),
				Millis.of(Duration.between(launched.at(), ended).toNanos()),
				Millis.of(Duration.between(mainReturned, ended).toNanos()), finished, heartbeats, planned);
	}

	private record Launched(String name, ChildJvm child, Instant at) {
	}

}

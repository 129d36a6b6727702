package org.concurrency.lab.threading;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.concurrency.lab.experiment.WorkerCommand;
import org.concurrency.lab.experiment.WorkerMain;
import org.jspecify.annotations.Nullable;

/**
 * The child-JVM side of {@code threading/daemon}: {@code <daemon> <worker ms> <main ms>}.
 * Starts a worker thread, daemon or not, that beats every {@value #HEARTBEAT_MS} ms for
 * {@code worker ms}, waits until it is at work, sleeps {@code main ms} and returns, so
 * that {@link WorkerMain}'s {@code main} returns too. Whether the JVM then exits at once
 * or waits for the worker is the whole lesson. Lines, each ending with the epoch
 * nanoseconds it was written at: {@code worker <daemon>}, {@code heartbeat <n>},
 * {@code main_returned}, {@code worker_finished}. Written without lambdas or string
 * {@code +}, as {@link WorkerMain} explains.
 */
public final class DaemonWorker implements WorkerCommand {

	static final long HEARTBEAT_MS = 100;

	static final String WORKER = "worker";

	static final String HEARTBEAT = "heartbeat";

	static final String MAIN_RETURNED = "main_returned";

	static final String WORKER_FINISHED = "worker_finished";

	@Override
	public void run(List<String> args, BufferedReader in, PrintStream out) throws Exception {
		boolean daemon = Boolean.parseBoolean(args.get(0));
		long workerMs = Long.parseLong(args.get(1));
		long mainMs = Long.parseLong(args.get(2));
		CountDownLatch working = new CountDownLatch(1);
		Thread worker = new Thread(new Heartbeats(out, workerMs, working), "heartbeat-worker");
		worker.setDaemon(daemon); // the one difference between the two children
		worker.start();
		working.await(10, TimeUnit.SECONDS); // the worker has begun before main goes on
		Thread.sleep(mainMs);
		print(out, MAIN_RETURNED, null);
		// main returns here; a daemon worker dies with the JVM, a non-daemon one keeps it
	}

	static void print(PrintStream out, String what, @Nullable String detail) {
		StringBuilder line = new StringBuilder(what).append(' ');
		if (detail != null) {
			line.append(detail).append(' ');
		}
		out.println(line.append(WorkerMain.epochNanos(Instant.now())));
	}

	/** The worker: a heartbeat now and every interval, until its time is up. */
	private record Heartbeats(PrintStream out, long workerMs, CountDownLatch working) implements Runnable {

		@Override
		public void run() {
			long start = System.nanoTime();
			long end = start + TimeUnit.MILLISECONDS.toNanos(this.workerMs);
			print(this.out, WORKER, Boolean.toString(Thread.currentThread().isDaemon()));
			try {
				for (long beat = 0;; beat++) {
					print(this.out, HEARTBEAT, Long.toString(beat));
					this.working.countDown();
					long next = start + TimeUnit.MILLISECONDS.toNanos(HEARTBEAT_MS * (beat + 1));
					if (next >= end) {
						break;
					}
					TimeUnit.NANOSECONDS.sleep(next - System.nanoTime());
				}
				TimeUnit.NANOSECONDS.sleep(end - System.nanoTime());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			print(this.out, WORKER_FINISHED, null);
		}

	}

}

package org.concurrency.lab.pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;

import org.concurrency.lab.experiment.Endpoint;
import org.concurrency.lab.experiment.RunContext;

/**
 * The actor pattern of seed 003: each calculator actor has a mailbox and one virtual
 * thread that takes its messages one at a time, so its state is touched by that thread
 * only and needs no lock; a supervisor actor collects the states they report. Every actor
 * is sent add 1, add 2, …, add m, then "report your state to the supervisor", then "shut
 * down": each state must be exactly m(m+1)/2.
 * <p>
 * Stopping: the seed's {@code stop()} sets {@code running = False} and then queues a
 * shutdown message. The loop {@code while self.running} then ends after the message in
 * hand, and everything still in the mailbox — work, the report, the shutdown itself — is
 * dropped. Here every mailbox holds a message half-way that keeps its actor busy until
 * the supervisor has decided how to stop it, so the stop lands mid-mailbox every run. The
 * fix stops an actor only by a message queued behind the others: all of them are
 * processed, then its thread ends.
 */
@Endpoint(label = "actor",
		summary = "Actors with mailboxes and a supervisor: exact states; a stop flag drops the mailbox")
final class Actors implements PatternVariant<ActorRequest, ActorResult> {

	@Override
	public ActorResult run(ActorRequest request, RunContext context) throws Exception {
		long expected = (long) request.messages() * (request.messages() + 1) / 2;
		ActorResult.ActorRun message = runOnce(request, context, false, expected);
		ActorResult.ActorRun flag = runOnce(request, context, true, expected);
		return new ActorResult(request.actors(), request.messages(), expected, message, flag);
	}

	@Override
	public String note(ActorRequest request, ActorResult result) {
		ActorResult.ActorRun message = result.shutdownMessage();
		ActorResult.ActorRun flag = result.stopFlag();
		return String.format(Locale.ROOT, """
				Stopped by a shutdown message, %d actors processed %d of %d add messages, every state exactly \
				%d, %d reports reached the supervisor, and %d actor threads were alive after. Stopped by \
				the seed's running flag, they processed %d and dropped %d messages still in their \
				mailboxes; %d reports arrived.""", request.actors(), message.processed(), message.messagesSent(),
				result.expectedState(), message.replies(), message.threadsAliveAfter().size(), flag.processed(),
				flag.dropped(), flag.replies());
	}

	private ActorResult.ActorRun runOnce(ActorRequest request, RunContext context, boolean byFlag, long expected)
			throws Exception {
		Supervisor supervisor = new Supervisor();
		List<Calculator> actors = new ArrayList<>();
		CountDownLatch release = new CountDownLatch(1);
		try (ExecutorService supervising = Executors.newThreadPerTaskExecutor(context.virtualThreads("supervisor-"));
				ExecutorService acting = Executors.newThreadPerTaskExecutor(context.virtualThreads("actor-"))) {
			Future<?> supervised = supervising.submit(() -> supervisor.run(context));
			List<Future<?>> running = new ArrayList<>();
			for (int actor = 0; actor < request.actors(); actor++) {
				Calculator calculator = new Calculator("calculator-" + actor, request.delayMs());
				actors.add(calculator);
				running.add(acting.submit(() -> calculator.run(context)));
				int half = request.messages() / 2;
				for (int value = 1; value <= request.messages(); value++) {
					if (value == half + 1) {
						// keeps it busy until the stop is decided
						calculator.send(new Hold(release));
					}
					calculator.send(new Add(value));
				}
				calculator.send(new ReportState(supervisor.mailbox));
				calculator.send(new Shutdown());
			}
			for (Calculator calculator : actors) {
				context.await(calculator.holding);
				if (byFlag) {
					// the seed's stop(): running = False, then SHUTDOWN
					calculator.stop();
				}
			}
			release.countDown();
			for (Future<?> actor : running) {
				context.get(actor);
			}
			supervisor.mailbox.add(new Shutdown());
			context.get(supervised);
		} // closing waits until every actor's thread has ended
		List<ActorResult.ActorCount> counts = new ArrayList<>();
		int processed = 0;
		int dropped = 0;
		for (Calculator calculator : actors) {
			processed += calculator.processed;
			dropped += calculator.dropped;
			counts.add(new ActorResult.ActorCount(calculator.name, calculator.thread, calculator.processed,
					calculator.state, calculator.dropped, supervisor.replies.containsKey(calculator.name)));
		}
		boolean exact = actors.stream().allMatch((calculator) -> calculator.state == expected);
		return new ActorResult.ActorRun(
				byFlag ? "the seed's stop(): running = false, then a shutdown message"
						: "a shutdown message queued behind the work",
				request.actors() * request.messages(), processed, dropped, supervisor.replies.size(), exact, counts,
				context.threadsAliveAfter(RunThreads.GRACE));
	}

	/** What actors send each other. */
	private sealed interface Message permits Add, Hold, ReportState, StateReply, Shutdown {

	}

	private record Add(long value) implements Message {
	}

	/** Keeps the actor busy until {@code release} opens. */
	private record Hold(CountDownLatch release) implements Message {
	}

	private record ReportState(BlockingQueue<Message> replyTo) implements Message {
	}

	private record StateReply(String actor, long state, int processed) implements Message {
	}

	private record Shutdown() implements Message {
	}

	/**
	 * A calculator actor. Its state and counts are written by its own thread only; the
	 * experiment reads them after that thread has ended.
	 */
	private static final class Calculator {

		private final String name;

		private final long delayMs;

		private final BlockingQueue<Message> mailbox = new LinkedBlockingQueue<>();

		private final CountDownLatch holding = new CountDownLatch(1);

		private volatile boolean running = true; // the seed's flag

		private long state; // no lock: only this actor's thread touches it

		private int processed;

		private int dropped;

		private String thread = "";

		Calculator(String name, long delayMs) {
			this.name = name;
			this.delayMs = delayMs;
		}

		void send(Message message) {
			this.mailbox.add(message);
		}

		/** The seed's {@code Actor.stop()}. */
		void stop() {
			this.running = false;
			send(new Shutdown());
		}

		void run(RunContext context) {
			this.thread = Thread.currentThread().getName();
			try {
				while (this.running) { // the seed's loop: while self.running
					switch (context.take(this.mailbox)) {
						case Add add -> {
							Thread.sleep(this.delayMs);
							// read, modify, write: one thread only
							this.state += add.value();
							this.processed++;
						}
						case Hold hold -> {
							this.holding.countDown();
							context.await(hold.release());
						}
						case ReportState report ->
							report.replyTo().add(new StateReply(this.name, this.state, this.processed));
						case Shutdown shutdown -> this.running = false;
						case StateReply reply -> throw new IllegalStateException("a calculator gets no replies");
					}
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			finally {
				this.dropped = this.mailbox.size(); // what it never took
			}
		}

	}

	/** Collects the states the calculators report, until it is told to shut down. */
	private static final class Supervisor {

		private final BlockingQueue<Message> mailbox = new LinkedBlockingQueue<>();

		private final Map<String, StateReply> replies = new TreeMap<>(); // its own state

		void run(RunContext context) {
			try {
				while (true) {
					Message message = context.take(this.mailbox);
					if (message instanceof Shutdown) {
						return;
					}
					if (message instanceof StateReply reply) {
						this.replies.put(reply.actor(), reply);
					}
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

}

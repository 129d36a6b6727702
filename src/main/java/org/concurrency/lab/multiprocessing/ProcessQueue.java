package org.concurrency.lab.multiprocessing;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.concurrency.lab.experiment.Endpoint;
import org.concurrency.lab.experiment.ChildJvm;
import org.concurrency.lab.experiment.RunContext;

/**
 * Python's {@code multiprocessing.Queue} between a producer and a consumer process. Two
 * JVMs share no memory, so the queue is made of pipes: the producer's standard output
 * goes to a reader thread in the lab, which puts each item on a bounded queue (it blocks
 * when the queue is full, so a fast producer is held back rather than filling the lab's
 * heap), and the lab's main thread takes the items off and writes them to the consumer's
 * standard input, then an {@code end} sentinel. Each side computes a checksum over the
 * values in order; equal checksums, a count of distinct ids equal to the count produced
 * and no id out of order prove nothing was lost, repeated or reordered.
 */
@Endpoint(label = "queue",
		summary = "A producer process and a consumer process, items passed through a bounded queue in the lab")
final class ProcessQueue implements MultiprocessingVariant<QueueRequest, QueueResult> {

	static final int CAPACITY = 8;

	private static final String END = "end";

	/** Checksums as JSON numbers that JavaScript reads exactly. */
	private static final long MASK_53 = (1L << 53) - 1;

	@Override
	public QueueResult run(QueueRequest request, RunContext context) throws Exception {
		ChildJvm producer = context.processes().start(ProducerWorker.class, Integer.toString(request.items()));
		ChildJvm consumer = context.processes().start(ConsumerWorker.class);
		BlockingQueue<String> queue = new ArrayBlockingQueue<>(CAPACITY);
		AtomicInteger deepest = new AtomicInteger();
		int forwarded = 0;
		String[] produced;
		try (ExecutorService reader = Executors.newSingleThreadExecutor(context.platformThreads("queue-reader-"))) {
			Future<String[]> summary = reader.submit(() -> fill(producer, queue, deepest, context));
			String item;
			while (!(item = context.take(queue)).equals(END)) {
				consumer.send(item); // into the consumer's stdin
				forwarded++;
			}
			produced = context.get(summary);
		}
		consumer.send(END);
		consumer.closeInput();
		String[] consumed = Replies.expect(consumer, "consumed");
		Replies.awaitSuccess(producer, context);
		Replies.awaitSuccess(consumer, context);
		context.record(0, producer.name(), Replies.instant(produced[3]), Replies.instant(produced[4]));
		context.record(1, consumer.name(), Replies.instant(consumed[6]), Replies.instant(consumed[7]));
		return result(produced, forwarded, consumed, deepest.get(), producer, consumer);
	}

	/**
	 * The reader thread: the producer's lines onto the queue, blocking while it is full,
	 * then the sentinel, even if the producer failed, so the main thread stops taking.
	 * @return the producer's summary line
	 */
	private static String[] fill(ChildJvm producer, BlockingQueue<String> queue, AtomicInteger deepest,
			RunContext context) throws InterruptedException {
		try {
			String line;
			while ((line = producer.readLine()) != null && line.startsWith("item ")) {
				context.offer(queue, line); // blocks while the queue is full
				deepest.accumulateAndGet(queue.size(), Math::max);
			}
			if (line == null || !line.startsWith("produced ")) {
				throw new IllegalStateException(producer.name() + " ended before it said what it produced");
			}
			return line.split(" ");
		}
		finally {
			context.offer(queue, END);
		}
	}

	private static QueueResult result(String[] produced, int forwarded, String[] consumed, int deepest,
			ChildJvm producer, ChildJvm consumer) {
		// produced <count> <checksum> <start> <end>
		// consumed <count> <distinct> <duplicates> <out of order> <checksum> <start>
		// <end>
		int producedCount = Integer.parseInt(produced[1]);
		long producerChecksum = Long.parseLong(produced[2]);
		int consumedCount = Integer.parseInt(consumed[1]);
		int distinct = Integer.parseInt(consumed[2]);
		long consumerChecksum = Long.parseLong(consumed[5]);
		return new QueueResult(producedCount, forwarded, consumedCount, producedCount - distinct,
				Integer.parseInt(consumed[3]), Integer.parseInt(consumed[4]) == 0, producerChecksum & MASK_53,
				consumerChecksum & MASK_53, producerChecksum == consumerChecksum, CAPACITY, deepest, producer.name(),
				consumer.name());
	}

	@Override
	public String note(QueueRequest request, QueueResult result) {
		boolean intact = result.produced() == result.consumed() && result.lost() == 0 && result.duplicated() == 0
				&& result.inOrder() && result.checksumsMatch();
		return result.produced() + " items went from the producer (" + result.producer() + ") to the consumer ("
				+ result.consumer() + ") through pipes and a queue of " + result.queueCapacity()
				+ " in the lab (at most " + result.maxQueueDepth() + " waiting): " + result.consumed() + " consumed, "
				+ result.lost() + " lost, " + result.duplicated() + " duplicated, "
				+ (result.inOrder() ? "in order" : "out of order") + ", checksums "
				+ (result.checksumsMatch() ? "equal" : "different") + (intact ? "." : " — something went wrong.");
	}

}

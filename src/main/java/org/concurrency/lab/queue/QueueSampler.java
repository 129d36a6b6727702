package org.concurrency.lab.queue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;

import org.concurrency.lab.experiment.Millis;
import org.concurrency.lab.experiment.RunContext;

/**
 * Samples a queue's size every few milliseconds into a bounded list: when the list is
 * full, every other sample is dropped and the interval doubles, so a long run is covered
 * end to end in at most {@link #MAX_SAMPLES} samples.
 */
final class QueueSampler {

	static final int MAX_SAMPLES = 100;

	static final Duration FIRST_INTERVAL = Duration.ofMillis(2);

	private final BlockingQueue<?> queue;

	private long originNanos;

	/** Written by the sampling thread only; read after its task ended. */
	private final List<SizeSample> samples = new ArrayList<>();

	private Duration interval = FIRST_INTERVAL;

	private int maxSize;

	private volatile boolean stopped;

	QueueSampler(BlockingQueue<?> queue) {
		this.queue = queue;
	}

	/** Samples until {@link #stop()}, on its own thread. */
	Void run(RunContext context) throws InterruptedException {
		this.originNanos = System.nanoTime();
		while (!this.stopped) {
			context.checkStopped();
			sample();
			Thread.sleep(this.interval);
		}
		sample();
		return null;
	}

	void stop() {
		this.stopped = true;
	}

	List<SizeSample> samples() {
		return List.copyOf(this.samples);
	}

	int maxSize() {
		return this.maxSize;
	}

	Duration interval() {
		return this.interval;
	}

	private void sample() {
		int size = this.queue.size();
		this.maxSize = Math.max(this.maxSize, size);
		if (this.samples.size() == MAX_SAMPLES) {
			for (int i = MAX_SAMPLES - 1; i > 0; i -= 2) {
				this.samples.remove(i);
			}
			this.interval = this.interval.multipliedBy(2);
		}
		this.samples.add(new SizeSample(Millis.since(this.originNanos), size));
	}

	/**
	 * The queue's size at one moment.
	 *
	 * @param atMs milliseconds since sampling began
	 * @param size items in the queue
	 */
	record SizeSample(double atMs, int size) {
	}

}

package org.concurrency.lab.metrics;

import java.util.Arrays;

/**
 * The runs of one operation ({@code <experiment>_<method>}): counts and the durations of
 * the last {@value #KEPT} runs, from which the percentiles are read.
 */
final class OperationStats {

	static final int KEPT = 10_000;

	private final double[] durations = new double[KEPT];

	private long count;

	private long successes;

	private double sum;

	private double min = Double.MAX_VALUE;

	private double max;

	synchronized void add(double seconds, boolean success) {
		this.durations[(int) (this.count % KEPT)] = seconds;
		this.count++;
		if (success) {
			this.successes++;
		}
		this.sum += seconds;
		this.min = Math.min(this.min, seconds);
		this.max = Math.max(this.max, seconds);
	}

	synchronized Summary summary() {
		double[] kept = Arrays.copyOf(this.durations, (int) Math.min(this.count, KEPT));
		Arrays.sort(kept);
		long failures = this.count - this.successes;
		return new Summary(this.count, this.successes, failures, round(100.0 * this.successes / this.count),
				round(this.sum / this.count), round(this.min), round(this.max), round(percentile(kept, 50)),
				round(percentile(kept, 95)));
	}

	private static double percentile(double[] sorted, int percent) {
		int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
		return sorted[Math.max(0, rank - 1)];
	}

	private static double round(double value) {
		return Math.round(value * 10_000) / 10_000.0;
	}

	/**
	 * What the seed's {@code /metrics/summary} reports per operation; durations in
	 * seconds.
	 *
	 * @param count runs
	 * @param successes runs that completed
	 * @param failures runs that timed out, were cancelled or failed
	 * @param successRate successes as a percentage of runs
	 * @param avgDuration mean duration
	 * @param minDuration shortest duration
	 * @param maxDuration longest duration
	 * @param p50Duration median duration, of the last 10,000 runs
	 * @param p95Duration 95th percentile duration, of the last 10,000 runs
	 */
	record Summary(long count, long successes, long failures, double successRate, double avgDuration,
			double minDuration, double maxDuration, double p50Duration, double p95Duration) {
	}

}

package org.concurrency.lab.cpubound;

import java.util.concurrent.RecursiveTask;

import org.concurrency.lab.experiment.RunContext;

/**
 * The fork-join variant's work: a range of tasks, computed directly when it is one task,
 * else split in two halves, one forked for an idle worker to steal.
 */
final class ForkJoinSplit extends RecursiveTask<Long> {

	private final int from;

	private final int to;

	private final CpuBoundRequest request;

	private final RunContext context;

	ForkJoinSplit(int from, int to, CpuBoundRequest request, RunContext context) {
		this.from = from;
		this.to = to;
		this.request = request;
		this.context = context;
	}

	@Override
	protected Long compute() {
		if (this.to - this.from == 1) {
			try {
				return CpuBoundVariant.digest(this.from, this.request, this.context);
			}
			catch (RuntimeException ex) {
				throw ex;
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}
		int middle = (this.from + this.to) >>> 1;
		ForkJoinSplit left = new ForkJoinSplit(this.from, middle, this.request, this.context);
		left.fork();
		long right = new ForkJoinSplit(middle, this.to, this.request, this.context).compute();
		return HashChain.combine(left.join(), right);
	}

}

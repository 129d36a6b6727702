package org.concurrency.lab.multiprocessing;

import java.util.Arrays;

import org.concurrency.lab.experiment.Endpoint;
import org.concurrency.lab.experiment.ChildJvm;
import org.concurrency.lab.experiment.RunContext;

/**
 * Python's {@code multiprocessing.Pipe}: a two-way connection to one child process, here
 * its standard input and output. Each request is a line the lab writes; the child reads
 * it, squares the number and writes the answer; the lab reads it before sending the next.
 * Every round trip crosses two pipes and wakes two processes, which is why messages
 * between processes cost microseconds where a method call in one JVM costs nanoseconds:
 * send work to a process in big pieces, not in many small ones.
 */
@Endpoint(label = "pipe",
		summary = "Request and response with one child JVM over its stdin and stdout, with round-trip times")
final class ProcessPipe implements MultiprocessingVariant<PipeRequest, PipeResult> {

	@Override
	public PipeResult run(PipeRequest request, RunContext context) throws Exception {
		ChildJvm child = context.processes().start(PipeWorker.class);
		Replies.expect(child, PipeWorker.LISTENING); // its start-up is not a round trip
		long[] roundTrips = new long[request.messages()];
		int correct = 0;
		for (int id = 0; id < request.messages(); id++) {
			long n = id + 1;
			RunContext.TaskClock clock = context.begin(id);
			long sent = System.nanoTime();
			child.send(id + " " + n); // conn.send(): a line through the child's stdin
			String[] answer = Replies.expect(child, Integer.toString(id)); // conn.recv()
			roundTrips[id] = System.nanoTime() - sent;
			clock.end();
			if (Long.parseLong(answer[1]) == n * n) {
				correct++;
			}
		}
		child.closeInput();
		Replies.awaitSuccess(child, context);
		Arrays.sort(roundTrips);
		PipeResult.Latency latency = new PipeResult.Latency(ms(roundTrips[0]), ms(roundTrips[roundTrips.length / 2]),
				ms(roundTrips[roundTrips.length - 1]));
		return new PipeResult(request.messages(), correct, latency, child.name());
	}

	@Override
	public String note(PipeRequest request, PipeResult result) {
		PipeResult.Latency latency = result.roundTripMs();
		return request.messages() + " requests went to " + result.child() + " and back over its stdin and stdout, "
				+ result.answersCorrect() + " answered correctly; a round trip took " + latency.median()
				+ " ms at the median (min " + latency.min() + ", max " + latency.max()
				+ "): each crossed two pipes and woke two processes, where a method call in one JVM takes nanoseconds.";
	}

	/** Milliseconds, to the microsecond: a round trip is too short for tenths. */
	private static double ms(long nanos) {
		return Math.round(nanos / 1e3) / 1e3;
	}

}

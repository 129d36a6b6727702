package org.concurrency.lab.multiprocessing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.concurrency.lab.experiment.Endpoint;
import org.concurrency.lab.experiment.ChildJvm;
import org.concurrency.lab.experiment.Millis;
import org.concurrency.lab.experiment.RunContext;

/**
 * Python's {@code Process(target=…).start()} and {@code join()}: child JVMs, each with
 * its own pid, heap and exit code, started together and waited for. A child that fails
 * (the last one, when {@code exit_code} is not 0) fails alone: its parent reads a code,
 * the others finish as if nothing happened. That isolation, not speed, is what a process
 * buys on the JVM, where threads already compute in parallel; it costs a JVM start-up
 * each.
 */
@Endpoint(label = "basic", summary = "Child JVMs with their own pid and exit code, started together and waited for")
final class BasicProcesses implements MultiprocessingVariant<BasicRequest, BasicResult> {

	@Override
	public BasicResult run(BasicRequest request, RunContext context) throws Exception {
		int count = request.numProcesses();
		List<ChildJvm> children = new ArrayList<>();
		for (int index = 0; index < count; index++) {
			int exitCode = (index == count - 1) ? request.exitCode() : 0;
			context.checkStopped(); // a stopped run starts no more children
			children.add(context.processes()
				.start(BasicWorker.class, Integer.toString(index), Long.toString(request.delayMillis()),
						Integer.toString(exitCode)));
		}
		List<BasicResult.Child> reports = new ArrayList<>();
		for (int index = 0; index < count; index++) {
			ChildJvm child = children.get(index);
			String[] done = Replies.expect(child, "done"); // done <index> <start> <end>
			Instant start = Replies.instant(done[2]);
			Instant end = Replies.instant(done[3]);
			int exitCode = context.awaitExit(child); // join()
			context.record(index, child.name(), start, end);
			reports.add(new BasicResult.Child(index, child.pid(), exitCode, Replies.startupMs(child),
					Millis.of(Duration.between(start, end).toNanos())));
		}
		int failed = (int) reports.stream().filter((child) -> child.exitCode() != 0).count();
		return new BasicResult(ProcessHandle.current().pid(), reports, failed);
	}

	@Override
	public String note(BasicRequest request, BasicResult result) {
		List<BasicResult.Child> children = result.children();
		long labPid = result.labPid();
		int failed = result.failed();
		double fastest = children.stream().mapToDouble(BasicResult.Child::startupMs).min().orElse(0);
		double slowest = children.stream().mapToDouble(BasicResult.Child::startupMs).max().orElse(0);
		int others = children.size() - 1;
		String outcome;
		if (failed == 0) {
			outcome = "every child exited with code 0; give exit_code to see one fail alone.";
		}
		else if (others == 0) {
			outcome = "it exited with code " + children.getLast().exitCode() + ", and the lab went on.";
		}
		else {
			outcome = "the last child exited with code " + children.getLast().exitCode() + " and the other " + others
					+ " with 0: a process fails alone.";
		}
		String took = (fastest == slowest) ? fastest + " ms" : fastest + "–" + slowest + " ms";
		String ran = (children.size() == 1) ? "1 child JVM ran beside the lab (pid " + labPid + ") with"
				: children.size() + " child JVMs ran beside the lab (pid " + labPid + "), each with";
		return ran + " its own pid, heap and exit code, and took " + took + " to start before its job ran; " + outcome;
	}

}

package org.concurrency.lab.multiprocessing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

import org.concurrency.lab.experiment.WorkerCommand;

/**
 * The child end of {@code multiprocessing/pipe}: says {@code listening}, then answers
 * each request {@code <id> <n>} with {@code <id> <n²>} until its input ends, as a
 * {@code multiprocessing.Pipe} connection answers {@code send} with {@code recv}.
 */
public final class PipeWorker implements WorkerCommand {

	static final String LISTENING = "listening";

	@Override
	public void run(List<String> args, BufferedReader in, PrintStream out) throws IOException {
		out.println(LISTENING);
		String request;
		while ((request = in.readLine()) != null) {
			int space = request.indexOf(' ');
			long n = Long.parseLong(request.substring(space + 1));
			out.println(new StringBuilder(request.substring(0, space)).append(' ').append(n * n));
		}
	}

}

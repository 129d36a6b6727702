package org.concurrency.lab.multiprocessing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.concurrency.lab.experiment.WorkerCommand;
import org.concurrency.lab.experiment.WorkerMain;

/**
 * A client process of {@code multiprocessing/manager}:
 * {@code <socket> <worker id> <operations> <processes>} connects to the manager's socket
 * and says {@code connected}; then, for each side the lab names on its standard input,
 * says {@code armed}, waits for {@code go}, works, and answers
 * {@code done <start epoch ns> <end epoch ns>}:
 * <ul>
 * <li>{@code unlocked} and {@code locked}: {@code operations} times, the seed's update
 * through the dict's proxy: read {@code total}, write it plus one, append the operation's
 * number to its own list, {@code worker-<id>}; {@code locked} holds the manager's lock
 * around the three calls, as the seed does {@code with lock:}.</li>
 * <li>{@code mapped <file>}: the same count of increments of a counter in a mapped file
 * under a {@code FileLock}, by {@link CounterWorker}, so that both ways of sharing are
 * measured in the same processes.</li>
 * </ul>
 */
public final class ManagerClient implements WorkerCommand {

	static final String CONNECTED = "connected";

	static final String UNLOCKED = "unlocked";

	static final String LOCKED = "locked";

	static final String MAPPED = "mapped";

	/** The key every client updates. */
	static final String TOTAL = "total";

	/** Calls to the manager one operation makes, without and with its lock. */
	static final int CALLS = 3;

	static final int CALLS_LOCKED = CALLS + 2;

	@Override
	public void run(List<String> args, BufferedReader in, PrintStream out) throws Exception {
		String worker = new StringBuilder("worker-").append(args.get(1)).toString();
		int operations = Integer.parseInt(args.get(2));
		try (DictProxy dict = new DictProxy(Path.of(args.get(0)))) {
			out.println(CONNECTED);
			String side;
			while ((side = in.readLine()) != null) {
				if (side.startsWith(MAPPED)) {
					new CounterWorker().run(List.of(side.substring(MAPPED.length() + 1), args.get(2),
							CounterWorker.FILE_LOCK, args.get(3)), in, out);
					continue;
				}
				out.println(CounterWorker.ARMED);
				if (!CounterWorker.GO.equals(in.readLine())) {
					return; // the lab gave up on this run
				}
				long start = WorkerMain.epochNanos(Instant.now());
				for (int i = 0; i < operations; i++) {
					if (LOCKED.equals(side)) {
						dict.lock(); // with lock:
						try {
							update(dict, worker, i);
						}
						finally {
							dict.unlock();
						}
					}
					else {
						update(dict, worker, i);
					}
				}
				out.println(WorkerMain.line("done", start, WorkerMain.epochNanos(Instant.now())));
			}
		}
	}

	/** The seed's update: three calls, each a round trip to the manager. */
	private static void update(DictProxy dict, String worker, int i) throws IOException {
		long total = dict.get(TOTAL); // read: a round trip
		dict.put(TOTAL, total + 1); // write: overwrites what others wrote in between
		dict.append(worker, i); // one call, so atomic in the manager
	}

	/**
	 * A proxy for the manager's dict and lock, as Python's {@code DictProxy} is: each
	 * call a line to the manager's socket, and a wait for its answer.
	 */
	static final class DictProxy implements AutoCloseable {

		private final SocketChannel channel;

		private final BufferedReader answers;

		private final PrintStream calls;

		DictProxy(Path socket) throws IOException {
			this.channel = SocketChannel.open(UnixDomainSocketAddress.of(socket));
			this.answers = new BufferedReader(
					new InputStreamReader(Channels.newInputStream(this.channel), StandardCharsets.UTF_8));
			this.calls = new PrintStream(Channels.newOutputStream(this.channel), false, StandardCharsets.UTF_8);
		}

		/** The number at {@code key}, 0 if there is none yet. */
		long get(String key) throws IOException {
			String answer = call(new StringBuilder("get ").append(key));
			if (answer.equals("none")) {
				return 0;
			}
			if (!answer.startsWith("value ")) {
				throw unexpected(answer);
			}
			return Long.parseLong(answer.substring(6));
		}

		void put(String key, long value) throws IOException {
			expect(call(new StringBuilder("put ").append(key).append(' ').append(value)), "ok");
		}

		void append(String key, long value) throws IOException {
			expect(call(new StringBuilder("append ").append(key).append(' ').append(value)), "ok");
		}

		void lock() throws IOException {
			expect(call(new StringBuilder("lock")), "locked");
		}

		void unlock() throws IOException {
			expect(call(new StringBuilder("unlock")), "unlocked");
		}

		private String call(CharSequence request) throws IOException {
			this.calls.println(request);
			this.calls.flush();
			String answer = this.answers.readLine();
			if (answer == null) {
				throw new IOException("the manager closed the connection");
			}
			return answer;
		}

		private static void expect(String answer, String expected) throws IOException {
			if (!answer.equals(expected)) {
				throw unexpected(answer);
			}
		}

		private static IOException unexpected(String answer) {
			return new IOException(new StringBuilder("the manager answered ").append(answer).toString());
		}

		@Override
		public void close() throws IOException {
			this.channel.close();
		}

	}

}

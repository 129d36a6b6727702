package org.concurrency.lab.multiprocessing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.concurrency.lab.experiment.WorkerCommand;

/**
 * The manager process of {@code multiprocessing/manager}, as Python's
 * {@code multiprocessing.Manager()} starts one: {@code <socket>} serves one dict and one
 * lock on a Unix domain socket at that path, a thread per connection, and says
 * {@code listening}. A client's proxy sends one line per call and reads one answer:
 * {@code get <key>} ({@code value <n>} or {@code none}), {@code put <key> <n>},
 * {@code append <key> <n>} (to the list at the key, made if absent: {@code ok}),
 * {@code lock} ({@code locked}, or {@code timeout} after {@value #LOCK_PATIENCE_S} s) and
 * {@code unlock} ({@code unlocked}).
 * <p>
 * Each call is atomic, as a call on a Python manager's dict is: it runs under the dict's
 * monitor. A sequence of calls is not: between a client's {@code get} and its
 * {@code put}, other clients' calls run. The manager's lock, held across calls, is what
 * makes a sequence atomic; a client whose connection ends while it holds the lock gives
 * it back. On its standard input the lab says {@code dump}: the manager answers each
 * entry ({@code number <key> <n>}, {@code list <key> <n>…}), then {@code end}, and
 * empties the dict for the next side. It serves until its input ends.
 */
public final class ManagerServer implements WorkerCommand {

	static final String LISTENING = "listening";

	static final String DUMP = "dump";

	static final String END = "end";

	/**
	 * How long a {@code lock} call waits for the lock before it answers {@code timeout}.
	 */
	static final long LOCK_PATIENCE_S = 10;

	private final Map<String, Object> dict = new LinkedHashMap<>();

	private final ReentrantLock lock = new ReentrantLock();

	@Override
	public void run(List<String> args, BufferedReader in, PrintStream out) throws IOException {
		try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
			server.bind(UnixDomainSocketAddress.of(Path.of(args.get(0))));
			Thread acceptor = new Thread(new Acceptor(server), "manager-acceptor");
			acceptor.setDaemon(true); // ends with the manager when its input ends
			acceptor.start();
			out.println(LISTENING);
			String command;
			while ((command = in.readLine()) != null) {
				if (DUMP.equals(command)) {
					dump(out);
				}
			}
		}
	}

	/** Writes every entry, then {@code end}, and empties the dict. */
	private void dump(PrintStream out) {
		synchronized (this.dict) {
			for (Map.Entry<String, Object> entry : this.dict.entrySet()) {
				StringBuilder line = new StringBuilder();
				if (entry.getValue() instanceof List<?> values) {
					line.append("list ").append(entry.getKey());
					for (Object value : values) {
						line.append(' ').append(value);
					}
				}
				else {
					line.append("number ").append(entry.getKey()).append(' ').append(entry.getValue());
				}
				out.println(line);
			}
			this.dict.clear();
		}
		out.println(END);
	}

	/** Answers one call; every call on the dict under its monitor, so each is atomic. */
	String call(String request) throws InterruptedException {
		String[] fields = request.split(" ");
		switch (fields[0]) {
			case "get":
				synchronized (this.dict) {
					Object value = this.dict.get(fields[1]);
					return (value != null) ? new StringBuilder("value ").append(value).toString() : "none";
				}
			case "put":
				synchronized (this.dict) {
					this.dict.put(fields[1], Long.valueOf(fields[2]));
					return "ok";
				}
			case "append":
				synchronized (this.dict) {
					Object list = this.dict.get(fields[1]);
					if (!(list instanceof List<?>)) {
						list = new ArrayList<Long>();
						this.dict.put(fields[1], list);
					}
					@SuppressWarnings("unchecked")
					List<Long> values = (List<Long>) list;
					values.add(Long.valueOf(fields[2]));
					return "ok";
				}
			case "lock":
				return this.lock.tryLock(LOCK_PATIENCE_S, TimeUnit.SECONDS) ? "locked" : "timeout";
			case "unlock":
				if (!this.lock.isHeldByCurrentThread()) {
					return "error not locked";
				}
				this.lock.unlock();
				return "unlocked";
			default:
				return new StringBuilder("error unknown call ").append(fields[0]).toString();
		}
	}

	/**
	 * Accepts connections until the socket is closed, each served by a thread of its own.
	 */
	private final class Acceptor implements Runnable {

		private final ServerSocketChannel server;

		Acceptor(ServerSocketChannel server) {
			this.server = server;
		}

		@Override
		public void run() {
			try {
				for (int connection = 0;; connection++) {
					SocketChannel channel = this.server.accept();
					Thread handler = new Thread(new Connection(channel),
							new StringBuilder("manager-connection-").append(connection).toString());
					handler.setDaemon(true);
					handler.start();
				}
			}
			catch (ClosedChannelException ex) {
				// the manager is shutting down
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}

	}

	/** One client's proxy calls, answered in turn until it disconnects. */
	private final class Connection implements Runnable {

		private final SocketChannel channel;

		Connection(SocketChannel channel) {
			this.channel = channel;
		}

		@Override
		public void run() {
			try (SocketChannel socket = this.channel;
					BufferedReader requests = new BufferedReader(
							new InputStreamReader(Channels.newInputStream(socket), StandardCharsets.UTF_8));
					PrintStream answers = new PrintStream(Channels.newOutputStream(socket), false,
							StandardCharsets.UTF_8)) {
				String request;
				while ((request = requests.readLine()) != null) {
					answers.println(call(request));
					answers.flush();
				}
			}
			catch (IOException ex) {
				// the client went away: the same as its end
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			finally {
				if (ManagerServer.this.lock.isHeldByCurrentThread()) {
					ManagerServer.this.lock.unlock(); // a client that ended holding it
				}
			}
		}

	}

}

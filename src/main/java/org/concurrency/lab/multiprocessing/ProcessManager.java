package org.concurrency.lab.multiprocessing;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.concurrency.lab.experiment.ChildJvm;
import org.concurrency.lab.experiment.Endpoint;
import org.concurrency.lab.experiment.Millis;
import org.concurrency.lab.experiment.RunContext;

/**
 * Python's {@code multiprocessing.Manager()}: a dict that lives in a process of its own,
 * the manager ({@link ManagerServer}), which client processes ({@link ManagerClient})
 * reach through proxies over a Unix domain socket, every call a round trip. Each client
 * makes the seed's update {@code operations} times: it reads {@code total}, writes it
 * plus one, and appends the update's number to its own list.
 * <p>
 * Every call is atomic in the manager, but an update is three calls. Unlocked, another
 * client's read and write fall between one client's read and its write, which then
 * overwrites them: {@code total} ends short. The lists do not, since each is written by
 * one client with a single call. Under the manager's lock, held across the three calls as
 * the seed holds {@code manager.Lock()}, no update can interleave with another: the dict
 * is exact, two more round trips an update. The same clients then make as many increments
 * of a counter in a memory-mapped file under a {@code FileLock}, as
 * {@code multiprocessing/shared-state} does: shared memory costs a system call an update,
 * a manager a round trip between processes a call.
 */
@Endpoint(label = "manager", summary = "A dict in a manager JVM, updated by client JVMs through proxies "
		+ "without and with the manager's lock, against a counter in a mapped file: exactness and cost per update")
final class ProcessManager implements MultiprocessingVariant<ManagerRequest, ManagerResult> {

	@Override
	public ManagerResult run(ManagerRequest request, RunContext context) throws Exception {
		Path directory = context.temporaryDirectory("concurrency-lab-manager-");
		Path socket = directory.resolve("manager.sock");
		ChildJvm manager = context.processes().start(ManagerServer.class, socket.toString());
		Replies.expect(manager, ManagerServer.LISTENING); // bound: clients may connect
		List<ChildJvm> clients = new ArrayList<>();
		for (int i = 0; i < request.numProcesses(); i++) {
			context.checkStopped(); // a stopped run starts no more children
			clients.add(context.processes()
				.start(ManagerClient.class, socket.toString(), Integer.toString(i),
						Integer.toString(request.operations()), Integer.toString(request.numProcesses())));
		}
		for (ChildJvm client : clients) {
			Replies.expect(client, ManagerClient.CONNECTED);
		}
		ManagerResult.Dict unlocked = dict(ManagerClient.UNLOCKED, ManagerClient.CALLS, 0, manager, clients, request,
				context);
		ManagerResult.Dict locked = dict(ManagerClient.LOCKED, ManagerClient.CALLS_LOCKED, clients.size(), manager,
				clients, request, context);
		ManagerResult.Mapped mapped = mapped(directory.resolve("counter"), clients, request, context);
		for (ChildJvm client : clients) {
			client.closeInput(); // disconnects from the manager and exits
			Replies.awaitSuccess(client, context);
		}
		manager.closeInput();
		Replies.awaitSuccess(manager, context);
		return new ManagerResult(unlocked, locked, mapped);
	}

	@Override
	public String note(ManagerRequest request, ManagerResult result) {
		ManagerResult.Dict unlocked = result.unlocked();
		ManagerResult.Dict locked = result.locked();
		ManagerResult.Mapped mapped = result.mappedFile();
		return request.numProcesses() + " client JVMs each made " + request.operations()
				+ " updates to a dict served by a manager JVM over a Unix socket: read total, write it plus one, "
				+ "append to the client's own list, " + unlocked.callsPerOperation() + " round trips. Without the "
				+ "manager's lock total ended at " + unlocked.totalActual() + " of " + unlocked.totalExpected() + ", "
				+ unlocked.lostUpdates() + " updates overwritten between another client's read and write; the lists, "
				+ "each written by one client in single calls, were "
				+ (unlocked.listsInOrder() ? "exact" : "not exact") + "; " + unlocked.usPerOperation()
				+ " µs an update. Under the lock (" + locked.callsPerOperation() + " round trips) the dict was "
				+ (locked.exact() ? "exact" : "NOT exact") + ": " + locked.keysActual() + " of " + locked.keysExpected()
				+ " keys, " + locked.appendsActual() + " of " + locked.appendsExpected() + " appends"
				+ (locked.listsInOrder() ? " in order" : "") + ", total " + locked.totalActual() + " of "
				+ locked.totalExpected() + ", in " + locked.durationMs() + " ms, " + locked.usPerOperation()
				+ " µs an update. The same " + mapped.operations()
				+ " increments of a counter in a memory-mapped file under a FileLock took " + mapped.durationMs()
				+ " ms, " + mapped.usPerOperation() + " µs each, ending at " + mapped.actual() + " of "
				+ mapped.expected() + ": a manager shares by messages, each call a round trip between processes.";
	}

	/**
	 * One side on the dict: every client updates it, then the lab asks the manager for
	 * what it holds and checks every key.
	 */
	private static ManagerResult.Dict dict(String side, int calls, int firstEntry, ChildJvm manager,
			List<ChildJvm> clients, ManagerRequest request, RunContext context) {
		long nanos = together(side, side, firstEntry, clients, context);
		Map<String, String[]> entries = dump(manager);
		int operations = request.operations();
		long expected = (long) clients.size() * operations;
		boolean inOrder = true;
		long appends = 0;
		for (String[] entry : entries.values()) {
			appends += entry[0].equals("list") ? entry.length - 2 : 0;
		}
		for (int worker = 0; worker < clients.size(); worker++) {
			inOrder &= holdsInOrder(entries.get("worker-" + worker), operations);
		}
		String[] total = entries.get(ManagerClient.TOTAL);
		long actual = (total != null && total[0].equals("number")) ? Long.parseLong(total[2]) : 0;
		int keysExpected = clients.size() + 1;
		boolean exact = inOrder && entries.size() == keysExpected && actual == expected;
		return new ManagerResult.Dict(clients.size(), expected, calls, Millis.of(nanos), micros(nanos, expected), exact,
				keysExpected, entries.size(), expected, appends, inOrder, expected, actual, expected - actual);
	}

	/** The same count of increments of a counter in a mapped file, under a FileLock. */
	private static ManagerResult.Mapped mapped(Path file, List<ChildJvm> clients, ManagerRequest request,
			RunContext context) throws Exception {
		Files.write(file, new byte[CounterWorker.SIZE]);
		long nanos = together(ManagerClient.MAPPED + " " + file, CounterWorker.FILE_LOCK, 2 * clients.size(), clients,
				context);
		long expected = (long) clients.size() * request.operations();
		long actual = ByteBuffer.wrap(Files.readAllBytes(file)).getInt(CounterWorker.COUNTER);
		return new ManagerResult.Mapped(clients.size(), expected, Millis.of(nanos), micros(nanos, expected),
				actual == expected, expected, actual);
	}

	/**
	 * Tells every client the side, waits until all are armed, lets them go at once and
	 * waits until all are done.
	 * @return nanoseconds from {@code go} until the last was done
	 */
	private static long together(String side, String label, int firstEntry, List<ChildJvm> clients,
			RunContext context) {
		for (ChildJvm client : clients) {
			client.send(side);
		}
		for (ChildJvm client : clients) {
			Replies.expect(client, CounterWorker.ARMED);
		}
		long go = System.nanoTime();
		for (ChildJvm client : clients) {
			client.send(CounterWorker.GO);
		}
		for (int i = 0; i < clients.size(); i++) {
			ChildJvm client = clients.get(i);
			String[] done = Replies.expect(client, "done"); // done <start> <end>
			context.record(firstEntry + i, client.name() + " " + label, Replies.instant(done[1]),
					Replies.instant(done[2]));
		}
		return System.nanoTime() - go;
	}

	/** What the manager holds, by key: each entry's fields, its kind first. */
	private static Map<String, String[]> dump(ChildJvm manager) {
		manager.send(ManagerServer.DUMP);
		Map<String, String[]> entries = new HashMap<>();
		String line;
		while (!ManagerServer.END.equals(line = manager.readLine())) {
			if (line == null) {
				throw new IllegalStateException(manager.name() + " ended before it had listed the dict");
			}
			String[] fields = line.split(" ");
			entries.put(fields[1], fields);
		}
		return entries;
	}

	/** Whether the list holds exactly 0, 1, … {@code operations − 1}, in that order. */
	private static boolean holdsInOrder(String[] entry, int operations) {
		if (entry == null || !entry[0].equals("list") || entry.length - 2 != operations) {
			return false;
		}
		for (int i = 0; i < operations; i++) {
			if (Integer.parseInt(entry[i + 2]) != i) {
				return false;
			}
		}
		return true;
	}

	/** Microseconds an operation, to a hundredth. */
	private static double micros(long nanos, long operations) {
		return Math.round(nanos / 10.0 / operations) / 100.0;
	}

}

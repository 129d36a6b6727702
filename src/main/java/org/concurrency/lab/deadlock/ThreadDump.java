package org.concurrency.lab.deadlock;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.sun.management.HotSpotDiagnosticMXBean;
import org.concurrency.lab.experiment.Millis;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JDK's JSON thread dump, {@link HotSpotDiagnosticMXBean#dumpThreads} (what
 * {@code jcmd <pid> Thread.dump_to_file -format=json} writes): the one thread dump that
 * lists virtual threads, grouped by the thread containers (executors, scopes) that
 * started them. Since JDK 25 (JDK-8356870) each thread has its state and, when parked,
 * the identity of its park blocker ({@code parkBlocker.object}); a monitor's owner can be
 * read from {@code monitorsOwned}, but a {@code java.util.concurrent} lock's owner only
 * from JDK 26 on (JDK-8365057 adds {@code parkBlocker.owner}).
 */
final class ThreadDump {

	private static final HotSpotDiagnosticMXBean DIAGNOSTIC = ManagementFactory
		.getPlatformMXBean(HotSpotDiagnosticMXBean.class);

	private ThreadDump() {
	}

	/** Dumps every thread of the JVM and keeps the entries of {@code threads}. */
	static Taken of(Collection<Thread> threads) throws IOException {
		Set<Long> ids = threads.stream().map(Thread::threadId).collect(Collectors.toSet());
		Path directory = Files.createTempDirectory("lab-thread-dump-");
		Path file = directory.resolve("threads.json");
		long start = System.nanoTime();
		try {
			DIAGNOSTIC.dumpThreads(file.toAbsolutePath().toString(), HotSpotDiagnosticMXBean.ThreadDumpFormat.JSON);
			double tookMs = Millis.since(start);
			JsonNode root = JsonMapper.shared().readTree(Files.readString(file));
			Map<Long, Entry> entries = new LinkedHashMap<>();
			for (JsonNode container : root.path("threadDump").path("threadContainers")) {
				for (JsonNode thread : container.path("threads")) {
					long tid = Long.parseLong(thread.path("tid").asString());
					if (ids.contains(tid)) {
						entries.put(tid, Entry.of(tid, container.path("container").asString(), thread));
					}
				}
			}
			return new Taken(entries, tookMs);
		}
		finally {
			Files.deleteIfExists(file);
			Files.deleteIfExists(directory);
		}
	}

	/**
	 * The dump's entries of the threads asked for, by thread id.
	 *
	 * @param entries by thread id
	 * @param tookMs how long the JVM took to write the dump
	 */
	record Taken(Map<Long, Entry> entries, double tookMs) {
	}

	/**
	 * One thread as the dump describes it.
	 *
	 * @param tid its id
	 * @param container the thread container it belongs to
	 * @param name its name
	 * @param state its state
	 * @param parkBlocker the identity string of what it is parked on, if parked
	 * @param parkBlockerOwner the id of the thread owning that, if the dump says (JDK
	 * 26+)
	 * @param fields the names of the fields the dump gave it, in order
	 */
	record Entry(long tid, String container, String name, String state, @Nullable String parkBlocker,
			@Nullable Long parkBlockerOwner, List<String> fields) {

		static Entry of(long tid, String container, JsonNode thread) {
			JsonNode blocker = thread.path("parkBlocker");
			String object = blocker.path("object").isMissingNode() ? null : blocker.path("object").asString();
			JsonNode owner = blocker.path("owner");
			Long ownerId = (owner.isMissingNode() || owner.isNull()) ? null : Long.parseLong(owner.asString());
			return new Entry(tid, container, thread.path("name").asString(), thread.path("state").asString(""), object,
					ownerId, new ArrayList<>(thread.propertyNames()));
		}

	}

}

package org.concurrency.lab.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.sun.management.HotSpotDiagnosticMXBean;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JDK's own JSON thread dump ({@link HotSpotDiagnosticMXBean#dumpThreads}, what
 * {@code jcmd <pid> Thread.dump_to_file -format=json} writes), read back: the one thread
 * dump that lists virtual threads, grouped by the thread containers that started them
 * (the root, each pool, each {@code StructuredTaskScope}), each container with its parent
 * and its owner. Since JDK 25 (JDK-8356870) each thread has its state and, when parked,
 * the identity of its park blocker ({@code parkBlocker.object}); a
 * {@code java.util.concurrent} lock's owner only from JDK 26 on (JDK-8365057 adds
 * {@code parkBlocker.owner}).
 */
public final class ThreadDump {

	private static final HotSpotDiagnosticMXBean DIAGNOSTIC = ManagementFactory
		.getPlatformMXBean(HotSpotDiagnosticMXBean.class);

	private ThreadDump() {
	}

	/**
	 * A dump of the JVM's threads, taken now, keeping only the containers whose name
	 * {@code keep} accepts and the threads of {@code threads}: read as a stream, one
	 * thread at a time, so that a hundred thousand virtual threads of another run cost no
	 * memory.
	 */
	public static Dump take(Predicate<String> keep, Collection<Thread> threads) {
		Set<Long> ids = threads.stream().map(Thread::threadId).collect(Collectors.toSet());
		try {
			Path directory = Files.createTempDirectory("lab-thread-dump-");
			Path file = directory.resolve("threads.json");
			long start = System.nanoTime();
			try {
				DIAGNOSTIC.dumpThreads(file.toAbsolutePath().toString(), HotSpotDiagnosticMXBean.ThreadDumpFormat.JSON);
				double tookMs = Millis.since(start);
				try (JsonParser parser = JsonMapper.shared().createParser(file.toFile())) {
					return new Dump(containers(parser, keep, ids), tookMs);
				}
			}
			finally {
				Files.deleteIfExists(file);
				Files.deleteIfExists(directory);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Each container of {@code threadDump.threadContainers}, read field by field. */
	private static List<Container> containers(JsonParser parser, Predicate<String> keep, Set<Long> ids) {
		List<Container> containers = new ArrayList<>();
		Map<String, String> names = new HashMap<>();
		while (parser.nextToken() != null) {
			if (parser.currentToken() == JsonToken.PROPERTY_NAME && "threadContainers".equals(parser.currentName())) {
				parser.nextToken(); // [
				while (parser.nextToken() == JsonToken.START_OBJECT) {
					containers.add(container(parser, keep, ids, names));
				}
			}
		}
		// an owner is named once every container is read: it may come after its scope
		return containers.stream()
			.filter((container) -> keep.test(container.name()) || !container.threads().isEmpty())
			.map((container) -> new Container(container.name(), container.parent(),
					(container.owner() != null) ? names.getOrDefault(container.owner(), "#" + container.owner()) : null,
					container.threads()))
			.toList();
	}

	/**
	 * One container; its threads kept where it or they are wanted, the others skipped.
	 */
	private static Container container(JsonParser parser, Predicate<String> keep, Set<Long> ids,
			Map<String, String> names) {
		String name = "";
		String parent = null;
		String owner = null;
		List<DumpedThread> threads = new ArrayList<>();
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String field = parser.currentName();
			JsonToken value = parser.nextToken();
			switch (field) {
				case "container" -> name = parser.getString();
				case "parent" -> parent = (value == JsonToken.VALUE_NULL) ? null : parser.getString();
				case "owner" -> owner = (value == JsonToken.VALUE_NULL) ? null : parser.getString();
				case "threads" -> {
					while (parser.nextToken() == JsonToken.START_OBJECT) {
						JsonNode thread = parser.readValueAsTree();
						DumpedThread dumped = DumpedThread.of(name, thread);
						if (!dumped.virtual() || keep.test(name) || ids.contains(dumped.tid())) {
							names.put(Long.toString(dumped.tid()), dumped.name());
						}
						if (keep.test(name) || ids.contains(dumped.tid())) {
							threads.add(dumped);
						}
					}
				}
				default -> parser.skipChildren();
			}
		}
		return new Container(name, parent, owner, threads);
	}

	private static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return (value.isMissingNode() || value.isNull()) ? null : value.asString();
	}

	/**
	 * A thread dump.
	 *
	 * @param containers the containers kept, and those holding a thread asked for
	 * @param tookMs how long the JVM took to write it
	 */
	public record Dump(List<Container> containers, double tookMs) {

		/** The dump's entries of {@code threads}, by thread id. */
		public Map<Long, DumpedThread> of(Collection<Thread> threads) {
			Set<Long> ids = threads.stream().map(Thread::threadId).collect(Collectors.toSet());
			Map<Long, DumpedThread> entries = new LinkedHashMap<>();
			for (Container container : this.containers) {
				for (DumpedThread thread : container.threads()) {
					if (ids.contains(thread.tid())) {
						entries.put(thread.tid(), thread);
					}
				}
			}
			return entries;
		}

	}

	/**
	 * A thread container.
	 *
	 * @param name as the dump names it, e.g. {@code all-succeed/jdk.internal...@1b2c}
	 * @param parent the container it is in, or {@code null} for the root
	 * @param owner the thread that owns it (a scope's opener), by name
	 * @param threads its threads
	 */
	public record Container(String name, @Nullable String parent, @Nullable String owner, List<DumpedThread> threads) {
	}

	/**
	 * One thread as the dump describes it.
	 *
	 * @param tid its id
	 * @param name its name
	 * @param container the thread container it belongs to
	 * @param virtual whether it is virtual
	 * @param state its state
	 * @param parkBlocker the identity string of what it is parked on, if parked
	 * @param parkBlockerOwner the id of the thread owning that, if the dump says (JDK
	 * 26+)
	 * @param fields the names of the fields the dump gave it, in order
	 */
	public record DumpedThread(long tid, String name, String container, boolean virtual, String state,
			@Nullable String parkBlocker, @Nullable Long parkBlockerOwner, List<String> fields) {

		static DumpedThread of(String container, JsonNode thread) {
			JsonNode blocker = thread.path("parkBlocker");
			String object = blocker.path("object").isMissingNode() ? null : blocker.path("object").asString();
			String owner = text(blocker, "owner");
			return new DumpedThread(Long.parseLong(thread.path("tid").asString()), thread.path("name").asString(),
					container, thread.path("virtual").asBoolean(), thread.path("state").asString(""), object,
					(owner != null) ? Long.valueOf(owner) : null, new ArrayList<>(thread.propertyNames()));
		}

	}

}

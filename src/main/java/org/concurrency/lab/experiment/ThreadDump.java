package org.concurrency.lab.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.HotSpotDiagnosticMXBean;
import org.jspecify.annotations.Nullable;

/**
 * The JDK's own JSON thread dump ({@code HotSpotDiagnosticMXBean.dumpThreads}, what
 * {@code jcmd Thread.dump_to_file -format=json} writes), read back: its thread containers
 * (the root, each pool, each {@code StructuredTaskScope}), each with its parent, its
 * owner and its threads, virtual ones included.
 */
public final class ThreadDump {

	private static final ObjectMapper JSON = new ObjectMapper();

	private ThreadDump() {
	}

	/** The containers of a dump taken now. */
	public static List<Container> take() {
		Path file = null;
		try {
			file = Files.createTempFile("lab-thread-dump-", ".json");
			Files.delete(file);
			ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
				.dumpThreads(file.toString(), HotSpotDiagnosticMXBean.ThreadDumpFormat.JSON);
			return containers(JSON.readTree(file.toFile()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			if (file != null) {
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException ex) {
					// a temp file left behind is all it costs
				}
			}
		}
	}

	private static List<Container> containers(JsonNode dump) {
		Map<String, String> names = new HashMap<>();
		JsonNode all = dump.path("threadDump").path("threadContainers");
		for (JsonNode container : all) {
			for (JsonNode thread : container.path("threads")) {
				names.put(thread.path("tid").asText(), thread.path("name").asText());
			}
		}
		List<Container> containers = new ArrayList<>();
		for (JsonNode container : all) {
			List<DumpedThread> threads = new ArrayList<>();
			for (JsonNode thread : container.path("threads")) {
				threads.add(new DumpedThread(thread.path("tid").asLong(), thread.path("name").asText(),
						thread.path("virtual").asBoolean(), text(thread, "state")));
			}
			String owner = text(container, "owner");
			containers.add(new Container(container.path("container").asText(), text(container, "parent"),
					(owner != null) ? names.getOrDefault(owner, "#" + owner) : null, threads));
		}
		return containers;
	}

	private static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value == null || value.isNull()) ? null : value.asText();
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
	 * A thread of a container.
	 *
	 * @param tid its id
	 * @param name its name
	 * @param virtual whether it is virtual
	 * @param state its state, where the dump says
	 */
	public record DumpedThread(long tid, String name, boolean virtual, @Nullable String state) {
	}

}

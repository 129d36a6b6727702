package org.concurrency.lab.experiment;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class WorkerLaunchTests {

	@Test
	void outerJarOfShouldFindTheExecutableJarOfANestedLocation() {
		assertThat(WorkerLaunch.outerJarOf("jar:nested:/app/lab.jar/!BOOT-INF/classes/!/")).isEqualTo("/app/lab.jar");
		assertThat(WorkerLaunch.outerJarOf("nested:/app/lab.jar/!BOOT-INF/classes/")).isEqualTo("/app/lab.jar");
	}

	@Test
	void outerJarOfWhenPlainDirectoryOrJarShouldBeNull() {
		assertThat(WorkerLaunch.outerJarOf("file:/work/target/classes/")).isNull();
		assertThat(WorkerLaunch.outerJarOf("file:/app/application.jar")).isNull();
	}

	@Test
	void copyClassesShouldCopyOnlyTheLabsOwnClasses(@TempDir Path dir) throws Exception {
		Path jar = dir.resolve("lab.jar");
		try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
			for (String name : List.of("BOOT-INF/classes/org/lab/A.class", "BOOT-INF/classes/application.properties",
					"BOOT-INF/lib/spring.jar", "org/springframework/boot/loader/Launcher.class")) {
				out.putNextEntry(new JarEntry(name));
				out.write(name.getBytes(StandardCharsets.UTF_8));
				out.closeEntry();
			}
		}
		Path classes = WorkerLaunch.copyClasses(jar, dir);
		try (Stream<Path> files = Files.walk(classes)) {
			assertThat(files.filter(Files::isRegularFile).map((file) -> classes.relativize(file).toString()))
				.containsExactlyInAnyOrder("org/lab/A.class", "application.properties", WorkerLaunch.OWNER);
		}
		assertThat(classes.resolve("org/lab/A.class")).hasContent("BOOT-INF/classes/org/lab/A.class");
	}

	@Test
	void removeStaleCopiesShouldDeleteOnlyTheCopiesOfLabsThatAreGone(@TempDir Path dir) throws Exception {
		Path mine = Files.createDirectory(dir.resolve("concurrency-lab-worker-mine"));
		ProcessHandle self = ProcessHandle.current();
		Files.writeString(mine.resolve(WorkerLaunch.OWNER),
				self.pid() + " " + self.info().startInstant().orElseThrow());
		Path killed = Files.createDirectories(dir.resolve("concurrency-lab-worker-killed/org"));
		// a pid no process has: the lab that made this copy was killed
		Files.writeString(killed.getParent().resolve(WorkerLaunch.OWNER), Long.MAX_VALUE + " 2026-01-01T00:00:00Z");
		Path reused = Files.createDirectory(dir.resolve("concurrency-lab-worker-reused"));
		// this process's pid, but another start: the pid was reused since
		Files.writeString(reused.resolve(WorkerLaunch.OWNER), self.pid() + " 2000-01-01T00:00:00Z");
		Path other = Files.createDirectory(dir.resolve("something-else"));
		// no owner named: an older lab's copy, which may still be running
		Path unnamed = Files.createDirectory(dir.resolve("concurrency-lab-worker-unnamed"));
		assertThat(WorkerLaunch.removeStaleCopies(dir)).isEqualTo(2);
		assertThat(mine).exists();
		assertThat(other).exists();
		assertThat(unnamed).exists();
		assertThat(killed.getParent()).doesNotExist();
		assertThat(reused).doesNotExist();
	}

	@Test
	void commandShouldRunWorkerMainOnTheSameJava() {
		assertThat(WorkerLaunch.detect().command(WorkerCommand.class, List.of("a"))).first()
			.asString()
			.startsWith(System.getProperty("java.home"));
		assertThat(WorkerLaunch.detect().command(WorkerCommand.class, List.of("a")))
			.endsWith(WorkerMain.class.getName(), WorkerCommand.class.getName(), "a");
	}

	@Test
	void commandWithJvmOptionsShouldPutThemBeforeTheClassPath() {
		List<String> command = WorkerLaunch.detect()
			.command(List.of("-Djdk.virtualThreadScheduler.parallelism=2"), WorkerCommand.class, List.of("a"));
		assertThat(command.indexOf("-Djdk.virtualThreadScheduler.parallelism=2")).isPositive()
			.isGreaterThan(command.indexOf("-XX:+UseSerialGC"))
			.isLessThan(command.indexOf("-cp"));
		assertThat(command).endsWith(WorkerMain.class.getName(), WorkerCommand.class.getName(), "a");
	}

}

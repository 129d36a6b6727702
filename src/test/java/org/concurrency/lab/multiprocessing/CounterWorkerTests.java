package org.concurrency.lab.multiprocessing;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CounterWorkerTests {

	@TempDir
	Path directory;

	@ParameterizedTest
	@ValueSource(strings = { CounterWorker.UNSAFE, CounterWorker.FILE_LOCK })
	void runWhenAloneShouldCountEveryIncrement(String mode) throws Exception {
		Path file = this.directory.resolve("counter");
		Files.write(file, new byte[CounterWorker.SIZE]);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
			new CounterWorker().run(List.of(file.toString(), "2500", mode, "1"),
					new BufferedReader(new StringReader("go\n")), out);
		}
		assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith("armed\ndone ");
		assertThat(ByteBuffer.wrap(Files.readAllBytes(file)).getInt(CounterWorker.COUNTER)).isEqualTo(2500);
	}

	@Test
	void runWithoutGoShouldCountNothing() throws Exception {
		Path file = this.directory.resolve("counter");
		Files.write(file, new byte[CounterWorker.SIZE]);
		new CounterWorker().run(List.of(file.toString(), "2500", CounterWorker.UNSAFE, "1"),
				new BufferedReader(new StringReader("")), new PrintStream(new ByteArrayOutputStream()));
		assertThat(ByteBuffer.wrap(Files.readAllBytes(file)).getInt(CounterWorker.COUNTER)).isZero();
	}

	@Test
	void fileLockShouldBelongToTheProcessNotToTheThread() throws Exception {
		Path file = this.directory.resolve("counter");
		Files.write(file, new byte[CounterWorker.SIZE]);
		try (FileChannel first = FileChannel.open(file, StandardOpenOption.WRITE);
				FileChannel second = FileChannel.open(file, StandardOpenOption.WRITE);
				FileLock held = first.lock(0, 4, false)) {
			AtomicReference<Throwable> other = new AtomicReference<>();
			Thread thread = Thread.ofPlatform().start(() -> {
				try {
					second.tryLock(0, 4, false);
				}
				catch (Throwable ex) {
					other.set(ex);
				}
			});
			thread.join();
			// another thread of the same JVM is not made to wait: the JVM already holds
			// it
			assertThat(other.get()).isInstanceOf(OverlappingFileLockException.class);
			assertThat(held.isValid()).isTrue();
		}
	}

}

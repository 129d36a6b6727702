package org.concurrency.lab.multiprocessing;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The manager process's dict and lock, served on a real Unix socket. */
class ManagerServerTests {

	@TempDir
	Path directory;

	@Test
	void callsShouldReadWriteAndAppendAndDumpShouldListAndEmptyTheDict() throws Exception {
		try (ManagerThread manager = new ManagerThread(this.directory);
				ManagerClient.DictProxy dict = new ManagerClient.DictProxy(manager.socket)) {
			assertThat(dict.get("total")).isZero();
			dict.put("total", 41);
			dict.put("total", dict.get("total") + 1);
			dict.append("worker-0", 0);
			dict.append("worker-0", 1);
			assertThat(manager.dump()).containsExactly("number total 42", "list worker-0 0 1");
			assertThat(manager.dump()).isEmpty();
		}
	}

	@Test
	void lockShouldBeGivenBackWhenItsHolderDisconnects() throws Exception {
		try (ManagerThread manager = new ManagerThread(this.directory);
				ManagerClient.DictProxy first = new ManagerClient.DictProxy(manager.socket);
				ManagerClient.DictProxy second = new ManagerClient.DictProxy(manager.socket)) {
			first.lock();
			first.close(); // ends holding the lock
			second.lock(); // would answer timeout after 10 s were it still held
			second.unlock();
		}
	}

	@Test
	void unlockWithoutTheLockShouldAnswerAnErrorNotEndTheConnection() throws Exception {
		ManagerServer server = new ManagerServer();
		assertThat(server.call("unlock")).isEqualTo("error not locked");
		assertThat(server.call("get total")).isEqualTo("none");
		assertThat(server.call("lock")).isEqualTo("locked");
		assertThat(server.call("unlock")).isEqualTo("unlocked");
	}

}

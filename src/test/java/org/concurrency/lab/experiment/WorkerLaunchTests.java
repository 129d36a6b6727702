package org.concurrency.lab.experiment;

import org.junit.jupiter.api.Test;

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
	void commandShouldRunWorkerMainOnTheSameJava() {
		assertThat(WorkerLaunch.detect().command(WorkerCommand.class, java.util.List.of("a"))).first()
			.asString()
			.startsWith(System.getProperty("java.home"));
		assertThat(WorkerLaunch.detect().command(WorkerCommand.class, java.util.List.of("a")))
			.endsWith(WorkerMain.class.getName(), WorkerCommand.class.getName(), "a");
	}

}

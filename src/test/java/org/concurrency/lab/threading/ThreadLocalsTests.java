package org.concurrency.lab.threading;

import java.util.HashMap;
import java.util.Map;

import org.concurrency.lab.experiment.Engines;
import org.concurrency.lab.experiment.ExperimentEngine;
import org.concurrency.lab.experiment.Report;
import org.concurrency.lab.experiment.RunStatus;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ThreadLocalsTests {

	private final ExperimentEngine engine = Engines.defaults();

	@RepeatedTest(3)
	void runShouldLeakThroughAThreadLocalNeverRemovedAndNeverThroughAScopedValue() {
		Report<ThreadLocalRequest, ThreadLocalResult> report = run(2, 6);
		assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(report.result().variants()).extracting(ThreadLocalResult.Variant::variant)
			.containsExactly("thread-local", "thread-local-removed", "scoped-value");
		ThreadLocalResult.Variant leaky = report.result().variants().get(0);
		// 6 tasks on 2 threads: at least 4 ran on a thread that had run one before
		assertThat(leaky.leaks()).isGreaterThanOrEqualTo(4)
			.isEqualTo((int) leaky.tasks().stream().filter(ThreadLocalResult.Task::leaked).count());
		// a pool thread takes tasks in order: each saw the user of its thread's task
		// before
		Map<String, String> lastOnWorker = new HashMap<>();
		for (ThreadLocalResult.Task task : leaky.tasks()) {
			assertThat(task.seenAtStart()).isEqualTo(lastOnWorker.get(task.worker()));
			assertThat(task.seenWhileBound()).isEqualTo(task.valueSet());
			lastOnWorker.put(task.worker(), task.valueSet());
		}
		for (ThreadLocalResult.Variant fixed : report.result().variants().subList(1, 3)) {
			assertThat(fixed.leaks()).isZero();
			assertThat(fixed.tasks()).hasSize(6).allSatisfy((task) -> {
				assertThat(task.seenAtStart()).isNull();
				assertThat(task.seenWhileBound()).isEqualTo(task.valueSet());
			});
		}
	}

	@Test
	void runShouldShowWhichMechanismAChildThreadInherits() {
		ThreadLocalResult result = run(1, 2).result();
		assertThat(result.inheritance()).extracting(ThreadLocalResult.Inheritance::mechanism)
			.containsExactly("ThreadLocal", "InheritableThreadLocal", "ScopedValue");
		assertThat(result.inheritance()).extracting(ThreadLocalResult.Inheritance::childSaw)
			.containsExactly(null, "parent-user", null);
	}

	@Test
	void runWhenOneWorkerShouldLeakIntoEveryTaskButTheFirst() {
		ThreadLocalResult.Variant leaky = run(1, 5).result().variants().get(0);
		assertThat(leaky.leaks()).isEqualTo(4);
		assertThat(leaky.tasks()).extracting(ThreadLocalResult.Task::seenAtStart)
			.containsExactly(null, "user-0", "user-1", "user-2", "user-3");
	}

	private Report<ThreadLocalRequest, ThreadLocalResult> run(int workers, int tasks) {
		return this.engine.run(new ThreadLocals(), new ThreadLocalRequest(workers, tasks));
	}

}

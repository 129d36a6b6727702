package org.concurrency.lab.multiprocessing;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConsumerWorkerTests {

	@Test
	void runShouldCountDuplicatesAndItemsOutOfOrder() throws Exception {
		// consumed <count> <distinct> <duplicates> <out of order> <checksum> <start>
		// <end>
		String[] consumed = consume("item 0 5\nitem 2 7\nitem 2 7\nitem 1 6\nend\n");
		assertThat(consumed[0]).isEqualTo("consumed");
		assertThat(consumed[1]).isEqualTo("4");
		assertThat(consumed[2]).isEqualTo("3");
		assertThat(consumed[3]).isEqualTo("1");
		assertThat(consumed[4]).isEqualTo("3");
	}

	@Test
	void runShouldComputeTheProducersChecksumFromWhatItProduced() throws Exception {
		String produced = run(new ProducerWorker(), List.of("50"), "");
		StringBuilder items = new StringBuilder();
		String summary = null;
		for (String line : produced.split("\n")) {
			if (line.startsWith("item ")) {
				items.append(line).append('\n');
			}
			else {
				summary = line;
			}
		}
		String[] consumed = consume(items + "end\n");
		assertThat(summary).startsWith("produced 50 ");
		assertThat(consumed[1]).isEqualTo("50");
		assertThat(consumed[2]).isEqualTo("50");
		assertThat(consumed[3]).isEqualTo("0");
		assertThat(consumed[4]).isEqualTo("0");
		assertThat(consumed[5]).isEqualTo(summary.split(" ")[2]);
	}

	@Test
	void runShouldGiveADifferentChecksumWhenAnItemIsMissing() throws Exception {
		String[] all = consume("item 0 5\nitem 1 6\nitem 2 7\nend\n");
		String[] oneLost = consume("item 0 5\nitem 2 7\nend\n");
		assertThat(oneLost[5]).isNotEqualTo(all[5]);
	}

	private static String[] consume(String input) throws Exception {
		return run(new ConsumerWorker(), List.of(), input).trim().split(" ");
	}

	private static String run(org.concurrency.lab.experiment.WorkerCommand command, List<String> args, String input)
			throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
			command.run(args, new BufferedReader(new StringReader(input)), out);
		}
		return bytes.toString(StandardCharsets.UTF_8);
	}

}

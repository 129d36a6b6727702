package org.concurrency.lab.experiment;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.util.List;

/**
 * What a child JVM does. An implementation runs in a JVM that has not booted Spring, so
 * it may use only the JDK and classes that themselves use only the JDK. It needs a public
 * no-argument constructor. It reads requests, if any, from {@code in} and writes one line
 * per answer to {@code out}.
 */
public interface WorkerCommand {

	void run(List<String> args, BufferedReader in, PrintStream out) throws Exception;

}

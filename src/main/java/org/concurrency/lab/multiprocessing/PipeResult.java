package org.concurrency.lab.multiprocessing;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * What came back over the pipe.
 *
 * @param messages requests sent
 * @param answersCorrect answers that were the square of their request
 * @param roundTripMs how long a request took to be answered
 * @param child the child that answered, as the note names it (not reported)
 */
public record PipeResult(int messages, int answersCorrect, Latency roundTripMs, @JsonIgnore String child) {

	/**
	 * Round-trip times, in milliseconds.
	 *
	 * @param min the fastest
	 * @param median the middle one
	 * @param max the slowest
	 */
	public record Latency(double min, double median, double max) {
	}

}

package org.concurrency.lab.experiment;

/**
 * A lesson built on a preview API that this JVM or this build cannot run: answered
 * {@code 501 Not Implemented}, the one 5xx the lab gives, with what is needed.
 */
public class PreviewUnavailableException extends RuntimeException {

	PreviewUnavailableException(String message) {
		super(message);
	}

}

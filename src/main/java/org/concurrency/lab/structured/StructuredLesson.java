package org.concurrency.lab.structured;

import org.concurrency.lab.experiment.RunContext;

/**
 * One structured-concurrency lesson, as compiled apart against the preview API: the
 * variant hands it its request and its run's context. Public, since the lessons live in a
 * loader of their own.
 */
public interface StructuredLesson {

	StructuredResult run(StructuredRequest request, RunContext context) throws Exception;

}

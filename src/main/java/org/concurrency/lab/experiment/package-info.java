/**
 * The engine every topic runs on: an {@link org.concurrency.lab.experiment.Experiment}
 * runs on its own main thread within the lab's limits and deadline, starts its threads
 * and child JVMs from its {@link org.concurrency.lab.experiment.RunContext} so they are
 * counted and none outlives it, and comes back as a
 * {@link org.concurrency.lab.experiment.Report}.
 */
@NullMarked
package org.concurrency.lab.experiment;

import org.jspecify.annotations.NullMarked;

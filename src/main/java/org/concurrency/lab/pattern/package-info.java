/**
 * The concurrent design patterns of the guides — pipeline, fan-out/fan-in, actors, a
 * worker pool, a concurrent cache — on Java threads and blocking queues, each proving
 * itself with counts a user can check, beside the broken variant it replaces.
 */
@NullMarked
package org.concurrency.lab.pattern;

import org.jspecify.annotations.NullMarked;

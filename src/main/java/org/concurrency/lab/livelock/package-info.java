/**
 * Livelock: two polite diners sharing one spoon, each handing it to the other as long as
 * the other is hungry, so both stay busy and neither eats; and the fix, a random back-off
 * during which the diner who stepped aside stops asking.
 */
@NullMarked
package org.concurrency.lab.livelock;

import org.jspecify.annotations.NullMarked;

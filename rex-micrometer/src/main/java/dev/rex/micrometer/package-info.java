/** Rex's metrics through Micrometer: {@link dev.rex.micrometer.RexMetrics}, a Rex plugin. */
@NullMarked
package dev.rex.micrometer;

import org.jspecify.annotations.NullMarked;

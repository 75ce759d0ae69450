/** How rex-realtime works inside: the change log per dialect, the reader, wake-ups and fan-out. */
@NullMarked
package dev.rex.realtime.internal;

import org.jspecify.annotations.NullMarked;

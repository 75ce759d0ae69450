/**
 * The plugin SPI: {@link dev.rex.plugin.RexPlugin} contributes dialects, execute listeners,
 * validators and cache listeners to each {@link dev.rex.Rex}, and starts and closes with it.
 */
@NullMarked
package dev.rex.plugin;

import org.jspecify.annotations.NullMarked;

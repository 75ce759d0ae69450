/**
 * Hooks around every statement Rex executes: {@link dev.rex.listener.ExecuteListener} with no-op
 * defaults, the {@link dev.rex.listener.ExecuteContext} parameter object it receives, and the SLF4J
 * {@link dev.rex.listener.LoggingExecuteListener} built on it.
 */
@NullMarked
package dev.rex.listener;

import org.jspecify.annotations.NullMarked;

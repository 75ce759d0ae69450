package dev.rex.runtime;

import org.jspecify.annotations.Nullable;

/**
 * What a driver reported about a failed statement beyond its message.
 *
 * @param sqlState the five-character SQLSTATE, or null
 * @param constraint the violated constraint's name, or null
 * @param table the table, or null
 * @param column the column, or null
 * @param detail the database's own one-line explanation, or null
 */
record ErrorDetails(
    @Nullable String sqlState,
    @Nullable String constraint,
    @Nullable String table,
    @Nullable String column,
    @Nullable String detail) {}

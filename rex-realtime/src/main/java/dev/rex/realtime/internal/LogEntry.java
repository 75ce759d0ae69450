package dev.rex.realtime.internal;

/**
 * One numbered change as the log's index lists it: where, which table, what operation. The row
 * images are read separately, per table, by {@link ImageReader}.
 *
 * @param position the change's number
 * @param schema the table's schema ({@code ""} where the database has none)
 * @param table the table's name
 */
public record LogEntry(long position, String schema, String table) {}

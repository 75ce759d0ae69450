/**
 * The entry point: {@link dev.rex.Rex} connects to a database (pooled, dialect detected) and runs
 * queries, transactions, batches and raw SQL. {@link dev.rex.Database} is what both a {@code Rex}
 * and a transaction offer.
 */
@NullMarked
package dev.rex;

import org.jspecify.annotations.NullMarked;

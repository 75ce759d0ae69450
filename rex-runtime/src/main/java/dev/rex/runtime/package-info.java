/**
 * The machinery behind {@link dev.rex.Rex}: the JDBC executor, the per-connection prepared
 * statement cache, transactions and savepoints, row reading and SQLSTATE translation. Not API:
 * everything here may change without notice.
 */
@NullMarked
package dev.rex.runtime;

import org.jspecify.annotations.NullMarked;

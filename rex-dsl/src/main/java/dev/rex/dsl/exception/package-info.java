/**
 * Rex's unchecked, typed errors. {@link dev.rex.dsl.exception.DataAccessException} and its
 * subclasses carry the SQL, and where the driver reports them, the SQLSTATE, constraint and table.
 */
@NullMarked
package dev.rex.dsl.exception;

import org.jspecify.annotations.NullMarked;

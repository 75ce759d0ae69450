/**
 * A JUnit 5 extension for applications' tests: {@link dev.rex.testing.RexTest} gives a test class a
 * migrated {@link dev.rex.Rex} and rolls every test back. See {@code docs/testing.md}.
 */
@NullMarked
package dev.rex.testing;

import org.jspecify.annotations.NullMarked;

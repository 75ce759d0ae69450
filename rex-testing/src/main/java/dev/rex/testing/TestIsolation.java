package dev.rex.testing;

/** How {@link RexTest} keeps tests from seeing each other's writes. */
public enum TestIsolation {
  /**
   * The default: the class shares a database migrated once per JVM, and works on one connection
   * inside a transaction that is rolled back when the class ends; each test runs in a savepoint of
   * it that is rolled back when the test ends, so what {@code @BeforeAll} writes is seen by every
   * test of the class and what a test writes by no other. Rex's own transactions, even top-level
   * ones that commit, become savepoints inside it.
   */
  ROLLBACK,
  /**
   * The class gets a new database, migrated for it and dropped after it, and an ordinary pooled
   * {@code Rex}: commits are real and several connections may be used at once (concurrency tests),
   * and the tests of the class see each other's writes.
   */
  DATABASE_PER_CLASS
}

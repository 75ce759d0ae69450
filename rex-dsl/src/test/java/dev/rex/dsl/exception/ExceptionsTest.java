package dev.rex.dsl.exception;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExceptionsTest {

  private static final Throwable CAUSE = new IllegalStateException("driver");

  @Test
  void constraintViolationsCarryWhatTheDriverReported() {
    List<IntegrityConstraintViolationException> violations =
        List.of(
            new UniqueViolationException("u", "insert …", "23505", "c", "t", "col", CAUSE),
            new ForeignKeyViolationException("f", "insert …", "23503", "c", "t", "col", CAUSE),
            new NotNullViolationException("n", "insert …", "23502", "c", "t", "col", CAUSE),
            new CheckViolationException("k", "insert …", "23514", "c", "t", "col", CAUSE),
            new IntegrityConstraintViolationException("i", null, null, null, null, null, null));
    for (IntegrityConstraintViolationException violation : violations.subList(0, 4)) {
      assertThat(violation.sql()).isEqualTo("insert …");
      assertThat(violation.sqlState()).startsWith("235");
      assertThat(violation.constraint()).isEqualTo("c");
      assertThat(violation.table()).isEqualTo("t");
      assertThat(violation.column()).isEqualTo("col");
      assertThat(violation).hasCause(CAUSE).isInstanceOf(RexException.class);
    }
    IntegrityConstraintViolationException bare = violations.get(4);
    assertThat(bare.constraint()).isNull();
    assertThat(bare.sql()).isNull();
    assertThat(bare).hasMessage("i").hasNoCause();
  }

  @Test
  void transactionFailuresAreRollbacks() {
    assertThat(new DeadlockException("d", "s", "40P01", CAUSE))
        .isInstanceOf(TransactionRollbackException.class)
        .hasMessage("d");
    assertThat(new SerializationFailureException("s", "s", "40001", CAUSE).sqlState())
        .isEqualTo("40001");
    assertThat(new ConnectionException("c", null, "08001", CAUSE))
        .isInstanceOf(DataAccessException.class)
        .hasCause(CAUSE);
    assertThat(new RexException("plain")).hasMessage("plain").hasNoCause();
  }

  @Test
  void rowCountErrorsNameTheQuery() {
    assertThat(new TooManyRowsException("select 1"))
        .hasMessage("Expected at most one row, but the query returned more: select 1")
        .extracting(DataAccessException::sql)
        .isEqualTo("select 1");
    assertThat(new NoDataFoundException("select 2").sql()).isEqualTo("select 2");
    assertThat(new DetachedException("select 3")).hasMessageContaining("select 3");
  }
}

package dev.rex.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.dsl.dialect.PostgresDialect;
import dev.rex.dsl.exception.ConnectionException;
import dev.rex.dsl.exception.DataAccessException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SQLSTATEs that no test database produces on demand: every way the server ends a session is a
 * connection failure, a cancelled statement is not, and a pool timeout says what to look for.
 */
class ExceptionTranslatorTest {

  @ParameterizedTest
  @ValueSource(strings = {"57P01", "57P02", "57P03", "57P04", "57P05", "08006", "08003"})
  void aSessionTheServerEndedIsAConnectionFailure(String sqlState) {
    DataAccessException translated =
        ExceptionTranslator.translate(
            new SQLException("FATAL: gone", sqlState), "select 1", PostgresDialect.INSTANCE);

    assertThat(translated).isInstanceOf(ConnectionException.class);
    assertThat(translated.sqlState()).isEqualTo(sqlState);
  }

  @Test
  void aCancelledStatementIsNotAConnectionFailure() {
    DataAccessException translated =
        ExceptionTranslator.translate(
            new SQLException("ERROR: canceling statement due to user request", "57014"),
            "select pg_sleep(10)",
            PostgresDialect.INSTANCE);

    assertThat(translated).isNotInstanceOf(ConnectionException.class);
    assertThat(translated.sqlState()).isEqualTo("57014");
  }

  @Test
  void aPoolTimeoutHintsAtUnclosedStreamsAndNamesTheLastConnectionFailure() {
    SQLTransientConnectionException timeout =
        new SQLTransientConnectionException(
            "rex - Connection is not available, request timed out after 250ms.",
            "08001",
            new ConnectException("Connection refused"));

    DataAccessException translated = ExceptionTranslator.translate(timeout, null, null);

    assertThat(translated)
        .isInstanceOf(ConnectionException.class)
        .hasMessageContaining("No database connection became available in time")
        .hasMessageContaining("a stream that is never closed")
        .hasMessageContaining("The last attempt to connect failed: Connection refused");
  }
}

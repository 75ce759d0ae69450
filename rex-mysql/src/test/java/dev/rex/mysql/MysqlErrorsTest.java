package dev.rex.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.dsl.spi.ErrorDetails;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * The messages MySQL 8 writes where MariaDB's differ (the MariaDB ones are read from the server in
 * {@link MysqlDialectTest}): the constraint and table are read from them all the same.
 */
class MysqlErrorsTest {

  @Test
  void mysqlQualifiesTheDuplicatedKeyWithItsTable() {
    ErrorDetails details =
        MysqlErrors.details(
            new SQLException(
                "Duplicate entry 'Nina' for key 'artist.artist_name_key'", "23000", 1062));

    assertThat(details)
        .isEqualTo(new ErrorDetails("23505", "artist_name_key", "artist", null, null));
  }

  @Test
  void mysqlNamesAViolatedCheck() {
    ErrorDetails details =
        MysqlErrors.details(
            new SQLException("Check constraint 'album_price_check' is violated.", "HY000", 3819));

    assertThat(details.sqlState()).isEqualTo("23514");
    assertThat(details.constraint()).isEqualTo("album_price_check");
  }

  @Test
  void aDeadlockIsReportedAsOne() {
    ErrorDetails details =
        MysqlErrors.details(
            new SQLException(
                "Deadlock found when trying to get lock; try restarting transaction",
                "40001",
                1213));

    assertThat(details.sqlState()).isEqualTo("40P01");
  }

  @Test
  void otherErrorsKeepTheDriversSqlState() {
    assertThat(MysqlErrors.details(new SQLException("Table 'x' doesn't exist", "42S02", 1146)))
        .isEqualTo(new ErrorDetails("42S02", null, null, null, null));
    assertThat(MysqlErrors.details(new SQLException("odd", "23000", 1062)).constraint()).isNull();
    assertThat(MysqlErrors.details(new SQLException("odd", "23000", 1452)).sqlState())
        .isEqualTo("23503");
    assertThat(MysqlErrors.details(new SQLException("odd", "23000", 4025)).detail())
        .isEqualTo("odd");
  }
}

package dev.rex.dsl.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.dsl.exception.InvalidValueException;
import dev.rex.dsl.spi.Binding;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Binding#checkedBy}: every non-null value goes through the check before it is bound, a
 * refused one is not written, and reads (and the declared getter) are the binding's own. On a real
 * SQLite database.
 */
class CheckedBindingTest {

  @TempDir Path directory;

  private static String shortText(String value) {
    if (value.length() > 5) {
      throw new InvalidValueException("'" + value + "' is longer than 5 characters.");
    }
    return value.strip();
  }

  @Test
  void checksEachValueBeforeBindingItAndReadsAsTheBindingDoes() throws SQLException {
    Binding<String> checked = StandardBindings.STRING.checkedBy(CheckedBindingTest::shortText);
    try (Connection connection =
            DriverManager.getConnection("jdbc:sqlite:" + directory.resolve("checked.db"));
        Statement statement = connection.createStatement()) {
      statement.execute("create table t(v text)");
      try (PreparedStatement insert = connection.prepareStatement("insert into t values (?)")) {
        checked.set(insert, 1, " ab ");
        insert.executeUpdate();
        checked.set(insert, 1, null);
        insert.executeUpdate();
        assertThatThrownBy(() -> checked.set(insert, 1, "too long"))
            .isInstanceOf(InvalidValueException.class)
            .hasMessageContaining("longer than 5");
      }
      try (ResultSet rows = statement.executeQuery("select v from t order by rowid")) {
        assertThat(rows.next()).isTrue();
        assertThat(checked.get(rows, 1)).isEqualTo("ab");
        assertThat(rows.next()).isTrue();
        assertThat(checked.get(rows, 1)).isNull();
        assertThat(rows.next()).as("the refused value was not written").isFalse();
      }
    }
    assertThat(checked.getter()).isEqualTo(Binding.Getter.STRING);
    assertThat(StandardBindings.DECIMAL.checkedBy(v -> v).getter()).isEqualTo(Binding.Getter.OTHER);
  }
}

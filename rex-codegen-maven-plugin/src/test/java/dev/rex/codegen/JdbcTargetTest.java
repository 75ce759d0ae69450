package dev.rex.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcTargetTest {

  @TempDir Path dir;

  @Test
  void connectsWithSeparateCredentialsAndNeverPrintsThem() throws Exception {
    JdbcTarget target = new JdbcTarget("jdbc:sqlite:" + dir.resolve("a.db"), "app", "secret");

    try (Connection connection = target.connect()) {
      assertThat(connection.isValid(1)).isTrue();
    }
    assertThat(target.toString()).doesNotContain("secret");
  }

  @Test
  void reportsAUrlNoDriverAccepts() {
    assertThatThrownBy(() -> JdbcTarget.of("jdbc:nosuchdb:x").connect())
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("No suitable driver");
  }
}

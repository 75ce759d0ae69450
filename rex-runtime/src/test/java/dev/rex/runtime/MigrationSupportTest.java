package dev.rex.runtime;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.dsl.exception.RexException;
import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

class MigrationSupportTest {

  @Test
  void saysWhichDependencyToAddWhenRexMigrateIsAbsent() throws Exception {
    try (URLClassLoader withoutRexMigrate = new URLClassLoader(new URL[0], null)) {
      assertThatThrownBy(() -> MigrationSupport.require(withoutRexMigrate))
          .isInstanceOf(RexException.class)
          .hasMessage(
              "Rex.migrate needs the dependency dev.rex:rex-migrate (which brings Flyway) on the"
                  + " class path; dev.rex.migrate.Migrations was not found.");
    }
  }

  @Test
  void findsRexMigrateAndFlywayWhenPresent() {
    assertThatCode(() -> MigrationSupport.require(getClass().getClassLoader()))
        .doesNotThrowAnyException();
  }
}

package dev.rex.mysql.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.codegen.CodeGenerator;
import dev.rex.codegen.GenerationResult;
import dev.rex.codegen.GeneratorConfig;
import dev.rex.codegen.GeneratorLog;
import dev.rex.codegen.JdbcTarget;
import dev.rex.codegen.TargetDialects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rex:generate} for MySQL: Chinook, migrated into a throwaway database on MariaDB. */
class MysqlTargetTest {

  private static final Path CHINOOK =
      Path.of("..", "db", "src", "main", "resources", "db", "migration", "mysql");

  @TempDir Path dir;

  private final List<String> warnings = new ArrayList<>();
  private final GeneratorLog log =
      new GeneratorLog() {
        @Override
        public void info(String message) {}

        @Override
        public void warn(String message) {
          warnings.add(message);
        }
      };

  @Test
  void isFoundByNameOrAlias() {
    assertThat(TargetDialects.named("mysql")).isInstanceOf(MysqlTarget.class);
    assertThat(TargetDialects.named("MariaDB")).isInstanceOf(MysqlTarget.class);
  }

  @Test
  void generatesChinookFromAThrowawayDatabaseOnTheServerAndDropsIt() throws Exception {
    String server = MariaDb.requireServer();
    Path out = dir.resolve("generated");

    GenerationResult result =
        new CodeGenerator(log)
            .generate(
                GeneratorConfig.builder(MysqlTarget.INSTANCE, "chinook.mysql")
                    .migrations(CHINOOK)
                    .outputDirectory(out)
                    .server(JdbcTarget.of(server))
                    .build());

    assertThat(result.tables()).isEqualTo(11);
    assertThat(warnings).isEmpty();
    Path pkg = out.resolve("chinook/mysql");
    assertThat(Files.readString(pkg.resolve("tables/Album.java")))
        .contains("createField(\"AlbumId\", SQLDataType.INTEGER.nullable(false).identity(true));")
        .contains("createField(\"Title\", SQLDataType.VARCHAR.nullable(false).length(160));")
        .contains("super(\"Album\", null, alias);");
    assertThat(Files.readString(pkg.resolve("tables/Invoice.java")))
        .contains("SQLDataType.TIMESTAMP")
        .contains("SQLDataType.NUMERIC.nullable(false).precision(10, 2)");
    assertThat(Files.readString(pkg.resolve("Keys.java"))).contains("FK_TrackAlbumId");
  }

  @Test
  void theThrowawayDatabaseIsCreatedEmptyAndDroppedOnClose() throws Exception {
    JdbcTarget server = JdbcTarget.of(MariaDb.requireServer());

    String name;
    try (ServerDatabase database = ServerDatabase.create(server)) {
      name = database.name();
      assertThat(name).matches("rex_gen_[0-9a-f]{16}");
      assertThat(databases(server, name)).containsExactly(name);
      try (Connection connection = database.target().connect()) {
        assertThat(connection.getCatalog()).isEqualTo(name);
      }
    }

    assertThat(databases(server, name)).isEmpty();
  }

  @Test
  void withoutAServerItMigratesAnEmbeddedMariaDbAndRemovesIt() throws Exception {
    Path out = dir.resolve("embedded");

    GenerationResult result =
        new CodeGenerator(log)
            .generate(
                GeneratorConfig.builder(MysqlTarget.INSTANCE, "chinook.embedded")
                    .migrations(CHINOOK)
                    .outputDirectory(out)
                    .build());

    assertThat(result.tables()).isEqualTo(11);
    assertThat(warnings).isEmpty();
    assertThat(Files.readString(out.resolve("chinook/embedded/tables/Track.java")))
        .contains("createField(\"Milliseconds\", SQLDataType.INTEGER.nullable(false));");
  }

  @Test
  void theEmbeddedServerRunsUntilClosedAndLeavesNoFiles() throws Exception {
    Path data;
    try (EmbeddedMariaDb database = EmbeddedMariaDb.start()) {
      try (Connection connection = database.target().connect();
          Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("select @@datadir, database()")) {
        rows.next();
        data = Path.of(rows.getString(1));
        assertThat(rows.getString(2)).isEqualTo("rex_gen");
      }
      assertThat(data).isDirectory();
    }

    assertThat(data).doesNotExist();
    assertThat(EmbeddedMariaDb.available()).isTrue();
  }

  @Test
  void readsTheDatabaseOfItsUrlAsTheDefaultSchema() throws Exception {
    String url = MariaDb.newDatabase();
    try {
      MariaDb.execute(
          url,
          "create table note (id bigint unsigned auto_increment primary key, body longtext not null,"
              + " data longblob, year_made year)");
      new CodeGenerator(log)
          .generate(
              GeneratorConfig.builder(MysqlTarget.INSTANCE, "notes")
                  .database(JdbcTarget.of(url))
                  .outputDirectory(dir)
                  .build());
    } finally {
      MariaDb.dropDatabase(url);
    }

    String note = Files.readString(dir.resolve("notes/tables/Note.java"));
    assertThat(note)
        .contains("super(\"note\", null, alias);")
        .contains("createField(\"id\", SQLDataType.BIGINT.nullable(false).identity(true));")
        .contains("createField(\"body\", SQLDataType.TEXT.nullable(false));")
        .contains("createField(\"data\", SQLDataType.BLOB);")
        .contains("createField(\"year_made\", SQLDataType.SMALLINT);");
    assertThat(warnings).isEmpty();
  }

  @Test
  void replacesTheDatabaseOfAServerUrl() {
    assertThat(ServerUrls.withDatabase("jdbc:mariadb://h:3306/test?user=root", "x"))
        .isEqualTo("jdbc:mariadb://h:3306/x?user=root");
    assertThat(ServerUrls.withDatabase("jdbc:mysql://h", "x")).isEqualTo("jdbc:mysql://h/x");
    assertThat(ServerUrls.withDatabase("jdbc:mariadb://h/?a=b/c", "x"))
        .isEqualTo("jdbc:mariadb://h/x?a=b/c");
    assertThatThrownBy(() -> ServerUrls.withDatabase("jdbc:mariadb:h", "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** The databases on the server called {@code name}. */
  private static List<String> databases(JdbcTarget server, String name) throws Exception {
    List<String> names = new ArrayList<>();
    try (Connection connection = server.connect();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("show databases like '" + name + "'")) {
      while (rows.next()) {
        names.add(rows.getString(1));
      }
    }
    return names;
  }
}

package dev.rex.testing;

import dev.rex.Rex;
import dev.rex.RexSettings;
import dev.rex.listener.ExecuteContext;
import dev.rex.listener.ExecuteListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * The lifecycle of a behavioural suite that runs once per dialect: a subclass names the dialect,
 * gets a fresh database with the fixture schema, a {@link Rex} on it, and the SQL of every
 * statement run through it in {@link #statements}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class DatabaseTest {

  protected String url;
  protected Rex db;
  protected final List<String> statements = new CopyOnWriteArrayList<>();

  /** {@code postgres} or {@code sqlite}, or the name of a plugin's dialect. */
  protected abstract String dialect();

  /** Where the database comes from; a plugin's dialect overrides this. */
  protected FixtureDatabase fixtureDatabase() {
    return FixtureDatabase.of(dialect());
  }

  protected boolean postgres() {
    return dialect().equals("postgres");
  }

  /**
   * {@code sql} written with double-quoted identifiers, as this dialect renders it: SQLite quotes
   * identifiers with back-ticks.
   */
  protected String quoted(String sql) {
    return postgres() ? sql : sql.replace('"', '`');
  }

  @BeforeAll
  void createDatabase() {
    url = fixtureDatabase().create();
    TestDatabases.executeScript(url, fixtureDatabase().ddl());
    db = Rex.connect(url, settings());
  }

  /** The settings of {@link #db}; by default they record every statement's SQL. */
  protected RexSettings settings() {
    return RexSettings.defaults()
        .withListener(ExecuteListener.onExecuteEnd((ExecuteContext c) -> statements.add(c.sql())));
  }

  @BeforeEach
  void emptyTables() {
    for (String sql : fixtureDatabase().emptyTables()) {
      db.execute(sql);
    }
    statements.clear();
  }

  @AfterEach
  void noConnectionLeaks() {
    Pools.assertNoActiveConnections(db);
  }

  @AfterAll
  void dropDatabase() {
    if (db != null) {
      db.close();
      fixtureDatabase().drop(url);
    }
  }
}

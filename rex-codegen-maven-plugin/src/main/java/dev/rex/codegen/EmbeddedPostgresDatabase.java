package dev.rex.codegen;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;

/** A PostgreSQL server started from the binaries zonky ships in a Maven artifact. */
final class EmbeddedPostgresDatabase implements ThrowawayDatabase {

  private final EmbeddedPostgres postgres;
  private final JdbcTarget target;

  private EmbeddedPostgresDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
    this.target = new JdbcTarget(postgres.getJdbcUrl("postgres", "postgres"), null, null);
  }

  /** Starts a server on a free port with a fresh data directory. */
  static EmbeddedPostgresDatabase start() throws IOException {
    return new EmbeddedPostgresDatabase(EmbeddedPostgres.builder().start());
  }

  @Override
  public JdbcTarget target() {
    return target;
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}

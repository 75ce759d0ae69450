package dev.rex.codegen.dialect;

import dev.rex.codegen.JdbcTarget;
import dev.rex.codegen.ThrowawayDatabase;
import java.io.IOException;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * A PostgreSQL server in a Docker container started by Testcontainers, for {@code
 * <database>testcontainers</database>}: the generator reads the exact server version the image
 * runs. Any image that behaves as the official {@code postgres} one will do.
 */
final class PostgresContainerDatabase implements ThrowawayDatabase {

  /** The image when the configuration names none. */
  static final String DEFAULT_IMAGE = "postgres:17";

  private final PostgreSQLContainer<?> container;
  private final JdbcTarget target;

  private PostgresContainerDatabase(PostgreSQLContainer<?> container) {
    this.container = container;
    this.target =
        new JdbcTarget(container.getJdbcUrl(), container.getUsername(), container.getPassword());
  }

  /**
   * Starts a container of {@code image}.
   *
   * @throws IOException when Docker is not available or the container does not start
   */
  @SuppressWarnings("resource") // closed with the database
  static PostgresContainerDatabase start(String image) throws IOException {
    if (!DockerClientFactory.instance().isDockerAvailable()) {
      throw new IOException(
          "<database>testcontainers</database> needs a Docker daemon, and Testcontainers found"
              + " none; start Docker or use <database>embedded</database>.");
    }
    PostgreSQLContainer<?> container =
        new PostgreSQLContainer<>(
            DockerImageName.parse(image).asCompatibleSubstituteFor("postgres"));
    try {
      container.start();
    } catch (RuntimeException e) {
      container.close();
      throw new IOException(
          "The PostgreSQL container of image " + image + " did not start: " + e.getMessage(), e);
    }
    return new PostgresContainerDatabase(container);
  }

  @Override
  public JdbcTarget target() {
    return target;
  }

  @Override
  public void close() {
    container.close();
  }
}

package dev.rex.testing.impl;

import dev.rex.testing.RexTestConfigurationException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * PostgreSQL servers in Docker containers started by Testcontainers, one per image, started on
 * first use and stopped when the JVM exits. Testcontainers is an optional dependency: without it
 * the backend fails with the coordinates to add, and without a Docker daemon the tests are skipped.
 */
final class ContainerServers {

  private static final Map<String, DatabaseServer> SERVERS = new ConcurrentHashMap<>();

  private ContainerServers() {}

  /** The server for {@code image}, started on first use. */
  static DatabaseServer get(String image) {
    try {
      Class.forName("org.testcontainers.containers.PostgreSQLContainer");
    } catch (ClassNotFoundException e) {
      throw new RexTestConfigurationException(
          "The testcontainers backend needs the test dependency"
              + " org.testcontainers:postgresql (1.21.4 is the version Rex is tested with).",
          e);
    }
    return Docker.server(image);
  }

  /** The classes that touch Testcontainers, loaded only once it is known to be there. */
  private static final class Docker {
    static DatabaseServer server(String image) {
      Assumptions.assumeTrue(
          DockerClientFactory.instance().isDockerAvailable(),
          "Skipped: the testcontainers backend needs a Docker daemon, and Testcontainers found"
              + " none (start Docker, or choose another backend with rex.testing.backend).");
      return SERVERS.computeIfAbsent(image, Docker::start);
    }

    @SuppressWarnings("resource") // stopped by the shutdown hook
    private static DatabaseServer start(String image) {
      PostgreSQLContainer<?> container =
          new PostgreSQLContainer<>(
              DockerImageName.parse(image).asCompatibleSubstituteFor("postgres"));
      container.start();
      Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
      String url =
          Urls.withParameter(
              Urls.withParameter(container.getJdbcUrl(), "user", container.getUsername()),
              "password",
              container.getPassword());
      return new PostgresServer(url);
    }
  }
}

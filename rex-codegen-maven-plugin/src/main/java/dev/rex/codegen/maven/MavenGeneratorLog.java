package dev.rex.codegen.maven;

import dev.rex.codegen.GeneratorLog;
import org.apache.maven.plugin.logging.Log;

/** Sends generator messages to the Maven build log. */
final class MavenGeneratorLog implements GeneratorLog {

  private final Log log;

  MavenGeneratorLog(Log log) {
    this.log = log;
  }

  @Override
  public void info(String message) {
    log.info(message);
  }

  @Override
  public void warn(String message) {
    log.warn(message);
  }
}

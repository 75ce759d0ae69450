package dev.rex.codegen.maven;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.maven.plugin.logging.SystemStreamLog;

/** A Maven log that also keeps info and warning messages for assertions, from any thread. */
final class RecordingMavenLog extends SystemStreamLog {

  final List<String> infos = new CopyOnWriteArrayList<>();
  final List<String> warnings = new CopyOnWriteArrayList<>();

  @Override
  public void info(CharSequence content) {
    infos.add(content.toString());
  }

  @Override
  public void warn(CharSequence content) {
    warnings.add(content.toString());
  }
}

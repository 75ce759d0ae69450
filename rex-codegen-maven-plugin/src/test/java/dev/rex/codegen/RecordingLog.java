package dev.rex.codegen;

import java.util.ArrayList;
import java.util.List;

/** A {@link GeneratorLog} that keeps every message for assertions. */
final class RecordingLog implements GeneratorLog {

  final List<String> infos = new ArrayList<>();
  final List<String> warnings = new ArrayList<>();

  @Override
  public void info(String message) {
    infos.add(message);
  }

  @Override
  public void warn(String message) {
    warnings.add(message);
  }
}

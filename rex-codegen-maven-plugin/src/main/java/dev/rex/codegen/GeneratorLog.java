package dev.rex.codegen;

/**
 * Where the generator reports progress and problems. The Maven goals pass the Maven log; tests pass
 * a recorder.
 */
public interface GeneratorLog {

  /** Progress worth one line in the build output. */
  void info(String message);

  /** A problem that did not stop generation, such as a column type Rex cannot map. */
  void warn(String message);
}

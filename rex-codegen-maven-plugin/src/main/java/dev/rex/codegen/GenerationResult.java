package dev.rex.codegen;

import java.time.Duration;

/**
 * What a {@link CodeGenerator#generate} call did.
 *
 * @param upToDate true when the sources were current and nothing was generated
 * @param tables the number of generated tables (0 when up to date)
 * @param files the number of written files (0 when up to date)
 * @param elapsed how long the call took
 */
public record GenerationResult(boolean upToDate, int tables, int files, Duration elapsed) {}

package dev.rex.codegen;

/**
 * A generated source file.
 *
 * @param path the path below the output directory, with {@code /} separators
 * @param content the file's text
 */
record GeneratedFile(String path, String content) {}

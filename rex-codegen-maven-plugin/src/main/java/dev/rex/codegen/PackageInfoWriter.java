package dev.rex.codegen;

import org.jspecify.annotations.NullMarked;

/** Writes a {@code package-info.java} that makes a generated package {@code @NullMarked}. */
final class PackageInfoWriter {

  private PackageInfoWriter() {}

  /** The package-info of {@code packageName}; {@code summary} is trusted Javadoc HTML. */
  static GeneratedFile write(String packageName, String summary) {
    String content =
        JavaFile.HEADER
            + "\n"
            + "/**\n"
            + " * "
            + summary
            + "\n"
            + " */\n"
            + "@NullMarked\n"
            + "package "
            + packageName
            + ";\n\n"
            + "import "
            + NullMarked.class.getName()
            + ";\n";
    return new GeneratedFile(packageName.replace('.', '/') + "/package-info.java", content);
  }
}

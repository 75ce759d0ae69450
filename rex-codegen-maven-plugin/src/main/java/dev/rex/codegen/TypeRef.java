package dev.rex.codegen;

/**
 * A Java type named in generated code: a class, or an array of one.
 *
 * @param packageName the package, empty for primitives
 * @param simpleName the simple class name, or a primitive such as {@code byte}
 * @param dimensions the number of array dimensions
 */
record TypeRef(String packageName, String simpleName, int dimensions) {

  /** The class {@code qualifiedName}. */
  static TypeRef of(String qualifiedName) {
    int dot = qualifiedName.lastIndexOf('.');
    return dot < 0
        ? new TypeRef("", qualifiedName, 0)
        : new TypeRef(qualifiedName.substring(0, dot), qualifiedName.substring(dot + 1), 0);
  }

  /** The class {@code simpleName} in {@code packageName}. */
  static TypeRef of(String packageName, String simpleName) {
    return new TypeRef(packageName, simpleName, 0);
  }

  /** An array of this type. */
  TypeRef arrayOf() {
    return new TypeRef(packageName, simpleName, dimensions + 1);
  }

  /** The import this type needs, or the empty string for {@code java.lang} and primitives. */
  String importName() {
    return packageName.isEmpty() || packageName.equals("java.lang")
        ? ""
        : packageName + "." + simpleName;
  }

  /** The type as source code, with its simple name: {@code BigDecimal[]}. */
  String code() {
    return simpleName + "[]".repeat(dimensions);
  }

  /**
   * The type as source code with a JSpecify {@code @Nullable}. On arrays the annotation belongs
   * before the brackets, where it makes the array (not its elements) nullable.
   */
  String nullableCode() {
    if (dimensions == 0) {
      return "@Nullable " + simpleName;
    }
    return simpleName + " @Nullable []" + "[]".repeat(dimensions - 1);
  }

  /** Whether a value read as {@code Object} must be cast to this type. */
  boolean needsCast() {
    return dimensions > 0 || !(packageName.equals("java.lang") && simpleName.equals("Object"));
  }
}

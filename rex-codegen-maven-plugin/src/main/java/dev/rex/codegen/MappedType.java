package dev.rex.codegen;

import java.util.Set;

/**
 * The Java side of a column type: the Java type of its values and the expression that creates its
 * {@code dev.rex.dsl.DataType}.
 *
 * @param javaType the Java type of values
 * @param expression a {@code DataType} expression, such as {@code SQLDataType.NUMERIC}
 * @param imports the classes {@code expression} and {@code javaType} need
 * @param mapped false when Rex has no mapping and fell back to {@code SQLDataType.other}
 * @param hasLength whether a declared length belongs to the type (character types)
 * @param hasPrecision whether a declared precision and scale belong to the type (numerics)
 */
record MappedType(
    TypeRef javaType,
    String expression,
    Set<String> imports,
    boolean mapped,
    boolean hasLength,
    boolean hasPrecision) {

  MappedType {
    imports = Set.copyOf(imports);
  }
}

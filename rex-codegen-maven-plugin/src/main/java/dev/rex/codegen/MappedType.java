package dev.rex.codegen;

import dev.rex.dsl.SqlType;
import java.util.Set;
import org.jspecify.annotations.Nullable;

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
 * @param sqlType the {@code SqlType} of the data type {@code expression} creates
 * @param element the element's type when this is an array, else {@code null}
 * @param enumTypeName the SQL type name {@code expression} gives an enum type, else {@code null}
 */
record MappedType(
    TypeRef javaType,
    String expression,
    Set<String> imports,
    boolean mapped,
    boolean hasLength,
    boolean hasPrecision,
    SqlType sqlType,
    @Nullable MappedType element,
    @Nullable String enumTypeName) {

  MappedType {
    imports = Set.copyOf(imports);
  }
}

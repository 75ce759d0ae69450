package dev.rex.dsl.impl;

import dev.rex.dsl.DataType;
import dev.rex.dsl.Field;
import dev.rex.dsl.Json;
import dev.rex.dsl.Jsonb;
import dev.rex.dsl.SQLDataType;
import dev.rex.dsl.TableField;
import dev.rex.dsl.spi.RenderContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A bind value: renders as {@code ?}. Two values are equal when their types are, whatever they
 * hold, because the value never changes the SQL text. That is what makes the rendered-SQL cache
 * work by query shape.
 */
final class Val<T> extends AbstractField<T> {

  private final @Nullable T value;
  private final DataType<T> type;
  private final @Nullable String column;

  Val(@Nullable T value, DataType<T> type) {
    this(value, type, (String) null);
  }

  /**
   * A value compared with or assigned to {@code field}: a table column's name travels with the
   * value, for error messages; it is not part of the value's shape.
   */
  Val(@Nullable T value, DataType<T> type, Field<?> field) {
    this(value, type, columnOf(field));
  }

  private Val(@Nullable T value, DataType<T> type, @Nullable String column) {
    this.value = value;
    this.type = type;
    this.column = column;
  }

  /** The {@code table.column} name a value compared with or assigned to {@code field} reports. */
  static @Nullable String columnOf(Field<?> field) {
    if (field instanceof TableFieldImpl<?, ?> own) {
      return own.qualifiedName();
    }
    return field instanceof TableField<?, ?> column
        ? column.getTable().getName() + "." + column.getName()
        : null;
  }

  static Val<String> of(String value) {
    return new Val<>(value, SQLDataType.VARCHAR);
  }

  @SuppressWarnings("unchecked")
  static <T> Val<T> infer(T value) {
    if (value == null) {
      throw new IllegalArgumentException(
          "A null value has no type to bind it with; use val(null, SQLDataType.X) or"
              + " val(null, field), or isNull() in conditions.");
    }
    return new Val<>(value, (DataType<T>) typeOf(value));
  }

  @SuppressWarnings("unchecked")
  static Val<Number> number(Number value) {
    return new Val<>(value, (DataType<Number>) typeOf(value));
  }

  /** The standard type for a Java value, or an {@code other} type when there is none. */
  static DataType<?> typeOf(Object value) {
    if (value instanceof String) {
      return SQLDataType.VARCHAR;
    } else if (value instanceof Integer) {
      return SQLDataType.INTEGER;
    } else if (value instanceof Long) {
      return SQLDataType.BIGINT;
    } else if (value instanceof Short) {
      return SQLDataType.SMALLINT;
    } else if (value instanceof BigDecimal) {
      return SQLDataType.NUMERIC;
    } else if (value instanceof Double) {
      return SQLDataType.DOUBLE;
    } else if (value instanceof Float) {
      return SQLDataType.REAL;
    } else if (value instanceof Boolean) {
      return SQLDataType.BOOLEAN;
    } else if (value instanceof LocalDate) {
      return SQLDataType.DATE;
    } else if (value instanceof LocalDateTime) {
      return SQLDataType.TIMESTAMP;
    } else if (value instanceof LocalTime) {
      return SQLDataType.TIME;
    } else if (value instanceof OffsetDateTime) {
      return SQLDataType.TIMESTAMPWITHTIMEZONE;
    } else if (value instanceof UUID) {
      return SQLDataType.UUID;
    } else if (value instanceof Json) {
      return SQLDataType.JSON;
    } else if (value instanceof Jsonb) {
      return SQLDataType.JSONB;
    } else if (value instanceof byte[]) {
      return SQLDataType.BLOB;
    }
    return SQLDataType.other(value.getClass().getSimpleName());
  }

  @Nullable T value() {
    return value;
  }

  @Override
  public String getName() {
    return "value";
  }

  @Override
  public DataType<T> getDataType() {
    return type;
  }

  @Override
  RowExpression inMemory(InMemory memory) {
    return RowExpression.constant(value);
  }

  @Override
  public void accept(RenderContext context) {
    context.bind(value, type, column);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Val<?> that && type.equals(that.type);
  }

  @Override
  public int hashCode() {
    return type.hashCode();
  }
}

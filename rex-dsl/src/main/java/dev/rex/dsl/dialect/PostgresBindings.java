package dev.rex.dsl.dialect;

import dev.rex.dsl.DataType;
import dev.rex.dsl.EnumType;
import dev.rex.dsl.Json;
import dev.rex.dsl.Jsonb;
import dev.rex.dsl.spi.Binding;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL bindings for the types pgjdbc maps through {@code getObject(index, Class)} (dates,
 * times, UUID) and for the ones sent as untyped text that the server casts (json, jsonb, enums).
 */
final class PostgresBindings {

  private PostgresBindings() {}

  /** {@code setObject(value)} / {@code getObject(index, type)}: java.time and UUID. */
  static <T> Binding<T> object(Class<T> type, int sqlType) {
    return new Binding<>() {
      @Override
      public void set(PreparedStatement statement, int index, @Nullable T value)
          throws SQLException {
        if (value == null) {
          statement.setNull(index, sqlType);
        } else {
          statement.setObject(index, value);
        }
      }

      @Override
      public @Nullable T get(ResultSet resultSet, int index) throws SQLException {
        return resultSet.getObject(index, type);
      }
    };
  }

  /** Text sent with {@link Types#OTHER}, so the server casts it to the column's type. */
  static <T> Binding<T> text(Function<T, String> write, Function<String, T> read) {
    return new Binding<>() {
      @Override
      public void set(PreparedStatement statement, int index, @Nullable T value)
          throws SQLException {
        if (value == null) {
          statement.setNull(index, Types.OTHER);
        } else {
          statement.setObject(index, write.apply(value), Types.OTHER);
        }
      }

      @Override
      public @Nullable T get(ResultSet resultSet, int index) throws SQLException {
        String text = resultSet.getString(index);
        return text == null ? null : read.apply(text);
      }
    };
  }

  static final Binding<UUID> UUID_BINDING = object(UUID.class, Types.OTHER);
  static final Binding<Json> JSON = text(Json::data, Json::new);
  static final Binding<Jsonb> JSONB = text(Jsonb::data, Jsonb::new);

  /** A database enum as its Java enum, by literal. */
  static <T> Binding<T> enumBinding(DataType<T> type) {
    return text(
        value -> ((EnumType) value).getLiteral(),
        literal -> {
          T value = type.enumValue(literal);
          if (value == null) {
            throw new IllegalStateException(
                "The database returned '"
                    + literal
                    + "' for enum type "
                    + type.getTypeName()
                    + ", which the generated enum does not know. Regenerate the code.");
          }
          return value;
        });
  }

  /** An array, created with {@code Connection.createArrayOf} and read with {@code getArray}. */
  static <T> Binding<T> array(DataType<T> type) {
    DataType<?> element = type.getElementType();
    while (element != null && element.getElementType() != null) {
      element = element.getElementType(); // createArrayOf wants the base type of a nested array
    }
    String elementName = element == null ? "text" : element.getTypeName();
    return new Binding<>() {
      @Override
      public void set(PreparedStatement statement, int index, @Nullable T value)
          throws SQLException {
        if (value == null) {
          statement.setNull(index, Types.ARRAY);
        } else {
          Array array = statement.getConnection().createArrayOf(elementName, (Object[]) value);
          statement.setArray(index, array);
        }
      }

      @Override
      @SuppressWarnings("unchecked")
      public @Nullable T get(ResultSet resultSet, int index) throws SQLException {
        Array array = resultSet.getArray(index);
        if (array == null) {
          return null;
        }
        Object[] values = (Object[]) array.getArray();
        Class<? extends Object[]> arrayType = (Class<? extends Object[]>) type.getType();
        return (T) Arrays.copyOf(values, values.length, arrayType);
      }
    };
  }
}

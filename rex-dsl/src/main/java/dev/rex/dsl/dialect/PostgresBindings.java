package dev.rex.dsl.dialect;

import dev.rex.dsl.DataType;
import dev.rex.dsl.EnumType;
import dev.rex.dsl.Json;
import dev.rex.dsl.Jsonb;
import dev.rex.dsl.exception.InvalidValueException;
import dev.rex.dsl.spi.Binding;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
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

  /** Text: refused if PostgreSQL cannot hold it (NUL) or UTF-8 cannot encode it. */
  static final class Strings implements Binding<String> {
    // a class rather than a binding's checkedBy(ValueLimits::postgresText): a lambda here would be
    // defined in PostgresBindings' nest and load it with every first query
    static final Strings INSTANCE = new Strings();

    private Strings() {}

    @Override
    public void set(PreparedStatement statement, int index, @Nullable String value)
        throws SQLException {
      Scalars.Strings.INSTANCE.set(
          statement, index, value == null ? null : ValueLimits.postgresText(value));
    }

    @Override
    public @Nullable String get(ResultSet resultSet, int index) throws SQLException {
      return resultSet.getString(index);
    }

    @Override
    public Getter getter() {
      return Getter.STRING;
    }
  }

  /**
   * Numerics within PostgreSQL's limits; a stored {@code NaN} or infinity, which {@code BigDecimal}
   * cannot hold, is read as an {@link InvalidValueException}.
   */
  static final class Decimals {
    private Decimals() {}

    static final Binding<BigDecimal> INSTANCE =
        new Binding<>() {
          @Override
          public void set(PreparedStatement statement, int index, @Nullable BigDecimal value)
              throws SQLException {
            Scalars.Decimals.INSTANCE.set(
                statement, index, value == null ? null : ValueLimits.postgresNumeric(value));
          }

          @Override
          public @Nullable BigDecimal get(ResultSet resultSet, int index) throws SQLException {
            try {
              return resultSet.getBigDecimal(index);
            } catch (SQLException e) {
              String text = resultSet.getString(index);
              if (text != null
                  && !text.isEmpty()
                  && !Character.isDigit(text.charAt(text.length() - 1))) {
                // NaN, Infinity or -Infinity, which PostgreSQL numerics hold and BigDecimal cannot
                throw new InvalidValueException(
                    "'" + text + "' is not a number a Java BigDecimal can hold.", e);
              }
              throw e;
            }
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
          statement.setObject(index, ValueLimits.postgresText(write.apply(value)), Types.OTHER);
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
            throw new InvalidValueException(
                "The database returned '"
                    + literal
                    + "' for enum type "
                    + type.getTypeName()
                    + ", which the generated enum does not know. Regenerate the code.");
          }
          return value;
        });
  }

  /** The check an array's elements of {@code element}'s type pass, as a single value would. */
  private static Consumer<Object> elementCheck(DataType<?> element) {
    return switch (element.getSqlType()) {
      case CHAR, VARCHAR, TEXT -> value -> ValueLimits.postgresText((String) value);
      case DECIMAL -> value -> ValueLimits.postgresNumeric((BigDecimal) value);
      case DATE -> value -> ValueLimits.postgresDate((LocalDate) value);
      case TIME -> value -> ValueLimits.postgresTime((LocalTime) value);
      case TIMESTAMP -> value -> ValueLimits.postgresTimestamp((LocalDateTime) value);
      default -> value -> {};
    };
  }

  private static void checkElements(Object[] values, Consumer<Object> check) {
    for (Object value : values) {
      if (value instanceof Object[] nested) {
        checkElements(nested, check);
      } else if (value != null) {
        check.accept(value);
      }
    }
  }

  /** An array, created with {@code Connection.createArrayOf} and read with {@code getArray}. */
  static <T> Binding<T> array(DataType<T> type) {
    DataType<?> element = type.getElementType();
    while (element != null && element.getElementType() != null) {
      element = element.getElementType(); // createArrayOf wants the base type of a nested array
    }
    String elementName = element == null ? "text" : element.getTypeName();
    Consumer<Object> check = element == null ? value -> {} : elementCheck(element);
    return new Binding<>() {
      @Override
      public void set(PreparedStatement statement, int index, @Nullable T value)
          throws SQLException {
        if (value == null) {
          statement.setNull(index, Types.ARRAY);
        } else {
          checkElements((Object[]) value, check);
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
        try {
          return (T) Arrays.copyOf(values, values.length, arrayType);
        } catch (ArrayStoreException e) {
          return (T) readElements(array, values, type);
        }
      }
    };
  }

  /**
   * The elements of a one-dimensional array whose driver values are not of the Java element type
   * (pgjdbc gives {@code java.sql} dates and times), each read as a single value would be.
   */
  private static Object[] readElements(Array array, Object[] values, DataType<?> type)
      throws SQLException {
    Class<?> wanted = type.getType().getComponentType();
    DataType<?> elementType = type.getElementType();
    if (elementType == null || elementType.getElementType() != null) {
      throw new InvalidValueException(
          "the driver returned "
              + values.getClass().getSimpleName()
              + " for a "
              + type.getType().getSimpleName()
              + " column; arrays of this element type are read in one dimension only.");
    }
    // pgjdbc gives java.sql dates and times here; read each element as a single value would be
    Binding<?> element = PostgresDialect.INSTANCE.binding(elementType);
    List<Object> elements = new ArrayList<>(values.length);
    try (ResultSet rows = array.getResultSet()) {
      while (rows.next()) {
        elements.add(element.get(rows, 2));
      }
    }
    return elements.toArray((Object[]) java.lang.reflect.Array.newInstance(wanted, 0));
  }
}

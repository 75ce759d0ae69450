package dev.rex.dsl.dialect;

import dev.rex.dsl.DataType;
import dev.rex.dsl.RecordType;
import dev.rex.dsl.SqlType;
import dev.rex.dsl.exception.InvalidValueException;
import dev.rex.dsl.impl.Queries;
import dev.rex.dsl.spi.Binding;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Bindings that use the JDBC getters and setters of the value's own type, for databases whose
 * driver maps it natively. Primitive getters avoid {@code wasNull()} unless the value is 0.
 */
public final class StandardBindings {

  private StandardBindings() {}

  /** {@code setShort} / {@code getShort}. */
  public static final Binding<Short> SHORT =
      new Binding<>() {
        @Override
        public void set(PreparedStatement statement, int index, @Nullable Short value)
            throws SQLException {
          if (value == null) {
            statement.setNull(index, Types.SMALLINT);
          } else {
            statement.setShort(index, value);
          }
        }

        @Override
        public @Nullable Short get(ResultSet resultSet, int index) throws SQLException {
          short value = resultSet.getShort(index);
          return value == 0 && resultSet.wasNull() ? null : value;
        }
      };

  /** {@code setInt} / {@code getInt}. */
  public static final Binding<Integer> INTEGER =
      new Binding<>() {
        @Override
        public void set(PreparedStatement statement, int index, @Nullable Integer value)
            throws SQLException {
          if (value == null) {
            statement.setNull(index, Types.INTEGER);
          } else {
            statement.setInt(index, value);
          }
        }

        @Override
        public @Nullable Integer get(ResultSet resultSet, int index) throws SQLException {
          int value = resultSet.getInt(index);
          return value == 0 && resultSet.wasNull() ? null : value;
        }
      };

  /** {@code setLong} / {@code getLong}. */
  public static final Binding<Long> LONG =
      new Binding<>() {
        @Override
        public void set(PreparedStatement statement, int index, @Nullable Long value)
            throws SQLException {
          if (value == null) {
            statement.setNull(index, Types.BIGINT);
          } else {
            statement.setLong(index, value);
          }
        }

        @Override
        public @Nullable Long get(ResultSet resultSet, int index) throws SQLException {
          long value = resultSet.getLong(index);
          return value == 0 && resultSet.wasNull() ? null : value;
        }
      };

  /** {@code setFloat} / {@code getFloat}. */
  public static final Binding<Float> FLOAT =
      new Binding<>() {
        @Override
        public void set(PreparedStatement statement, int index, @Nullable Float value)
            throws SQLException {
          if (value == null) {
            statement.setNull(index, Types.REAL);
          } else {
            statement.setFloat(index, value);
          }
        }

        @Override
        public @Nullable Float get(ResultSet resultSet, int index) throws SQLException {
          float value = resultSet.getFloat(index);
          return value == 0 && resultSet.wasNull() ? null : value;
        }
      };

  /** {@code setDouble} / {@code getDouble}. */
  public static final Binding<Double> DOUBLE =
      new Binding<>() {
        @Override
        public void set(PreparedStatement statement, int index, @Nullable Double value)
            throws SQLException {
          if (value == null) {
            statement.setNull(index, Types.DOUBLE);
          } else {
            statement.setDouble(index, value);
          }
        }

        @Override
        public @Nullable Double get(ResultSet resultSet, int index) throws SQLException {
          double value = resultSet.getDouble(index);
          return value == 0 && resultSet.wasNull() ? null : value;
        }
      };

  /** {@code setBoolean} / {@code getBoolean}. */
  public static final Binding<Boolean> BOOLEAN =
      new Binding<>() {
        @Override
        public void set(PreparedStatement statement, int index, @Nullable Boolean value)
            throws SQLException {
          if (value == null) {
            statement.setNull(index, Types.BOOLEAN);
          } else {
            statement.setBoolean(index, value);
          }
        }

        @Override
        public @Nullable Boolean get(ResultSet resultSet, int index) throws SQLException {
          boolean value = resultSet.getBoolean(index);
          return (!value && resultSet.wasNull()) ? null : value;
        }
      };

  /** {@code setBigDecimal} / {@code getBigDecimal}. */
  public static final Binding<BigDecimal> DECIMAL =
      new Binding<>() {
        @Override
        public void set(PreparedStatement statement, int index, @Nullable BigDecimal value)
            throws SQLException {
          if (value == null) {
            statement.setNull(index, Types.NUMERIC);
          } else {
            statement.setBigDecimal(index, value);
          }
        }

        @Override
        public @Nullable BigDecimal get(ResultSet resultSet, int index) throws SQLException {
          return resultSet.getBigDecimal(index);
        }
      };

  /** {@code setString} / {@code getString}. */
  public static final Binding<String> STRING =
      new Binding<>() {
        @Override
        public void set(PreparedStatement statement, int index, @Nullable String value)
            throws SQLException {
          if (value == null) {
            statement.setNull(index, Types.VARCHAR);
          } else {
            statement.setString(index, ValueLimits.text(value));
          }
        }

        @Override
        public @Nullable String get(ResultSet resultSet, int index) throws SQLException {
          return resultSet.getString(index);
        }
      };

  /** {@code setBytes} / {@code getBytes}. */
  public static final Binding<byte[]> BYTES =
      new Binding<>() {
        @Override
        public void set(PreparedStatement statement, int index, byte @Nullable [] value)
            throws SQLException {
          if (value == null) {
            statement.setNull(index, Types.BINARY);
          } else {
            statement.setBytes(index, value);
          }
        }

        @Override
        public byte @Nullable [] get(ResultSet resultSet, int index) throws SQLException {
          return resultSet.getBytes(index);
        }
      };

  /** {@code setObject} / {@code getObject}, for types Rex does not map. */
  public static final Binding<Object> OBJECT =
      new Binding<>() {
        @Override
        public void set(PreparedStatement statement, int index, @Nullable Object value)
            throws SQLException {
          if (value == null) {
            statement.setNull(index, Types.OTHER);
          } else {
            statement.setObject(index, value);
          }
        }

        @Override
        public @Nullable Object get(ResultSet resultSet, int index) throws SQLException {
          return resultSet.getObject(index);
        }
      };

  /**
   * A nested result ({@code multiset}): read as the JSON text the dialect aggregated and decoded
   * into records. It is a read-only value; binding one as a parameter is refused.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static <T> Binding<T> multiset(DataType<T> type) {
    RecordType<?> rowType = type.getRowType();
    if (rowType == null) {
      throw new IllegalArgumentException("Not a multiset type: " + type);
    }
    return new Binding<>() {
      @Override
      public void set(PreparedStatement statement, int index, @Nullable T value) {
        throw new IllegalArgumentException(
            "A nested result (multiset) is read from the database; it cannot be a bind value.");
      }

      @Override
      public @Nullable T get(ResultSet resultSet, int index) throws SQLException {
        String json = resultSet.getString(index);
        if (json == null) {
          return null;
        }
        try {
          return (T) Queries.decodeNested(json, (RecordType) rowType);
        } catch (RuntimeException e) {
          // a nested value out of its Java type's range, or JSON Rex did not expect
          throw new InvalidValueException(
              "a value of the nested result cannot be read (" + e.getMessage() + ").", e);
        }
      }
    };
  }

  /** The binding for the numeric, boolean, text and binary types, or null for the others. */
  static @Nullable Binding<?> common(DataType<?> type) {
    SqlType sqlType = type.getSqlType();
    return switch (sqlType) {
      case SMALLINT -> SHORT;
      case INTEGER -> INTEGER;
      case BIGINT -> LONG;
      case REAL -> FLOAT;
      case DOUBLE -> DOUBLE;
      case CHAR, VARCHAR, TEXT -> STRING;
      case BINARY -> BYTES;
      default -> null;
    };
  }

  /**
   * {@code binding} with each value checked by {@code check} (which returns the value or throws an
   * {@link InvalidValueException}) before it is bound.
   */
  static <T> Binding<T> checked(Binding<T> binding, UnaryOperator<T> check) {
    return new Binding<>() {
      @Override
      public void set(PreparedStatement statement, int index, @Nullable T value)
          throws SQLException {
        binding.set(statement, index, value == null ? null : check.apply(value));
      }

      @Override
      public @Nullable T get(ResultSet resultSet, int index) throws SQLException {
        return binding.get(resultSet, index);
      }
    };
  }
}

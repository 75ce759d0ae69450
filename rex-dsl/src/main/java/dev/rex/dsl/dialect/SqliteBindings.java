package dev.rex.dsl.dialect;

import dev.rex.dsl.DataType;
import dev.rex.dsl.EnumType;
import dev.rex.dsl.Json;
import dev.rex.dsl.Jsonb;
import dev.rex.dsl.exception.InvalidValueException;
import dev.rex.dsl.spi.Binding;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * SQLite has no date, time, decimal, boolean, UUID or JSON storage classes. Rex stores them the way
 * SQLite's own functions expect: dates and times as ISO-8601 text ({@code 2009-01-01 00:00:00},
 * with a space, as {@code datetime()} writes), offset timestamps normalised to UTC, booleans as
 * 0/1, decimals as numbers read back through their text so that {@code 0.99} stays exactly {@code
 * 0.99}, and UUID and JSON as text. Integer timestamps (milliseconds since the epoch, as
 * sqlite-jdbc writes by default) are read too.
 */
final class SqliteBindings {

  private SqliteBindings() {}

  /** Values stored as text, converted on the way in and out. */
  static <T> Binding<T> text(Function<T, String> write, Function<String, T> read) {
    return new Binding<>() {
      @Override
      public void set(PreparedStatement statement, int index, @Nullable T value)
          throws SQLException {
        if (value == null) {
          statement.setNull(index, Types.VARCHAR);
        } else {
          statement.setString(index, ValueLimits.text(write.apply(value)));
        }
      }

      @Override
      public @Nullable T get(ResultSet resultSet, int index) throws SQLException {
        String text = resultSet.getString(index);
        return text == null ? null : parse(text, read);
      }
    };
  }

  /**
   * Reads stored text, turning a value Rex cannot read (an out-of-range date written by another
   * tool, text in a number column) into an {@link InvalidValueException} that the executor names
   * the column in.
   */
  static <T> T parse(String text, Function<String, T> read) {
    try {
      return read.apply(text);
    } catch (InvalidValueException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new InvalidValueException(
          "'"
              + (text.length() > 100 ? text.substring(0, 100) + "…" : text)
              + "' cannot be read as this column's type ("
              + e.getMessage()
              + ").",
          e);
    }
  }

  /**
   * SQLite integers are 64-bit whatever the column's declared type, so an {@code INTEGER} column
   * mapped to {@code Integer} is read as a long and refused, not truncated, when it does not fit. A
   * value is bound with {@code setObject}: sqlite-jdbc keeps a bound value as an object, and its
   * {@code setInt} makes a new {@code Integer} for each call where {@code setObject} keeps the one
   * given (the same value, bound the same way).
   */
  static final class Integers {
    private Integers() {}

    static final Binding<Integer> INSTANCE =
        new Binding<>() {
          @Override
          public void set(PreparedStatement statement, int index, @Nullable Integer value)
              throws SQLException {
            if (value == null) {
              statement.setNull(index, Types.INTEGER);
            } else {
              statement.setObject(index, value);
            }
          }

          @Override
          public @Nullable Integer get(ResultSet resultSet, int index) throws SQLException {
            long value = resultSet.getLong(index);
            if (value == 0 && resultSet.wasNull()) {
              return null;
            }
            if (value != (int) value) {
              throw new SQLException(
                  "The value "
                      + value
                      + " of column "
                      + resultSet.getMetaData().getColumnLabel(index)
                      + " does not fit a Java Integer; map the column as BIGINT to read it as Long.",
                  "22003");
            }
            return (int) value;
          }

          @Override
          public Getter getter() {
            return Getter.INT_FROM_LONG;
          }
        };
  }

  static final class Decimals {
    private Decimals() {}

    static final Binding<BigDecimal> INSTANCE =
        new Binding<>() {
          @Override
          public void set(PreparedStatement statement, int index, @Nullable BigDecimal value)
              throws SQLException {
            // Bound as a number, never as text: SQLite orders every number before every text, so
            // sum(total) > '100' would be false. A decimal column stores REAL anyway.
            if (value == null) {
              statement.setNull(index, Types.NUMERIC);
            } else if (ValueLimits.sqliteDecimalIsInteger(value)) {
              statement.setLong(index, value.longValueExact());
            } else {
              statement.setDouble(index, value.doubleValue());
            }
          }

          @Override
          public @Nullable BigDecimal get(ResultSet resultSet, int index) throws SQLException {
            String text = resultSet.getString(index);
            return text == null ? null : parse(text, BigDecimal::new);
          }
        };
  }

  static final class Booleans {
    private Booleans() {}

    static final Binding<Boolean> INSTANCE =
        new Binding<>() {
          @Override
          public void set(PreparedStatement statement, int index, @Nullable Boolean value)
              throws SQLException {
            if (value == null) {
              statement.setNull(index, Types.INTEGER);
            } else {
              statement.setInt(index, value ? 1 : 0);
            }
          }

          @Override
          public @Nullable Boolean get(ResultSet resultSet, int index) throws SQLException {
            Object raw = resultSet.getObject(index);
            if (raw == null) {
              return null;
            }
            if (raw instanceof Number number) {
              return number.intValue() != 0;
            }
            String text = raw.toString();
            return text.equalsIgnoreCase("true") || text.equals("1");
          }
        };
  }

  /** A double: NaN and -0.0 are refused, since SQLite would store NULL and 0.0. */
  static final class Doubles {
    private Doubles() {}

    static final Binding<Double> INSTANCE =
        Scalars.Doubles.INSTANCE.checkedBy(ValueLimits::sqliteDouble);
  }

  /** A float: NaN and -0.0 are refused, as for doubles. */
  static final class Floats {
    private Floats() {}

    static final Binding<Float> INSTANCE =
        Scalars.Floats.INSTANCE.checkedBy(ValueLimits::sqliteFloat);
  }

  /** UUID and JSON stored as text; built when a statement first needs one of them. */
  static final class TextTypes {
    private TextTypes() {}

    static final Binding<UUID> UUID_BINDING = text(UUID::toString, UUID::fromString);
    static final Binding<Json> JSON = text(Json::data, Json::new);
    static final Binding<Jsonb> JSONB = text(Jsonb::data, Jsonb::new);
  }

  /** An enum stored as its literal (SQLite has no enum type; a CHECK usually guards it). */
  static <T> Binding<T> enumBinding(DataType<T> type) {
    return text(
        value -> ((EnumType) value).getLiteral(),
        literal -> {
          T value = type.enumValue(literal);
          if (value == null) {
            throw new InvalidValueException(
                "'" + literal + "' is not a value of " + type.getTypeName() + ".");
          }
          return value;
        });
  }
}

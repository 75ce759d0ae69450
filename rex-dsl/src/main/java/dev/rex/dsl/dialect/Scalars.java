package dev.rex.dsl.dialect;

import dev.rex.dsl.DataType;
import dev.rex.dsl.SqlType;
import dev.rex.dsl.spi.Binding;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import org.jspecify.annotations.Nullable;

/**
 * The standard bindings, one small class each, so that a dialect loads only the bindings of the
 * types its statements use: the first query of a process that reads a {@code bigint} and a {@code
 * text} column loads {@link Longs} and {@link Strings}, not all ten. {@link StandardBindings}'
 * public constants are these same instances.
 */
final class Scalars {

  private Scalars() {}

  /** {@code setShort} / {@code getShort}. */
  static final class Shorts implements Binding<Short> {
    static final Shorts INSTANCE = new Shorts();

    private Shorts() {}

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
  }

  /** {@code setInt} / {@code getInt}. */
  static final class Integers implements Binding<Integer> {
    static final Integers INSTANCE = new Integers();

    private Integers() {}

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

    @Override
    public Getter getter() {
      return Getter.INT;
    }
  }

  /** {@code setLong} / {@code getLong}. */
  static final class Longs implements Binding<Long> {
    static final Longs INSTANCE = new Longs();

    private Longs() {}

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

    @Override
    public Getter getter() {
      return Getter.LONG;
    }
  }

  /** {@code setFloat} / {@code getFloat}. */
  static final class Floats implements Binding<Float> {
    static final Floats INSTANCE = new Floats();

    private Floats() {}

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
  }

  /** {@code setDouble} / {@code getDouble}. */
  static final class Doubles implements Binding<Double> {
    static final Doubles INSTANCE = new Doubles();

    private Doubles() {}

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
  }

  /** {@code setBoolean} / {@code getBoolean}. */
  static final class Booleans implements Binding<Boolean> {
    static final Booleans INSTANCE = new Booleans();

    private Booleans() {}

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
  }

  /** {@code setBigDecimal} / {@code getBigDecimal}. */
  static final class Decimals implements Binding<BigDecimal> {
    static final Decimals INSTANCE = new Decimals();

    private Decimals() {}

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
  }

  /** {@code setString} / {@code getString}. */
  static final class Strings implements Binding<String> {
    static final Strings INSTANCE = new Strings();

    private Strings() {}

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

    @Override
    public Getter getter() {
      return Getter.STRING;
    }
  }

  /** {@code setBytes} / {@code getBytes}. */
  static final class Bytes implements Binding<byte[]> {
    static final Bytes INSTANCE = new Bytes();

    private Bytes() {}

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
  }

  /** {@code setObject} / {@code getObject}, for types Rex does not map. */
  static final class Objects implements Binding<Object> {
    static final Objects INSTANCE = new Objects();

    private Objects() {}

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
  }

  /** The binding for the numeric, boolean, text and binary types, or null for the others. */
  static @Nullable Binding<?> common(DataType<?> type) {
    SqlType sqlType = type.getSqlType();
    return switch (sqlType) {
      case SMALLINT -> Shorts.INSTANCE;
      case INTEGER -> Integers.INSTANCE;
      case BIGINT -> Longs.INSTANCE;
      case REAL -> Floats.INSTANCE;
      case DOUBLE -> Doubles.INSTANCE;
      case CHAR, VARCHAR, TEXT -> Strings.INSTANCE;
      case BINARY -> Bytes.INSTANCE;
      default -> null;
    };
  }
}

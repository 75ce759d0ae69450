package dev.rex.dsl.dialect;

import dev.rex.dsl.DataType;
import dev.rex.dsl.RecordType;
import dev.rex.dsl.exception.InvalidValueException;
import dev.rex.dsl.impl.Queries;
import dev.rex.dsl.spi.Binding;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * Bindings that use the JDBC getters and setters of the value's own type, for databases whose
 * driver maps it natively. Primitive getters avoid {@code wasNull()} unless the value is 0.
 */
public final class StandardBindings {

  private StandardBindings() {}

  /** {@code setShort} / {@code getShort}. */
  public static final Binding<Short> SHORT = Scalars.Shorts.INSTANCE;

  /** {@code setInt} / {@code getInt}. */
  public static final Binding<Integer> INTEGER = Scalars.Integers.INSTANCE;

  /** {@code setLong} / {@code getLong}. */
  public static final Binding<Long> LONG = Scalars.Longs.INSTANCE;

  /** {@code setFloat} / {@code getFloat}. */
  public static final Binding<Float> FLOAT = Scalars.Floats.INSTANCE;

  /** {@code setDouble} / {@code getDouble}. */
  public static final Binding<Double> DOUBLE = Scalars.Doubles.INSTANCE;

  /** {@code setBoolean} / {@code getBoolean}. */
  public static final Binding<Boolean> BOOLEAN = Scalars.Booleans.INSTANCE;

  /** {@code setBigDecimal} / {@code getBigDecimal}. */
  public static final Binding<BigDecimal> DECIMAL = Scalars.Decimals.INSTANCE;

  /** {@code setString} / {@code getString}. */
  public static final Binding<String> STRING = Scalars.Strings.INSTANCE;

  /** {@code setBytes} / {@code getBytes}. */
  public static final Binding<byte[]> BYTES = Scalars.Bytes.INSTANCE;

  /** {@code setObject} / {@code getObject}, for types Rex does not map. */
  public static final Binding<Object> OBJECT = Scalars.Objects.INSTANCE;

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
}

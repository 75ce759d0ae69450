package dev.rex.mysql;

import dev.rex.dsl.DataType;
import dev.rex.dsl.EnumType;
import dev.rex.dsl.Json;
import dev.rex.dsl.Jsonb;
import dev.rex.dsl.exception.InvalidValueException;
import dev.rex.dsl.spi.Binding;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * How the types MySQL lacks are stored: a UUID as its 36-character text ({@code char(36)}), a
 * timestamp with time zone as the UTC {@code datetime(6)} it stands for (read back at offset zero),
 * JSON as text, an enum (MySQL's inline {@code enum(…)} or text) by its literal. Dates and times go
 * through the driver's {@code java.time} support.
 */
final class MysqlBindings {

  private MysqlBindings() {}

  /** {@code setObject} / {@code getObject(index, type)}. */
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

  /** A value stored as text, written and read with the two functions. */
  static <T> Binding<T> text(Function<T, String> write, Function<String, T> read) {
    return new Binding<>() {
      @Override
      public void set(PreparedStatement statement, int index, @Nullable T value)
          throws SQLException {
        if (value == null) {
          statement.setNull(index, Types.VARCHAR);
        } else {
          statement.setString(index, write.apply(value));
        }
      }

      @Override
      public @Nullable T get(ResultSet resultSet, int index) throws SQLException {
        String text = resultSet.getString(index);
        return text == null ? null : read.apply(text);
      }
    };
  }

  static final Binding<LocalDate> DATE = object(LocalDate.class, Types.DATE);
  static final Binding<LocalTime> TIME = object(LocalTime.class, Types.TIME);
  static final Binding<LocalDateTime> TIMESTAMP = object(LocalDateTime.class, Types.TIMESTAMP);
  static final Binding<UUID> UUID_BINDING = text(UUID::toString, UUID::fromString);
  static final Binding<Json> JSON = text(Json::data, Json::new);
  static final Binding<Jsonb> JSONB = text(Jsonb::data, Jsonb::new);

  /** The instant in UTC, as a {@code datetime}; read back at offset zero. */
  static final Binding<OffsetDateTime> TIMESTAMPTZ =
      new Binding<>() {
        @Override
        public void set(PreparedStatement statement, int index, @Nullable OffsetDateTime value)
            throws SQLException {
          if (value == null) {
            statement.setNull(index, Types.TIMESTAMP);
          } else {
            statement.setObject(
                index, value.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
          }
        }

        @Override
        public @Nullable OffsetDateTime get(ResultSet resultSet, int index) throws SQLException {
          LocalDateTime utc = resultSet.getObject(index, LocalDateTime.class);
          return utc == null ? null : utc.atOffset(ZoneOffset.UTC);
        }
      };

  /** An enum as its literal. */
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
}

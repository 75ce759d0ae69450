package dev.rex.graphql.internal;

import dev.rex.dsl.DataType;
import dev.rex.dsl.EnumType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Opaque Relay cursors: the values of a row's sort keys (the primary key always last), so that a
 * page can start right after (or end right before) that row with a keyset condition, whatever rows
 * were added or removed since.
 *
 * <p>A cursor is URL-safe Base64 of a small binary record: a version byte, a signature of the sort
 * it was made for (a hash of the entity and its {@code orderBy} input), the number of values, and
 * each value as a null flag and its text ({@code toString}, plain digits for decimals, labels for
 * enums, Base64 for bytes). Decoding reads the text back into the Java type of the sort key's
 * column, so a cursor binds exactly as the value it came from. A cursor made for another sort, or
 * one that is not a cursor at all, is refused with {@code BAD_USER_INPUT}.
 */
final class Cursors {

  private static final byte VERSION = 1;

  private Cursors() {}

  /** The cursor of a row whose sort keys hold {@code values}, for the sort {@code signature}. */
  static String encode(int signature, List<@Nullable Object> values) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      out.writeInt(signature);
      out.writeShort(values.size());
      for (Object value : values) {
        out.writeBoolean(value != null);
        if (value != null) {
          out.writeUTF(text(value));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array stream does not fail
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
  }

  /**
   * The sort-key values of {@code cursor}, each in the Java type of {@code types}' element.
   *
   * @throws RequestException with {@code BAD_USER_INPUT} when it is not a cursor of this sort
   */
  static List<@Nullable Object> decode(
      String argument, String cursor, int signature, List<DataType<?>> types) {
    try {
      DataInputStream in =
          new DataInputStream(new ByteArrayInputStream(Base64.getUrlDecoder().decode(cursor)));
      if (in.readByte() != VERSION) {
        throw invalid(argument, "it is not a cursor");
      }
      if (in.readInt() != signature || in.readUnsignedShort() != types.size()) {
        throw invalid(argument, "it was made for another sort order; use a cursor of this one");
      }
      List<@Nullable Object> values = new ArrayList<>(types.size());
      for (DataType<?> type : types) {
        values.add(in.readBoolean() ? value(type, in.readUTF()) : null);
      }
      if (in.available() > 0) {
        throw invalid(argument, "it is not a cursor");
      }
      return values;
    } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
      throw invalid(argument, "it is not a cursor");
    }
  }

  private static RequestException invalid(String argument, String why) {
    return new RequestException("BAD_USER_INPUT", "invalid " + argument + " cursor: " + why);
  }

  private static String text(Object value) {
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof byte[] bytes) {
      return Base64.getEncoder().encodeToString(bytes);
    }
    if (value instanceof EnumType literal) {
      return literal.getLiteral();
    }
    return value.toString();
  }

  private static Object value(DataType<?> type, String text) {
    if (!type.getEnumValues().isEmpty()) {
      Object constant = type.enumValue(text);
      if (constant == null) {
        throw new IllegalArgumentException(text + " is not a label of " + type.getTypeName());
      }
      return constant;
    }
    Class<?> target = type.getType();
    if (target == String.class) {
      return text;
    }
    if (target == Short.class) {
      return Short.valueOf(text);
    }
    if (target == Integer.class) {
      return Integer.valueOf(text);
    }
    if (target == Long.class) {
      return Long.valueOf(text);
    }
    if (target == Double.class) {
      return Double.valueOf(text);
    }
    if (target == Float.class) {
      return Float.valueOf(text);
    }
    if (target == BigDecimal.class) {
      return new BigDecimal(text);
    }
    if (target == Boolean.class) {
      return Boolean.valueOf(text);
    }
    return temporalOrOther(target, text);
  }

  private static Object temporalOrOther(Class<?> target, String text) {
    if (target == LocalDate.class) {
      return LocalDate.parse(text);
    }
    if (target == LocalTime.class) {
      return LocalTime.parse(text);
    }
    if (target == LocalDateTime.class) {
      return LocalDateTime.parse(text);
    }
    if (target == OffsetDateTime.class) {
      return OffsetDateTime.parse(text);
    }
    if (target == UUID.class) {
      return UUID.fromString(text);
    }
    if (target == byte[].class) {
      return Base64.getDecoder().decode(text);
    }
    throw new IllegalArgumentException("no cursor text for " + target.getSimpleName());
  }
}

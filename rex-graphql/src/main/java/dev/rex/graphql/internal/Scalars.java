package dev.rex.graphql.internal;

import dev.rex.dsl.SqlType;
import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The GraphQL scalar of each SQL type, and the scalars Rex adds to GraphQL's five. Values that
 * JavaScript could not hold exactly travel as strings: {@code BigInt} (64-bit integers) and {@code
 * Decimal} (exact decimals, written as their plain digits). Dates and times are ISO-8601 strings;
 * binary values are Base64.
 */
final class Scalars {

  static final GraphQLScalarType BIG_INT =
      textual("BigInt", "A 64-bit integer, written as a string of digits.", Scalars::parseLong);
  static final GraphQLScalarType DECIMAL =
      textual(
          "Decimal",
          "An exact decimal number, written as a string of its digits (\"0.99\").",
          BigDecimal::new);
  static final GraphQLScalarType DATE =
      textual("Date", "A calendar date, ISO-8601 (\"2009-01-01\").", LocalDate::parse);
  static final GraphQLScalarType TIME =
      textual("Time", "A time of day, ISO-8601 (\"13:45:00\").", LocalTime::parse);
  static final GraphQLScalarType TIMESTAMP =
      textual(
          "Timestamp",
          "A date and time without a time zone, ISO-8601 (\"2009-01-01T00:00:00\").",
          LocalDateTime::parse);
  static final GraphQLScalarType DATE_TIME =
      textual(
          "DateTime",
          "An instant with its offset, ISO-8601 (\"2009-01-01T00:00:00Z\").",
          OffsetDateTime::parse);
  static final GraphQLScalarType UUID_SCALAR =
      textual("UUID", "A UUID in its canonical text form.", UUID::fromString);
  static final GraphQLScalarType BASE64 =
      textual("Base64", "Binary data, Base64-encoded.", text -> Base64.getDecoder().decode(text));

  static final GraphQLScalarType JSON_SCALAR =
      GraphQLScalarType.newScalar()
          .name("JSON")
          .description("Any JSON value, as stored in a json or jsonb column.")
          .coercing(new JsonCoercing())
          .build();

  private Scalars() {}

  /** The scalar's name for values of {@code type}, or null when GraphQL cannot show them. */
  static @Nullable String nameOf(SqlType type) {
    return switch (type) {
      case SMALLINT, INTEGER -> "Int";
      case BIGINT -> BIG_INT.getName();
      case DECIMAL -> DECIMAL.getName();
      case REAL, DOUBLE -> "Float";
      case BOOLEAN -> "Boolean";
      case CHAR, VARCHAR, TEXT -> "String";
      case DATE -> DATE.getName();
      case TIME -> TIME.getName();
      case TIMESTAMP -> TIMESTAMP.getName();
      case TIMESTAMP_WITH_TIME_ZONE -> DATE_TIME.getName();
      case UUID -> UUID_SCALAR.getName();
      case BINARY -> BASE64.getName();
      case JSON, JSONB -> JSON_SCALAR.getName();
      case ENUM, ARRAY, MULTISET, OTHER -> null;
    };
  }

  /** Every scalar a column may have, GraphQL's own and Rex's, by name. */
  static Map<String, GraphQLScalarType> added() {
    Map<String, GraphQLScalarType> scalars = new LinkedHashMap<>();
    scalars.put("Int", graphql.Scalars.GraphQLInt);
    scalars.put("Float", graphql.Scalars.GraphQLFloat);
    scalars.put("Boolean", graphql.Scalars.GraphQLBoolean);
    scalars.put("String", graphql.Scalars.GraphQLString);
    for (GraphQLScalarType scalar :
        new GraphQLScalarType[] {
          BIG_INT, DECIMAL, DATE, TIME, TIMESTAMP, DATE_TIME, UUID_SCALAR, BASE64, JSON_SCALAR
        }) {
      scalars.put(scalar.getName(), scalar);
    }
    return scalars;
  }

  private static Long parseLong(String text) {
    return new BigInteger(text).longValueExact();
  }

  /**
   * A scalar written as a string: {@code parse} reads the text, {@code toString} (or Base64 for
   * bytes, plain digits for decimals) writes it. Integers are accepted as input too, for the
   * numeric scalars.
   */
  private static GraphQLScalarType textual(
      String name, String description, Function<String, Object> parse) {
    return GraphQLScalarType.newScalar()
        .name(name)
        .description(description)
        .coercing(new TextCoercing(name, parse))
        .build();
  }

  private record TextCoercing(String name, Function<String, Object> parse)
      implements Coercing<Object, String> {

    @Override
    public String serialize(Object value, GraphQLContext context, Locale locale) {
      if (value instanceof byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
      }
      if (value instanceof BigDecimal decimal) {
        return decimal.toPlainString();
      }
      if (value instanceof String
          || value instanceof Number
          || value instanceof java.time.temporal.Temporal
          || value instanceof UUID) {
        return value.toString();
      }
      throw new CoercingSerializeException(
          name + " cannot show a " + value.getClass().getSimpleName());
    }

    @Override
    public Object parseValue(Object input, GraphQLContext context, Locale locale) {
      if (input instanceof String text) {
        return read(text, CoercingParseValueException::new);
      }
      if (input instanceof Number number && numeric()) {
        return read(number.toString(), CoercingParseValueException::new);
      }
      throw new CoercingParseValueException(
          name + " expects a string, not " + input.getClass().getSimpleName());
    }

    @Override
    public Object parseLiteral(
        Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
      if (input instanceof StringValue text) {
        return read(String.valueOf(text.getValue()), CoercingParseLiteralException::new);
      }
      if (input instanceof IntValue integer && numeric()) {
        return read(integer.getValue().toString(), CoercingParseLiteralException::new);
      }
      if (input instanceof graphql.language.FloatValue decimal && name.equals("Decimal")) {
        return read(decimal.getValue().toString(), CoercingParseLiteralException::new);
      }
      throw new CoercingParseLiteralException(name + " expects a string literal");
    }

    @Override
    public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
      return StringValue.of(serialize(input, context, locale));
    }

    private boolean numeric() {
      return name.equals("BigInt") || name.equals("Decimal");
    }

    private Object read(String text, Function<String, RuntimeException> failure) {
      try {
        return parse.apply(text);
      } catch (DateTimeParseException | IllegalArgumentException | ArithmeticException e) {
        throw failure.apply("\"" + text + "\" is not a valid " + name);
      }
    }
  }
}

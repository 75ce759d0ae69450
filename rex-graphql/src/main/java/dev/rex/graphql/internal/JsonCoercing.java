package dev.rex.graphql.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rex.dsl.Json;
import dev.rex.dsl.Jsonb;
import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.EnumValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingSerializeException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The {@code JSON} scalar: a json or jsonb column's text is parsed (Jackson) into the value the
 * response embeds; an input — a JSON variable or a GraphQL literal of any shape — is written back
 * as JSON text ({@link Json}), which {@link Values} turns into the column's type.
 */
final class JsonCoercing implements Coercing<Object, Object> {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Override
  public Object serialize(Object value, GraphQLContext context, Locale locale) {
    String text =
        value instanceof Json json
            ? json.data()
            : value instanceof Jsonb jsonb ? jsonb.data() : null;
    if (text == null) {
      throw new CoercingSerializeException(
          "JSON cannot show a " + value.getClass().getSimpleName());
    }
    try {
      return MAPPER.readValue(text, Object.class);
    } catch (JsonProcessingException e) {
      throw new CoercingSerializeException("the column holds text that is not JSON", e);
    }
  }

  @Override
  public Object parseValue(Object input, GraphQLContext context, Locale locale) {
    return write(input);
  }

  @Override
  public Object parseLiteral(
      Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
    return write(literal(input, variables));
  }

  private static Json write(@Nullable Object value) {
    try {
      return Json.of(MAPPER.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new CoercingParseLiteralException("the value cannot be written as JSON", e);
    }
  }

  private static @Nullable Object literal(Value<?> input, CoercedVariables variables) {
    if (input instanceof StringValue text) {
      return text.getValue();
    }
    if (input instanceof IntValue integer) {
      return integer.getValue();
    }
    if (input instanceof FloatValue decimal) {
      return decimal.getValue();
    }
    if (input instanceof BooleanValue bool) {
      return bool.isValue();
    }
    if (input instanceof EnumValue name) {
      return name.getName();
    }
    if (input instanceof NullValue) {
      return null;
    }
    if (input instanceof VariableReference reference) {
      return variables.get(reference.getName());
    }
    if (input instanceof ArrayValue array) {
      List<@Nullable Object> items = new ArrayList<>();
      for (Value<?> item : array.getValues()) {
        items.add(literal(item, variables));
      }
      return items;
    }
    Map<String, @Nullable Object> object = new LinkedHashMap<>();
    for (ObjectField field : ((ObjectValue) input).getObjectFields()) {
      object.put(field.getName(), literal(field.getValue(), variables));
    }
    return object;
  }
}

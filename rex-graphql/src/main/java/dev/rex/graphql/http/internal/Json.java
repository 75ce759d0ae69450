package dev.rex.graphql.http.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The one Jackson mapper of the transport: strict reading (duplicate keys and trailing content are
 * errors) and plain writing of graphql-java's specification maps.
 */
final class Json {

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private static final TypeReference<LinkedHashMap<String, @Nullable Object>> MAP =
      new TypeReference<>() {};

  private Json() {}

  /** Parses {@code bytes}; the exception's message says where the JSON is wrong. */
  static JsonNode read(byte[] bytes) throws JsonProcessingException {
    try {
      return MAPPER.readTree(bytes);
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException("Reading JSON from memory failed with I/O", e);
    }
  }

  /** Parses {@code text}. */
  static JsonNode read(String text) throws JsonProcessingException {
    return MAPPER.readTree(text);
  }

  /** A JSON object as a map of plain Java values. */
  static Map<String, @Nullable Object> toMap(JsonNode object) {
    return MAPPER.convertValue(object, MAP);
  }

  /**
   * {@code value} (maps, lists, strings, numbers, booleans, null) as UTF-8 JSON.
   *
   * <p>Maps with string keys, lists, strings, booleans, ints, longs and doubles — nearly all of a
   * result — are streamed to the generator here; anything else goes to the mapper, as the whole
   * value did before. The mapper looks up a serializer for every value's class, which was a tenth
   * of the server's CPU on a response of 40 kB (docs/benchmarks.md, "GraphQL vs PostGraphile").
   */
  static byte[] write(Object value) throws JsonProcessingException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    try (JsonGenerator generator = MAPPER.getFactory().createGenerator(out)) {
      writeValue(generator, value);
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException("Writing JSON to memory failed with I/O", e);
    }
    return out.toByteArray();
  }

  private static void writeValue(JsonGenerator generator, @Nullable Object value)
      throws IOException {
    if (value == null) {
      generator.writeNull();
    } else if (value instanceof String text) {
      generator.writeString(text);
    } else if (value instanceof Map<?, ?> map && hasStringKeys(map)) {
      generator.writeStartObject();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        generator.writeFieldName((String) entry.getKey());
        writeValue(generator, entry.getValue());
      }
      generator.writeEndObject();
    } else if (value instanceof List<?> list) {
      generator.writeStartArray();
      for (Object element : list) {
        writeValue(generator, element);
      }
      generator.writeEndArray();
    } else if (value instanceof Boolean flag) {
      generator.writeBoolean(flag);
    } else if (value instanceof Integer number) {
      generator.writeNumber(number);
    } else if (value instanceof Long number) {
      generator.writeNumber(number);
    } else if (value instanceof Double number) {
      generator.writeNumber(number);
    } else {
      MAPPER.writeValue(generator, value);
    }
  }

  private static boolean hasStringKeys(Map<?, ?> map) {
    for (Object key : map.keySet()) {
      if (!(key instanceof String)) {
        return false;
      }
    }
    return true;
  }

  /** {@code text} as a JSON string literal, safe to put inside an HTML script element. */
  static String scriptString(String text) {
    try {
      return MAPPER.writeValueAsString(text).replace("<", "\\u003c");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A string is always JSON", e);
    }
  }

  /** The body of a transport error: {@code {"errors":[{"message":…,"extensions":{"code":…}}]}}. */
  static byte[] errorBody(String message, String code) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("message", message);
    error.put("extensions", Map.of("code", code));
    try {
      return write(Map.of("errors", List.of(error)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("An error message is always JSON", e);
    }
  }
}

package dev.rex.realtime.http.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.rex.dsl.EnumType;
import dev.rex.dsl.Field;
import dev.rex.dsl.Json;
import dev.rex.dsl.Jsonb;
import dev.rex.dsl.Record;
import dev.rex.realtime.Change;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The JSON of a change: {@code {"position":"124","table":"album","operation":"UPDATE",
 * "new":{...},"old":{...},"changedAt":"2026-…Z"}}, columns under their SQL names, hidden columns
 * left out. Integers and floating-point numbers are JSON numbers; {@code BigDecimal} is a string of
 * its plain digits, since JavaScript would read a JSON number as a double; dates and times are
 * ISO-8601 strings, bytes Base64, UUIDs strings, enums their database literal, JSON columns their
 * JSON text as a string.
 *
 * <p>The same change reaches every subscriber of its table, so the text is cached by position,
 * table and set of hidden columns: each change is encoded once per visibility, not once per client.
 */
public final class ChangeJson {

  private static final int CACHED = 1024;

  private final JsonFactory factory = new JsonFactory();
  private final Map<Key, String> cache =
      Collections.synchronizedMap(
          new LinkedHashMap<>(CACHED, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, String> eldest) {
              return size() > CACHED;
            }
          });

  private record Key(long position, String table, Set<String> hidden) {}

  /** The JSON of {@code change} without the columns in {@code hidden} (lower-case names). */
  public String encode(Change<?> change, Set<String> hidden) {
    Key key = new Key(change.position().value(), qualified(change), hidden);
    String cached = cache.get(key);
    if (cached != null) {
      return cached;
    }
    String json = write(change, hidden);
    cache.put(key, json);
    return json;
  }

  private static String qualified(Change<?> change) {
    String schema = change.table().getSchema();
    return schema == null ? change.table().getName() : schema + "." + change.table().getName();
  }

  private String write(Change<?> change, Set<String> hidden) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = factory.createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("position", change.position().toString());
      json.writeStringField("table", change.table().getName());
      json.writeStringField("operation", change.operation().name());
      json.writeFieldName("new");
      image(json, change.newRecord(), hidden);
      json.writeFieldName("old");
      image(json, change.oldRecord(), hidden);
      json.writeStringField("changedAt", change.changedAt().toString());
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void image(JsonGenerator json, @Nullable Record record, Set<String> hidden)
      throws IOException {
    if (record == null) {
      json.writeNull();
      return;
    }
    json.writeStartObject();
    int index = 0;
    for (Field<?> field : record.fields()) {
      Object value = record.get(index++);
      if (!hidden.contains(field.getName().toLowerCase(Locale.ROOT))) {
        json.writeFieldName(field.getName());
        value(json, value);
      }
    }
    json.writeEndObject();
  }

  static void value(JsonGenerator json, @Nullable Object value) throws IOException {
    if (value == null) {
      json.writeNull();
    } else if (value instanceof BigDecimal decimal) {
      json.writeString(decimal.toPlainString());
    } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      json.writeNumber(((Number) value).intValue());
    } else if (value instanceof Long number) {
      json.writeNumber(number);
    } else if (value instanceof BigInteger number) {
      json.writeNumber(number);
    } else if (value instanceof Double || value instanceof Float) {
      finite(json, ((Number) value).doubleValue());
    } else if (value instanceof Boolean bool) {
      json.writeBoolean(bool);
    } else if (value instanceof byte[] bytes) {
      json.writeString(Base64.getEncoder().encodeToString(bytes));
    } else if (value instanceof EnumType literal) {
      json.writeString(literal.getLiteral());
    } else if (value instanceof Json text) {
      json.writeString(text.data());
    } else if (value instanceof Jsonb text) {
      json.writeString(text.data());
    } else if (value instanceof Object[] array) {
      json.writeStartArray();
      for (Object element : array) {
        value(json, element);
      }
      json.writeEndArray();
    } else {
      // Text, dates and times (ISO-8601 from toString), UUIDs and anything else as text.
      json.writeString(value.toString());
    }
  }

  private static void finite(JsonGenerator json, double number) throws IOException {
    if (Double.isFinite(number)) {
      json.writeNumber(number);
    } else {
      json.writeString(Double.toString(number));
    }
  }
}

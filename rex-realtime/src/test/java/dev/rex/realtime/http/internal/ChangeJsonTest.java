package dev.rex.realtime.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.rex.dsl.Json;
import dev.rex.dsl.Jsonb;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** How each Java value of a column is written in a change's JSON. */
class ChangeJsonTest {

  private static String json(@Nullable Object value) throws Exception {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
      ChangeJson.value(json, value);
    }
    return out.toString();
  }

  @Test
  void writesNumbersAsNumbersAndDecimalsAsExactStrings() throws Exception {
    assertThat(json(42)).isEqualTo("42");
    assertThat(json((short) 3)).isEqualTo("3");
    assertThat(json(9007199254740993L)).isEqualTo("9007199254740993");
    assertThat(json(new BigInteger("123456789012345678901234567890")))
        .isEqualTo("123456789012345678901234567890");
    assertThat(json(1.5)).isEqualTo("1.5");
    assertThat(json(Double.NaN)).isEqualTo("\"NaN\"");
    assertThat(json(new BigDecimal("1E+3"))).isEqualTo("\"1000\"");
    assertThat(json(new BigDecimal("0.10"))).isEqualTo("\"0.10\"");
  }

  @Test
  void writesOtherValuesAsText() throws Exception {
    UUID uuid = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
    assertThat(json(null)).isEqualTo("null");
    assertThat(json(true)).isEqualTo("true");
    assertThat(json("a \"quote\"\n")).isEqualTo("\"a \\\"quote\\\"\\n\"");
    assertThat(json(LocalDate.of(2026, 1, 31))).isEqualTo("\"2026-01-31\"");
    assertThat(json(uuid)).isEqualTo("\"123e4567-e89b-12d3-a456-426614174000\"");
    assertThat(json(new byte[] {1, 2, 3})).isEqualTo("\"AQID\"");
    assertThat(json(Json.of("{\"a\":1}"))).isEqualTo("\"{\\\"a\\\":1}\"");
    assertThat(json(new Jsonb("[1]"))).isEqualTo("\"[1]\"");
    assertThat(json(new Object[] {1, "x", null})).isEqualTo("[1,\"x\",null]");
  }
}

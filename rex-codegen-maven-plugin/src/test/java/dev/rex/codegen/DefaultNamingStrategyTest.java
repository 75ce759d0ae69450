package dev.rex.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DefaultNamingStrategyTest {

  private final NamingStrategy naming = new DefaultNamingStrategy();

  @Test
  void snakeCaseAndPascalCaseTablesGetTheSameNames() {
    for (String table : List.of("invoice_line", "InvoiceLine", "INVOICE_LINE", "invoiceLine")) {
      assertThat(naming.tableClass(table)).as(table).isEqualTo("InvoiceLine");
      assertThat(naming.tableConstant(table)).as(table).isEqualTo("INVOICE_LINE");
      assertThat(naming.recordClass(table)).as(table).isEqualTo("InvoiceLineRecord");
    }
  }

  @Test
  void snakeCaseAndPascalCaseColumnsGetTheSameNames() {
    for (String column : List.of("unit_price", "UnitPrice", "unitPrice", "UNIT_PRICE")) {
      assertThat(naming.columnConstant(column)).as(column).isEqualTo("UNIT_PRICE");
      assertThat(naming.getter(column)).as(column).isEqualTo("getUnitPrice");
      assertThat(naming.setter(column)).as(column).isEqualTo("setUnitPrice");
    }
  }

  @Test
  void acronymsDigitsAndSeparatorsSplitIntoWords() {
    assertThat(naming.tableClass("HTTPServer")).isEqualTo("HttpServer");
    assertThat(naming.columnConstant("address2")).isEqualTo("ADDRESS2");
    assertThat(naming.columnConstant("address2Line")).isEqualTo("ADDRESS2_LINE");
    assertThat(naming.columnConstant("first name")).isEqualTo("FIRST_NAME");
    assertThat(naming.columnConstant("price-in-$")).isEqualTo("PRICE_IN");
  }

  @Test
  void nonAsciiLettersBecomeAscii() {
    assertThat(naming.columnConstant("bıgınt")).isEqualTo("BIGINT");
    assertThat(naming.getter("bıgınt")).isEqualTo("getBigint");
    assertThat(naming.tableClass("café_crème")).isEqualTo("CafeCreme");
    assertThat(naming.tableClass("straße")).isEqualTo("Strasse");
  }

  @Test
  void charactersWithoutAsciiSpellingBecomeCodePoints() {
    assertThat(naming.tableClass("日本")).isEqualTo("U65E5U672C");
    assertThat(naming.columnConstant("?")).isEqualTo("U003F");
  }

  @Test
  void enumLabelsBecomeConstants() {
    assertThat(naming.enumConstant("NC-17")).isEqualTo("NC_17");
    assertThat(naming.enumConstant("PG-13")).isEqualTo("PG_13");
    assertThat(naming.enumConstant("happy")).isEqualTo("HAPPY");
    assertThat(naming.enumClass("mpaa_rating")).isEqualTo("MpaaRating");
  }

  @Test
  void keyConstantsNameTheirColumnsNotTheirTables() {
    assertThat(naming.primaryKeyConstant("album")).isEqualTo("ALBUM_PKEY");
    assertThat(naming.uniqueKeyConstant("customer", List.of("email")))
        .isEqualTo("CUSTOMER_EMAIL_KEY");
    assertThat(naming.foreignKeyConstant("Track", List.of("AlbumId")))
        .isEqualTo("FK_TRACK_ALBUM_ID");
    assertThat(naming.foreignKeyConstant("match", List.of("home_team", "season")))
        .isEqualTo("FK_MATCH_HOME_TEAM_SEASON");
  }
}

package dev.rex.dsl;

import static dev.rex.dsl.DSL.extract;
import static dev.rex.dsl.DSL.year;
import static dev.rex.dsl.fixtures.Rendering.PG;
import static dev.rex.dsl.fixtures.Rendering.SQLITE;
import static dev.rex.dsl.fixtures.Rendering.field;
import static dev.rex.dsl.fixtures.Tables.INVOICE;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What {@code extract} renders on each dialect. */
class ExtractTest {

  @Test
  void postgresExtractsAndCastsToInteger() {
    assertThat(field(year(INVOICE.INVOICE_DATE), PG).sql())
        .isEqualTo("cast(extract(year from \"invoice\".\"invoice_date\") as integer)");
    assertThat(field(extract(INVOICE.INVOICE_DATE, DatePart.DAY_OF_WEEK), PG).sql())
        .isEqualTo("(cast(extract(dow from \"invoice\".\"invoice_date\") as integer) + 1)");
    assertThat(field(extract(INVOICE.INVOICE_DATE, DatePart.SECOND), PG).sql())
        .isEqualTo("cast(floor(extract(second from \"invoice\".\"invoice_date\")) as integer)");
  }

  @Test
  void sqliteFormatsWithStrftimeAndCastsToInteger() {
    assertThat(field(extract(INVOICE.INVOICE_DATE, DatePart.MONTH), SQLITE).sql())
        .isEqualTo("cast(strftime('%m', `invoice`.`invoice_date`) as integer)");
    assertThat(field(extract(INVOICE.INVOICE_DATE, DatePart.DAY_OF_WEEK), SQLITE).sql())
        .isEqualTo("(cast(strftime('%w', `invoice`.`invoice_date`) as integer) + 1)");
    assertThat(field(extract(INVOICE.INVOICE_DATE, DatePart.DAY_OF_YEAR), SQLITE).sql())
        .isEqualTo("cast(strftime('%j', `invoice`.`invoice_date`) as integer)");
  }

  @Test
  void extractIsAnIntegerFieldNamedAfterItsPart() {
    Field<Integer> day = extract(INVOICE.INVOICE_DATE, DatePart.DAY_OF_YEAR);
    assertThat(day.getName()).isEqualTo("day_of_year");
    assertThat(day.getDataType()).isEqualTo(SQLDataType.INTEGER);
    assertThat(day).isEqualTo(extract(INVOICE.INVOICE_DATE, DatePart.DAY_OF_YEAR));
    assertThat(day).isNotEqualTo(extract(INVOICE.INVOICE_DATE, DatePart.DAY));
  }
}

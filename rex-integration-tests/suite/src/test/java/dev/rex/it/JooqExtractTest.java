package dev.rex.it;

import static dev.rex.dsl.DSL.count;
import static dev.rex.dsl.DSL.day;
import static dev.rex.dsl.DSL.extract;
import static dev.rex.dsl.DSL.hour;
import static dev.rex.dsl.DSL.minute;
import static dev.rex.dsl.DSL.month;
import static dev.rex.dsl.DSL.second;
import static dev.rex.dsl.DSL.val;
import static dev.rex.dsl.DSL.year;
import static dev.rex.it.chinook.Tables.EMPLOYEE;
import static dev.rex.it.chinook.Tables.INVOICE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.Rex;
import dev.rex.RexSettings;
import dev.rex.dsl.DatePart;
import dev.rex.dsl.Field;
import dev.rex.dsl.Record;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code extract(field, DatePart)} and its shortcuts on real Chinook data, on every dialect. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JooqExtractTest {

  private final Rex db = ChinookDatabase.connect(RexSettings.defaults());

  @AfterAll
  void close() {
    db.close();
  }

  @Test
  void everyPartMatchesWhatJavaReadsFromTheSameTimestamp() {
    List<Field<Integer>> parts =
        List.of(
            year(INVOICE.INVOICE_DATE),
            month(INVOICE.INVOICE_DATE),
            day(INVOICE.INVOICE_DATE),
            hour(INVOICE.INVOICE_DATE),
            minute(INVOICE.INVOICE_DATE),
            second(INVOICE.INVOICE_DATE),
            extract(INVOICE.INVOICE_DATE, DatePart.DAY_OF_WEEK),
            extract(INVOICE.INVOICE_DATE, DatePart.DAY_OF_YEAR));
    for (int id : new int[] {1, 100, 412}) {
      Record row =
          db.select(INVOICE.INVOICE_DATE, parts.get(0), parts.get(1), parts.get(2), parts.get(3))
              .from(INVOICE)
              .where(INVOICE.INVOICE_ID.eq(id))
              .fetchSingle();
      Record more =
          db.select(parts.get(4), parts.get(5), parts.get(6), parts.get(7))
              .from(INVOICE)
              .where(INVOICE.INVOICE_ID.eq(id))
              .fetchSingle();
      LocalDateTime date = row.get(INVOICE.INVOICE_DATE);

      assertThat(List.of(row.get(1), row.get(2), row.get(3), row.get(4)))
          .containsExactly(
              date.getYear(), date.getMonthValue(), date.getDayOfMonth(), date.getHour());
      assertThat(List.of(more.get(0), more.get(1), more.get(2), more.get(3)))
          .containsExactly(
              date.getMinute(),
              date.getSecond(),
              date.getDayOfWeek().getValue() % 7 + 1,
              date.getDayOfYear());
    }
  }

  @Test
  void timePartsOfABoundTimestamp() {
    Field<LocalDateTime> leapDay = val(LocalDateTime.of(2024, 2, 29, 13, 45, 7));
    Record row =
        db.select(
                hour(leapDay),
                minute(leapDay),
                second(leapDay),
                extract(leapDay, DatePart.DAY_OF_WEEK),
                extract(leapDay, DatePart.DAY_OF_YEAR))
            .fetchSingle();

    assertThat(List.of(row.get(0), row.get(1), row.get(2), row.get(3), row.get(4)))
        .containsExactly(13, 45, 7, 5, 60);
  }

  @Test
  void invoicesGroupByTheirYearAndABirthDateGivesItsMonth() {
    Field<Integer> year = year(INVOICE.INVOICE_DATE);
    Map<Integer, Integer> perYear =
        new TreeMap<>(
            db.select(year, count())
                .from(INVOICE)
                .groupBy(year)
                .orderBy(year)
                .fetchMap(year, count()));
    List<Integer> born =
        db.select(extract(EMPLOYEE.BIRTH_DATE, DatePart.MONTH))
            .from(EMPLOYEE)
            .where(EMPLOYEE.EMPLOYEE_ID.eq(1))
            .fetch(r -> r.value1());

    assertThat(perYear).containsOnlyKeys(2021, 2022, 2023, 2024, 2025);
    assertThat(perYear.values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(db.fetchCount(INVOICE));
    LocalDateTime birth =
        db.select(EMPLOYEE.BIRTH_DATE)
            .from(EMPLOYEE)
            .where(EMPLOYEE.EMPLOYEE_ID.eq(1))
            .fetchSingle()
            .value1();
    assertThat(born).containsExactly(birth.getMonthValue());
  }
}

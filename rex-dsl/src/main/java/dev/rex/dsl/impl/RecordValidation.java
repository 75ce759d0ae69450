package dev.rex.dsl.impl;

import dev.rex.dsl.Check;
import dev.rex.dsl.DataType;
import dev.rex.dsl.EnumType;
import dev.rex.dsl.Field;
import dev.rex.dsl.Table;
import dev.rex.dsl.TableRecord;
import dev.rex.dsl.Violation;
import dev.rex.dsl.exception.ValidationException;
import dev.rex.dsl.spi.QueryExecutor;
import dev.rex.dsl.spi.ValidationRules;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Checks a record against what its table declares, column by column, then against the application's
 * rules if the record's executor has any.
 *
 * <p>Declared constraints, judged as the database would judge them: a {@code NOT NULL} column may
 * not hold {@code null}, and a new record must set every {@code NOT NULL} column that has no
 * default and is not generated; text may not be longer than a declared length (in characters); a
 * number must fit the declared {@code numeric(p, s)} after rounding to {@code s} places (the
 * database rounds extra decimals but rejects too many integer digits); an enum value must be one of
 * the type's values; and every {@link Check} of the table must hold.
 */
final class RecordValidation {

  private RecordValidation() {}

  /**
   * Every violation of {@code record}: its table's declared constraints, then the rules of {@code
   * executor} if it has any ({@link ValidationRules}); empty when the record may be written. The
   * runtime calls it for batch inserts, whose records need not be attached.
   */
  static List<Violation> violations(TableRecord<?> record, @Nullable QueryExecutor executor) {
    Table<?> table = record.table();
    boolean isNew = Queries.generated().isNew(record);
    String tableName = table.getName();
    List<Violation> found = new ArrayList<>();
    List<Field<?>> fields = table.fields();
    for (int i = 0; i < fields.size(); i++) {
      Field<?> field = fields.get(i);
      column(tableName, field, record.get(i), isNew && !record.changed(field), found);
    }
    for (Check check : table.getChecks()) {
      Object value = record.get(check.field().getName());
      if (!check.test(value)) {
        found.add(
            new Violation(
                tableName,
                check.field().getName(),
                check.name(),
                value,
                tableName
                    + "."
                    + check.field().getName()
                    + " must satisfy "
                    + check.condition()
                    + " (check "
                    + check.name()
                    + "), but is "
                    + describe(value)
                    + "."));
      }
    }
    if (executor instanceof ValidationRules rules) {
      found.addAll(rules.check(record));
    }
    return found;
  }

  /** Throws a {@link ValidationException} listing every violation of {@code record}, if any. */
  static void require(TableRecord<?> record, @Nullable QueryExecutor executor) {
    List<Violation> found = violations(record, executor);
    if (!found.isEmpty()) {
      throw new ValidationException(found);
    }
  }

  private static void column(
      String table, Field<?> field, @Nullable Object value, boolean unset, List<Violation> found) {
    DataType<?> type = field.getDataType();
    String column = field.getName();
    String where = table + "." + column;
    if (value == null) {
      if (!type.isNullable() && !(unset && type.isDefaulted())) {
        found.add(
            new Violation(
                table,
                column,
                "not null",
                null,
                unset
                    ? where + " must be set: the column is not null and has no default."
                    : where + " must not be null."));
      }
      return;
    }
    if (type.getLength() > 0 && value instanceof CharSequence text) {
      String string = text.toString();
      int length = string.codePointCount(0, string.length());
      if (length > type.getLength()) {
        found.add(
            new Violation(
                table,
                column,
                "length <= " + type.getLength(),
                value,
                where
                    + " may be at most "
                    + type.getLength()
                    + " characters long, but "
                    + describe(value)
                    + " has "
                    + length
                    + "."));
      }
    }
    if (type.getPrecision() > 0 && value instanceof BigDecimal number) {
      precision(table, column, type, number, found);
    }
    List<?> allowed = type.getEnumValues();
    if (!allowed.isEmpty() && !allowed.contains(value)) {
      found.add(
          new Violation(
              table,
              column,
              "enum " + type.getTypeName(),
              value,
              where
                  + " must be one of "
                  + allowed.stream()
                      .map(v -> v instanceof EnumType e ? e.getLiteral() : String.valueOf(v))
                      .collect(Collectors.joining(", "))
                  + ", but is "
                  + describe(value)
                  + "."));
    }
  }

  private static void precision(
      String table, String column, DataType<?> type, BigDecimal number, List<Violation> found) {
    int integerDigits = type.getPrecision() - type.getScale();
    BigDecimal rounded = number.setScale(type.getScale(), RoundingMode.HALF_UP);
    int digits = rounded.precision() - rounded.scale();
    if (digits > integerDigits && rounded.signum() != 0) {
      found.add(
          new Violation(
              table,
              column,
              "numeric(" + type.getPrecision() + ", " + type.getScale() + ")",
              number,
              table
                  + "."
                  + column
                  + " may have at most "
                  + integerDigits
                  + " digits before the decimal point (numeric("
                  + type.getPrecision()
                  + ", "
                  + type.getScale()
                  + ")), but "
                  + number.toPlainString()
                  + " has "
                  + digits
                  + "."));
    }
  }

  /** A value for a message: text in quotes and shortened, anything else as is. */
  static String describe(@Nullable Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof BigDecimal number) {
      return number.toPlainString();
    }
    if (value instanceof CharSequence text) {
      String string = text.toString();
      return string.length() <= 40 ? '"' + string + '"' : '"' + string.substring(0, 37) + "...\"";
    }
    return value.toString();
  }
}

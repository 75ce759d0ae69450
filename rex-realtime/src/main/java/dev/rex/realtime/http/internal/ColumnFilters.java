package dev.rex.realtime.http.internal;

import dev.rex.dsl.Field;
import dev.rex.dsl.Record;
import dev.rex.dsl.Table;
import dev.rex.realtime.ChangeStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A client's filter, column equality only, as a typed condition: {@code artist_id=1} becomes {@code
 * ARTIST_ID.eq(1)} with the value converted to the column's Java type ({@link ColumnValues}).
 * Several columns are ANDed. Column names are the SQL names, matched exactly or else ignoring case.
 */
final class ColumnFilters {

  private ColumnFilters() {}

  /**
   * The filters for {@code values} (column name to text, {@code null} for SQL NULL).
   *
   * @throws BadRequest (400) naming an unknown column or a value that is not one of its column
   */
  static List<ColumnFilter> of(Table<?> table, Map<String, @Nullable String> values)
      throws BadRequest {
    List<ColumnFilter> filters = new ArrayList<>();
    for (Map.Entry<String, @Nullable String> entry : values.entrySet()) {
      Field<?> field = column(table, entry.getKey());
      String text = entry.getValue();
      filters.add(new ColumnFilter(field, text == null ? null : ColumnValues.parse(field, text)));
    }
    return filters;
  }

  static Field<?> column(Table<?> table, String name) throws BadRequest {
    Field<?> folded = null;
    for (Field<?> field : table.fields()) {
      if (field.getName().equals(name)) {
        return field;
      }
      if (folded == null
          && field.getName().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
        folded = field;
      }
    }
    if (folded != null) {
      return folded;
    }
    throw new BadRequest(
        400, "The table '" + table.getName() + "' has no column '" + name + "' to filter on.");
  }

  /**
   * A client's filter on one column: equal to {@code value} (of the column's Java type), or NULL.
   *
   * @param field the column
   * @param value the value, or {@code null} for "is null"
   */
  record ColumnFilter(Field<?> field, @Nullable Object value) {

    /** Narrows {@code stream} by this filter; an equality is indexed ({@code whereEqual}). */
    <R extends Record> ChangeStream<R> narrow(ChangeStream<R> stream) {
      return value == null ? stream.where(field.isNull()) : equal(stream, field, value);
    }

    @SuppressWarnings("unchecked")
    private static <R extends Record, T> ChangeStream<R> equal(
        ChangeStream<R> stream, Field<T> field, Object value) {
      // ColumnValues made value of the field's Java type.
      return stream.whereEqual(field, (T) value);
    }
  }
}

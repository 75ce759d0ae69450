package dev.rex.dsl.impl;

import dev.rex.dsl.Asterisk;
import dev.rex.dsl.QualifiedAsterisk;
import dev.rex.dsl.SelectField;
import dev.rex.dsl.SelectFieldOrAsterisk;
import dev.rex.dsl.Table;
import dev.rex.dsl.exception.InvalidQueryException;
import dev.rex.dsl.spi.RenderContext;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code *} and {@code table.*} in a SELECT list. Neither reaches the SQL as an asterisk: {@code
 * table.*} becomes the table's fields where the list is built, and a lone {@code *} becomes the
 * empty list, which already means every column of FROM and JOIN (the record type follows the tables
 * as they are added). Naming the columns keeps the result's columns those of the generated fields,
 * in their order, whatever order the database keeps them in.
 */
final class Asterisks {

  static final Asterisk ALL = new All();

  private Asterisks() {}

  /** The SELECT list {@code fields} stands for. */
  static List<SelectField<?>> expand(SelectFieldOrAsterisk... fields) {
    List<SelectField<?>> expanded = new ArrayList<>(fields.length);
    for (SelectFieldOrAsterisk field : fields) {
      if (field instanceof SelectField<?> one) {
        expanded.add(one);
      } else if (field instanceof QualifiedAsterisk qualified) {
        expanded.addAll(qualified.table().fields());
      } else if (field instanceof Asterisk) {
        if (fields.length > 1) {
          throw new InvalidQueryException(
              "asterisk() stands for every column of FROM and JOIN and cannot be combined with"
                  + " other fields; use TABLE.asterisk() for each table instead");
        }
      } else {
        throw new InvalidQueryException("Not a field or asterisk Rex can select: " + field);
      }
    }
    return expanded;
  }

  /** {@code *}. */
  private static final class All implements Asterisk {
    @Override
    public void accept(RenderContext context) {
      context.sql('*');
    }

    @Override
    public String toString() {
      return "*";
    }
  }

  /** {@code table.*}. */
  record Qualified(Table<?> table) implements QualifiedAsterisk {
    @Override
    public void accept(RenderContext context) {
      Renderer.list(context, table.fields(), ", ");
    }
  }
}

package dev.rex.dsl;

import static dev.rex.dsl.DSL.count;
import static dev.rex.dsl.DSL.select;
import static dev.rex.dsl.DSL.val;
import static dev.rex.dsl.fixtures.Rendering.assertRenders;
import static dev.rex.dsl.fixtures.Tables.ARTIST;
import static dev.rex.dsl.fixtures.Tables.TRACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.dsl.impl.Queries;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Corners found in review: aliases inside expressions, untyped nulls, lookups by name. */
class EdgeCasesTest {

  @Test
  void anAliasIsDeclaredInTheSelectListNamedInOrderByAndExpandedElsewhere() {
    Field<Integer> n = count().as("n");

    assertRenders(
        select(n, n.plus(1).as("m")).from(TRACK).having(n.gt(0)).orderBy(n.desc()),
        "select count(*) as \"n\", (count(*) + ?) as \"m\" from \"track\""
            + " having count(*) > ? order by \"n\" desc",
        1,
        0);
  }

  @Test
  void aNullValueWithoutATypeIsRefusedWithAHint() {
    assertThatThrownBy(() -> val(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("val(null, SQLDataType");
  }

  @Test
  void recordLookupByNameNeverReturnsAnotherTablesColumn() {
    Record row =
        Queries.<Record>rowRecordType(List.of(ARTIST.NAME)).newRecord(new Object[] {"Nina"}, null);

    assertThat(row.get(ARTIST.NAME)).isEqualTo("Nina");
    assertThatThrownBy(() -> row.get(TRACK.NAME))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no field name");
  }
}

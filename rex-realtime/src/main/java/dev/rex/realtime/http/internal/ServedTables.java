package dev.rex.realtime.http.internal;

import dev.rex.dsl.Table;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The served tables by SQL name: an exact match first, then one that differs only in case. */
final class ServedTables {

  private final Map<String, Table<?>> exact = new HashMap<>();
  private final Map<String, Table<?>> folded = new HashMap<>();

  ServedTables(List<Table<?>> tables) {
    for (Table<?> table : tables) {
      exact.put(table.getName(), table);
      folded.putIfAbsent(table.getName().toLowerCase(Locale.ROOT), table);
    }
  }

  @Nullable Table<?> find(String name) {
    Table<?> table = exact.get(name);
    return table != null ? table : folded.get(name.toLowerCase(Locale.ROOT));
  }
}

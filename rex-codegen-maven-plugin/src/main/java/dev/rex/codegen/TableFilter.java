package dev.rex.codegen;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides which tables are generated. A table is included when it matches at least one include
 * pattern (or none are given) and no exclude pattern. A pattern matches when it matches the whole
 * table name or the whole {@code schema.table} name. Flyway's {@code flyway_schema_history} and
 * rex-realtime's change log ({@code rex_change_log}, {@code rex_change_head}, which {@code
 * rex:realtime}'s migration creates) are always excluded: they are infrastructure, not data an
 * application queries or exposes over GraphQL.
 */
final class TableFilter {

  static final String FLYWAY_HISTORY = "flyway_schema_history";

  /** The tables never generated, whatever the includes say. */
  static final Set<String> INFRASTRUCTURE =
      Set.of(FLYWAY_HISTORY, "rex_change_log", "rex_change_head");

  private final List<Pattern> includes;
  private final List<Pattern> excludes;

  TableFilter(List<String> includes, List<String> excludes) {
    this.includes = includes.stream().map(Pattern::compile).toList();
    this.excludes = excludes.stream().map(Pattern::compile).toList();
  }

  boolean includes(String schema, String table) {
    if (INFRASTRUCTURE.contains(table)) {
      return false;
    }
    boolean included = includes.isEmpty() || matchesAny(includes, schema, table);
    return included && !matchesAny(excludes, schema, table);
  }

  private static boolean matchesAny(List<Pattern> patterns, String schema, String table) {
    String qualified = schema + "." + table;
    for (Pattern pattern : patterns) {
      if (pattern.matcher(table).matches() || pattern.matcher(qualified).matches()) {
        return true;
      }
    }
    return false;
  }
}

package dev.rex.codegen.scaffold;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The names {@code rex:new} accepts for tables and columns: lower-case snake case ({@code
 * invoice_line}), at most 63 characters (the shortest limit of the supported databases), and not a
 * word any of them reserves, so that the name never needs quoting in hand-written SQL.
 */
final class SqlNames {

  static final int MAX_LENGTH = 63;

  private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");

  /** Words reserved by standard SQL or by one of the supported databases. */
  private static final Set<String> RESERVED =
      Set.of(
          "add",
          "all",
          "alter",
          "analyse",
          "analyze",
          "and",
          "any",
          "array",
          "as",
          "asc",
          "asymmetric",
          "authorization",
          "before",
          "between",
          "bigint",
          "binary",
          "both",
          "by",
          "call",
          "cascade",
          "case",
          "cast",
          "change",
          "char",
          "character",
          "check",
          "collate",
          "column",
          "condition",
          "constraint",
          "continue",
          "convert",
          "create",
          "cross",
          "current",
          "current_catalog",
          "current_date",
          "current_role",
          "current_schema",
          "current_time",
          "current_timestamp",
          "current_user",
          "cursor",
          "database",
          "databases",
          "dec",
          "decimal",
          "declare",
          "default",
          "deferrable",
          "delete",
          "desc",
          "describe",
          "distinct",
          "div",
          "do",
          "double",
          "drop",
          "each",
          "else",
          "elseif",
          "end",
          "escape",
          "except",
          "exists",
          "exit",
          "explain",
          "false",
          "fetch",
          "float",
          "for",
          "force",
          "foreign",
          "freeze",
          "from",
          "full",
          "fulltext",
          "function",
          "grant",
          "group",
          "having",
          "if",
          "ignore",
          "ilike",
          "in",
          "index",
          "initially",
          "inner",
          "inout",
          "insert",
          "int",
          "integer",
          "intersect",
          "interval",
          "into",
          "is",
          "isnull",
          "join",
          "key",
          "keys",
          "kill",
          "lateral",
          "leading",
          "leave",
          "left",
          "like",
          "limit",
          "lines",
          "load",
          "localtime",
          "localtimestamp",
          "lock",
          "long",
          "loop",
          "match",
          "merge",
          "mod",
          "natural",
          "not",
          "notnull",
          "null",
          "numeric",
          "of",
          "offset",
          "on",
          "only",
          "option",
          "or",
          "order",
          "out",
          "outer",
          "over",
          "overlaps",
          "partition",
          "placing",
          "precision",
          "primary",
          "procedure",
          "range",
          "read",
          "real",
          "recursive",
          "references",
          "regexp",
          "release",
          "rename",
          "repeat",
          "replace",
          "require",
          "restrict",
          "return",
          "returning",
          "revoke",
          "right",
          "rlike",
          "row",
          "rows",
          "schema",
          "select",
          "session_user",
          "set",
          "show",
          "similar",
          "smallint",
          "some",
          "sql",
          "start",
          "symmetric",
          "system_user",
          "table",
          "then",
          "to",
          "trailing",
          "trigger",
          "true",
          "union",
          "unique",
          "unlock",
          "unsigned",
          "update",
          "usage",
          "use",
          "user",
          "using",
          "values",
          "varchar",
          "variadic",
          "verbose",
          "when",
          "where",
          "while",
          "window",
          "with",
          "write",
          "xor");

  private SqlNames() {}

  /**
   * Why {@code name} cannot name a table or column, or null when it can.
   *
   * @param what {@code "table name"} or {@code "column name"}, for the sentence
   */
  static @Nullable String problem(String what, String name) {
    if (name.isEmpty()) {
      return "the " + what + " is empty";
    }
    if (!NAME.matcher(name).matches()) {
      String lower = name.toLowerCase(Locale.ROOT);
      return "the "
          + what
          + " '"
          + name
          + "' is not lower-case snake case (letters a-z, digits and _, not starting with a"
          + " digit)"
          + (NAME.matcher(lower).matches() ? "; write '" + lower + "'" : "");
    }
    if (name.length() > MAX_LENGTH) {
      return "the " + what + " '" + name + "' is longer than " + MAX_LENGTH + " characters";
    }
    if (RESERVED.contains(name)) {
      return "the "
          + what
          + " '"
          + name
          + "' is a reserved word in SQL, so it would need quoting in every query; pick another"
          + " name, such as 'app_"
          + name
          + "'";
    }
    return null;
  }
}

package dev.rex.dsl.spi;

import dev.rex.dsl.Query;
import dev.rex.dsl.Table;
import dev.rex.dsl.impl.Queries;
import java.util.Set;

/**
 * The tables a statement touches, found by walking its model: every table declared in {@code FROM}
 * and {@code JOIN} at any depth (subqueries in {@code FROM} and {@code WHERE}, common table
 * expressions, set operations) and, for {@code INSERT}, {@code UPDATE} and {@code DELETE}, the
 * target, and every table a column reaches by navigation ({@code ALBUM.artist().NAME} reads {@code
 * artist}, joined implicitly), in any clause and at any depth. A result cache uses it to know which
 * cached results a write makes stale.
 *
 * <p>It is the vocabulary of the result cache and its invalidation: a write makes stale the cached
 * results of the tables it names. A listener or plugin may use it the same way.
 *
 * <p>The walk reuses the rendering code in a mode that produces no text: a context that records
 * each table it is asked to visit. Names are as the database spells them, qualified with the schema
 * when the table has one ({@code "sales.invoice"}). Plain SQL cannot be analysed; its kind is
 * {@link Kind#PLAIN_SQL} and its table set is empty.
 *
 * @param kind whether the statement reads, writes or is plain SQL
 * @param tables the tables it reads or writes
 */
public record StatementTables(Kind kind, Set<String> tables) {

  /** What a statement does to its tables. */
  public enum Kind {
    /** A query: {@code SELECT}, possibly with {@code WITH} and set operations. */
    READ,
    /** {@code INSERT}, {@code UPDATE} or {@code DELETE} (the tables include those it reads). */
    WRITE,
    /** Application-written SQL, whose tables are unknown. */
    PLAIN_SQL
  }

  /** Copies {@code tables}. */
  public StatementTables {
    tables = Set.copyOf(tables);
  }

  /**
   * The tables of {@code query}, found by walking its model.
   *
   * @param query a statement built with Rex's DSL, or plain SQL
   * @return its kind and tables
   */
  public static StatementTables of(Query query) {
    return Queries.statementTables(query);
  }

  /**
   * The name a table is known by in table sets: {@code name}, or {@code schema.name}.
   *
   * @param table any table
   * @return its name, schema-qualified when it has a schema
   */
  public static String nameOf(Table<?> table) {
    String schema = table.getSchema();
    return schema == null ? table.getName() : schema + "." + table.getName();
  }
}

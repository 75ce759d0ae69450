package dev.rex.dsl.impl;

import dev.rex.dsl.Field;
import dev.rex.dsl.QueryPart;
import dev.rex.dsl.SQLDataType;
import dev.rex.dsl.exception.RawSqlException;
import dev.rex.dsl.spi.QueryExecutor;
import dev.rex.dsl.spi.RawSqlSyntax;
import dev.rex.dsl.spi.RenderContext;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * SQL text written by the application, with {@code ?} placeholders bound to values, so raw SQL is
 * still parameterised. The text is split at its placeholders by the dialect's {@link RawSqlSyntax}
 * (strings, quoted identifiers, comments and, on PostgreSQL, dollar quotes hide a {@code ?}, see
 * {@link RawSqlScanner}), so that Rex binds exactly the placeholders the database sees; rendering
 * interleaves the pieces with the binds. The split needs the dialect, so it happens when the query
 * is attached (the count is checked at once) or else when it is first rendered.
 */
record PlainSql(String sql, List<Field<?>> binds, boolean returnsRows) implements QueryPart {

  PlainSql {
    binds = List.copyOf(binds);
  }

  /** {@code model}, refused at once if it is bad raw SQL and the dialect is known already. */
  static PlainSql checked(PlainSql model, @Nullable QueryExecutor executor) {
    if (executor != null) {
      model.pieces(executor.dialect().rawSqlSyntax());
    }
    return model;
  }

  /**
   * Raw SQL with its bind values.
   *
   * @param returnsRows true for a query whose rows are fetched: it must be one statement, since
   *     only one statement's rows can be read (and a driver would otherwise run the rest and then
   *     fail)
   */
  static PlainSql of(String sql, Object[] values, boolean returnsRows) {
    List<Field<?>> binds = new ArrayList<>(values.length);
    for (Object value : values) {
      binds.add(value == null ? new Val<>(null, SQLDataType.other("null")) : bind(value));
    }
    return new PlainSql(sql, binds, returnsRows);
  }

  /** The same SQL run as a statement, whose rows (if any) are skipped. */
  PlainSql asStatement() {
    return new PlainSql(sql, binds, false);
  }

  private static Field<?> bind(Object value) {
    return value instanceof Field<?> field ? field : Val.infer(value);
  }

  /**
   * The text between placeholders as {@code syntax} reads it: n placeholders give n + 1 pieces.
   *
   * @throws RawSqlException if the placeholders do not match the bind values, or the text holds
   *     several statements and either rows are to be fetched or the database would run only the
   *     first
   */
  List<String> pieces(RawSqlSyntax syntax) {
    RawSqlScanner.Scan scan = RawSqlScanner.scan(sql, syntax);
    int placeholders = scan.pieces().size() - 1;
    if (placeholders != binds.size()) {
      throw new RawSqlException(
          "The SQL has "
              + placeholders
              + " placeholders but "
              + binds.size()
              + " bind values were given; pass one value per ? outside strings, quoted names and"
              + " comments: "
              + sql);
    }
    if (scan.statements() > 1 && returnsRows) {
      throw new RawSqlException(
          "The SQL holds "
              + scan.statements()
              + " statements, but a fetch reads the rows of one; fetch the query alone and run the"
              + " other statements with db.execute(...): "
              + sql);
    }
    if (scan.statements() > 1 && !syntax.runsEveryStatement()) {
      throw new RawSqlException(
          "The SQL holds "
              + scan.statements()
              + " statements, but this database's driver would run only the first and silently"
              + " skip the rest; run each statement with its own call (in db.transaction(…) to"
              + " make them atomic): "
              + sql);
    }
    return scan.pieces();
  }

  @Override
  public void accept(RenderContext context) {
    if (!context.rendersSql()) {
      // A cached shape: the text was split and checked when it was first rendered.
      binds.forEach(context::visit);
      return;
    }
    List<String> pieces = pieces(context.dialect().rawSqlSyntax());
    context.sql(pieces.get(0));
    for (int i = 0; i < binds.size(); i++) {
      context.visit(binds.get(i)).sql(pieces.get(i + 1));
    }
  }
}

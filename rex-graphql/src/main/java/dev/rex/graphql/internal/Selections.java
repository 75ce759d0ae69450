package dev.rex.graphql.internal;

import dev.rex.dsl.Condition;
import dev.rex.dsl.DSL;
import dev.rex.dsl.OrderField;
import dev.rex.dsl.Record;
import dev.rex.dsl.RecordType;
import dev.rex.dsl.Result;
import dev.rex.dsl.Select;
import dev.rex.dsl.SelectField;
import dev.rex.dsl.Table;
import dev.rex.dsl.spi.QueryExecutor;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.GraphQLOutputType;
import graphql.schema.SelectedField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Compiles a selection set into the select list of one statement and decodes its rows. Columns are
 * selected directly; each relation becomes a {@code multiset} — a correlated subquery the database
 * aggregates into JSON — with its own selection, filter, order and page, nested to any depth. So a
 * root field is one statement however deep the query goes, and every row is decoded into a map
 * keyed by the GraphQL result key (the alias, or the field name), which the default data fetcher
 * reads. A to-many relation's connection or aggregate field is a {@code multiset} too, compiled by
 * {@link RelationSummaries} and decoded by its own decoder.
 */
final class Selections {

  /**
   * What a row becomes: the select list and, per result key, where its value is. {@code
   * keyedByName} when every result key is its field's name (no aliases), so that its rows are
   * {@link NamedRow}s.
   */
  record Projection(
      List<SelectField<?>> fields,
      List<Output> outputs,
      @Nullable RecordType<?> recordType,
      @Nullable QueryExecutor executor,
      boolean keyedByName,
      boolean completable) {

    /**
     * This projection's outputs read {@code offset} columns further on, from {@code fields}, which
     * hold this projection's fields there; its rows keyed by result key.
     */
    Projection movedInto(List<SelectField<?>> fields, int offset) {
      List<Output> moved = new ArrayList<>(outputs.size());
      for (Output output : outputs) {
        moved.add(output.at(output.index() + offset));
      }
      return new Projection(
          List.copyOf(fields), List.copyOf(moved), recordType, executor, false, completable);
    }
  }

  /**
   * A decoded row whose every key is the name of the field it answers, because the selection had no
   * aliases. {@link RowFetcher} reads such a row by field name without asking graphql-java for the
   * result key, which would make it build a {@code DataFetchingEnvironment} per field.
   */
  static final class NamedRow extends HashMap<String, @Nullable Object> {
    private static final long serialVersionUID = 1L;
  }

  /**
   * One result key: a column at {@code index}, or a nested result at {@code index} decoded with
   * {@code child} (null for a column), as a list when {@code many}, or — with a {@code decoder} — a
   * nested connection or aggregate's rows, decoded by it. {@code type} is the field's GraphQL type,
   * for {@link CompletedRows}; a {@code typeName} output is {@code __typename}, which only
   * completed rows hold (graphql-java answers it itself for the others).
   */
  record Output(
      String key,
      int index,
      @Nullable Projection child,
      boolean many,
      @Nullable Function<Result<?>, @Nullable Object> decoder,
      @Nullable GraphQLOutputType type,
      @Nullable String typeName) {

    static Output column(String key, int index, GraphQLOutputType type) {
      return new Output(key, index, null, false, null, type, null);
    }

    static Output nested(
        String key, int index, Projection child, boolean many, GraphQLOutputType type) {
      return new Output(key, index, child, many, null, type, null);
    }

    static Output summary(String key, int index, Function<Result<?>, @Nullable Object> decoder) {
      return new Output(key, index, null, false, decoder, null, null);
    }

    static Output record(int index) {
      return new Output(RECORD_KEY, index, null, false, null, null, null);
    }

    static Output typeName(String key, String typeName) {
      return new Output(key, -1, null, false, null, null, typeName);
    }

    /** This output read from {@code newIndex} instead. */
    Output at(int newIndex) {
      return typeName != null
          ? this
          : new Output(key, newIndex, child, many, decoder, type, typeName);
    }
  }

  /**
   * The row-map key of the row's generated record, present when the selection has fields an
   * application added ({@link Extensions}); GraphQL names cannot start with two underscores outside
   * introspection, so it never meets a result key.
   */
  static final String RECORD_KEY = "__rexRecord";

  private Selections() {}

  static Projection project(
      Compilation compilation, Entity entity, Table<?> table, DataFetchingFieldSelectionSet set) {
    List<SelectField<?>> fields = new ArrayList<>();
    List<Output> outputs = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    boolean byName = true;
    boolean completable = true;
    for (SelectedField selected : set.getImmediateFields()) {
      String name = selected.getName();
      if (!keys.add(selected.getResultKey())) {
        continue;
      }
      if (name.startsWith("__")) {
        List<String> types = selected.getObjectTypeNames();
        if (name.equals("__typename") && types.size() == 1) {
          outputs.add(Output.typeName(selected.getResultKey(), types.get(0)));
        } else {
          completable = false;
        }
        continue;
      }
      byName &= name.equals(selected.getResultKey());
      Attribute attribute = entity.attribute(name);
      if (attribute != null) {
        outputs.add(Output.column(selected.getResultKey(), fields.size(), selected.getType()));
        fields.add(Tables.column(table, attribute.column().name()));
        continue;
      }
      Relation relation = entity.relation(name);
      if (relation != null) {
        Nested nested = nested(compilation, relation, table, selected);
        completable &= nested.projection.completable();
        outputs.add(
            Output.nested(
                selected.getResultKey(),
                fields.size(),
                nested.projection,
                relation.many(),
                selected.getType()));
        fields.add(DSL.multiset(nested.select));
        continue;
      }
      completable = false;
      CompiledField summary = RelationSummaries.compile(compilation, entity, table, selected);
      if (summary != null) {
        outputs.add(Output.summary(selected.getResultKey(), fields.size(), summary.decoder()));
        fields.add(DSL.multiset(summary.select()));
        continue;
      }
      if (keys.add(RECORD_KEY)) {
        // a field the application added: it reads the whole row as a record
        outputs.add(Output.record(fields.size()));
        fields.addAll(table.fields());
      }
    }
    if (fields.isEmpty()) {
      // Only __typename was asked for: select something so that the statement is valid.
      fields.add(DSL.val(1));
    }
    if (keys.contains(RECORD_KEY)) {
      compilation.bindToRequest(); // the records are bound to this request's database
      return new Projection(
          List.copyOf(fields),
          List.copyOf(outputs),
          table.recordType(),
          compilation.tables.scope().database().executor(),
          byName,
          false);
    }
    return new Projection(
        List.copyOf(fields), List.copyOf(outputs), null, null, byName, completable);
  }

  private record Nested(Projection projection, Select<Record> select) {}

  private static Nested nested(
      Compilation compilation, Relation relation, Table<?> source, SelectedField selected) {
    Entity target = compilation.entity(relation.target());
    Table<?> alias = compilation.table(target);
    Projection projection = project(compilation, target, alias, selected.getSelectionSet());
    Map<String, Object> arguments = selected.getArguments();
    Condition link = Link.of(relation, source, alias, compilation.tables);
    if (!relation.many()) {
      return new Nested(
          projection,
          DSL.select(projection.fields().toArray(SelectField<?>[]::new))
              .from(alias)
              .where(link)
              .limit(1));
    }
    Condition where = Filters.where(compilation, target, alias, arguments.get(ObjectTypes.WHERE));
    return new Nested(
        projection,
        page(
            compilation,
            projection,
            alias,
            DSL.and(link, where),
            Orders.orderBy(compilation, target, alias, arguments.get(ObjectTypes.ORDER_BY)),
            arguments,
            true));
  }

  /**
   * A page of rows: the caller's limit and offset, or, without a limit, one row more than the
   * largest page so that {@link #decode} can refuse a result it would otherwise have to cut.
   *
   * <p>A {@code nested} list without a limit gets no {@code LIMIT} at all: {@link #decode} counts
   * its rows all the same. A bound there would be a bind parameter, and once PostgreSQL switches a
   * prepared statement to its generic plan (after five executions) it plans {@code LIMIT $n} as a
   * small fraction of the rows, so it prefers an index that yields the order and filters the
   * correlation on the way — a full scan of that index per parent row. On Chinook's {@code
   * playlistTracks(orderBy: playlistId)} under tracks this cost PostgreSQL five times the CPU per
   * statement (docs/benchmarks.md, "GraphQL vs PostGraphile"). A root list keeps its bound: it is
   * not correlated, and the bound keeps the database from reading more than one row past the limit.
   */
  static Select<Record> page(
      Compilation compilation,
      Projection projection,
      Table<?> table,
      Condition where,
      List<OrderField<?>> order,
      Map<String, Object> arguments,
      boolean nested) {
    Integer limit = compilation.limit(arguments);
    Integer offset = compilation.offset(arguments);
    var ordered =
        DSL.select(projection.fields().toArray(SelectField<?>[]::new))
            .from(table)
            .where(where)
            .orderBy(order);
    if (limit == null && nested) {
      return offset == null || offset == 0 ? ordered : ordered.offset(offset);
    }
    var select = ordered.limit(limit == null ? compilation.maxRows + 1 : limit);
    return offset == null || offset == 0 ? select : select.offset(offset);
  }

  private static Record rowRecord(Record row, int start, Projection projection) {
    RecordType<?> type = projection.recordType();
    if (type == null) {
      throw new IllegalStateException("a record was selected without its type");
    }
    Object[] values = new Object[type.fields().size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = row.get(start + i);
    }
    return type.newRecord(values, projection.executor());
  }

  /** Refuses a list longer than {@code maxRows} rather than cutting it. */
  static void checkSize(Result<? extends Record> result, int maxRows) {
    if (result.size() > maxRows) {
      throw new RequestException(
          "TOO_MANY_ROWS",
          "the list has more than "
              + maxRows
              + " rows, the most one field may return; ask for a page with limit and offset");
    }
  }

  /**
   * The rows of {@code result} as maps by result key: {@linkplain CompletedRows complete} when the
   * projection and its values allow, else for graphql-java to complete.
   */
  static List<Map<String, @Nullable Object>> decode(
      Result<? extends Record> result, Projection projection, int maxRows) {
    if (projection.completable()) {
      List<Map<String, @Nullable Object>> complete =
          CompletedRows.list(result, projection, maxRows);
      if (complete != null) {
        return complete;
      }
    }
    return plain(result, projection, maxRows);
  }

  /** One row of a statement as a map by result key, complete when it can be (see above). */
  static Map<String, @Nullable Object> decode(Record record, Projection projection, int maxRows) {
    if (projection.completable()) {
      Map<String, @Nullable Object> complete = CompletedRows.row(record, projection, maxRows);
      if (complete != null) {
        return complete;
      }
    }
    return plain(record, projection, maxRows);
  }

  private static List<Map<String, @Nullable Object>> plain(
      Result<? extends Record> result, Projection projection, int maxRows) {
    checkSize(result, maxRows);
    List<Map<String, @Nullable Object>> rows = new ArrayList<>(result.size());
    for (Record record : result) {
      rows.add(plain(record, projection, maxRows));
    }
    return rows;
  }

  private static Map<String, @Nullable Object> plain(
      Record record, Projection projection, int maxRows) {
    Map<String, @Nullable Object> row = projection.keyedByName() ? new NamedRow() : new HashMap<>();
    for (Output output : projection.outputs()) {
      if (output.typeName() != null) {
        continue; // graphql-java answers __typename itself
      }
      if (output.key().equals(RECORD_KEY)) {
        row.put(RECORD_KEY, rowRecord(record, output.index(), projection));
        continue;
      }
      Object value = record.get(output.index());
      Function<Result<?>, @Nullable Object> decoder = output.decoder();
      if (decoder != null) {
        row.put(output.key(), decoder.apply((Result<?>) value));
        continue;
      }
      Projection child = output.child();
      if (child == null) {
        row.put(output.key(), Values.toGraphQL(value));
        continue;
      }
      List<Map<String, @Nullable Object>> nested =
          value == null ? List.of() : decode((Result<?>) value, child, maxRows);
      row.put(output.key(), output.many() ? nested : nested.isEmpty() ? null : nested.get(0));
    }
    return row;
  }
}

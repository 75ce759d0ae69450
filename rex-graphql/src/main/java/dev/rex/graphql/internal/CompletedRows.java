package dev.rex.graphql.internal;

import dev.rex.dsl.Record;
import dev.rex.dsl.Result;
import graphql.GraphQLContext;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Rows decoded straight into their place in the response, so that graphql-java need not complete
 * them field by field.
 *
 * <p>A selection Rex compiles holds only columns, relations and {@code __typename}: every value
 * below the root field comes from the one statement. graphql-java would still walk each of those
 * fields — a step, a fetcher call, a coercion and a result map per field, about half of the
 * server's CPU on the nested benchmark query (docs/benchmarks.md, "GraphQL vs PostGraphile") — to
 * produce what this class produces in one pass: each row a map in selection order, by result key,
 * holding each value as its scalar or enum serializes it. {@link CompletingStrategies} hands a
 * {@link Row} or {@link Rows} to the response as it is.
 *
 * <p>What graphql-java does differently for a wrong value — a null in a non-null field, a value a
 * scalar cannot show — is an error in the response and a null bubbling up. Rather than copy that, a
 * row with such a value is not completed here at all: decoding stops ({@link #list} and {@link
 * #row} return null) and the caller decodes the plain rows graphql-java completes itself. A
 * selection with anything else (a connection, an aggregate, a field an application added) is never
 * completed here ({@link Selections.Projection#completable()}).
 */
final class CompletedRows {

  /** A row of the response, complete: graphql-java returns it as it is. */
  static final class Row extends LinkedHashMap<String, @Nullable Object> {
    private static final long serialVersionUID = 1L;

    Row(int size) {
      super(size * 2);
    }
  }

  /** A list of complete rows: graphql-java returns it as it is. */
  static final class Rows extends ArrayList<Map<String, @Nullable Object>> {
    private static final long serialVersionUID = 1L;

    Rows(int size) {
      super(size);
    }
  }

  /**
   * Thrown inside decoding when a value needs graphql-java's own handling; never escapes. Without a
   * stack trace, so it costs little.
   */
  private static final class Incomplete extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Incomplete() {
      super("this row needs graphql-java's completion", null, false, false);
    }
  }

  private CompletedRows() {}

  /** Whether graphql-java should take {@code value} as it is. */
  static boolean isComplete(@Nullable Object value) {
    return value instanceof Row || value instanceof Rows;
  }

  /** {@code result} completed, or null when a value needs graphql-java's handling. */
  static @Nullable Rows list(
      Result<? extends Record> result, Selections.Projection projection, int maxRows) {
    try {
      return rows(result, projection, maxRows);
    } catch (Incomplete incomplete) {
      return null;
    }
  }

  /** One row completed, or null when a value needs graphql-java's handling. */
  static @Nullable Row row(Record record, Selections.Projection projection, int maxRows) {
    try {
      return complete(record, projection, maxRows);
    } catch (Incomplete incomplete) {
      return null;
    }
  }

  private static Rows rows(
      Result<? extends Record> result, Selections.Projection projection, int maxRows) {
    Selections.checkSize(result, maxRows);
    Rows rows = new Rows(result.size());
    for (Record record : result) {
      rows.add(complete(record, projection, maxRows));
    }
    return rows;
  }

  private static Row complete(Record record, Selections.Projection projection, int maxRows) {
    List<Selections.Output> outputs = projection.outputs();
    Row row = new Row(outputs.size());
    for (Selections.Output output : outputs) {
      GraphQLOutputType type = output.type();
      String typeName = output.typeName();
      if (typeName != null) {
        row.put(output.key(), typeName);
        continue;
      }
      if (type == null) {
        throw new Incomplete(); // a projection marked completable holds none of these
      }
      Object value = record.get(output.index());
      Selections.Projection child = output.child();
      if (child == null) {
        row.put(output.key(), leaf(type, Values.toGraphQL(value)));
        continue;
      }
      if (output.many()) {
        row.put(
            output.key(), value == null ? new Rows(0) : rows((Result<?>) value, child, maxRows));
        continue;
      }
      Result<?> nested = (Result<?>) value;
      Row one = nested == null || nested.isEmpty() ? null : complete(nested.get(0), child, maxRows);
      row.put(output.key(), required(type, one));
    }
    return row;
  }

  /** A column's value as the field's scalar or enum shows it, element by element in a list. */
  private static @Nullable Object leaf(GraphQLType type, @Nullable Object value) {
    if (value == null) {
      return required(type, null);
    }
    GraphQLType unwrapped =
        type instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType() : type;
    try {
      if (unwrapped instanceof GraphQLScalarType scalar) {
        return required(
            type,
            scalar
                .getCoercing()
                .serialize(value, GraphQLContext.getDefault(), Locale.getDefault()));
      }
      if (unwrapped instanceof GraphQLEnumType enumType) {
        return required(
            type, enumType.serialize(value, GraphQLContext.getDefault(), Locale.getDefault()));
      }
    } catch (CoercingSerializeException e) {
      throw new Incomplete();
    }
    if (unwrapped instanceof GraphQLList list && value instanceof List<?> elements) {
      List<@Nullable Object> shown = new ArrayList<>(elements.size());
      for (Object element : elements) {
        shown.add(leaf(list.getWrappedType(), element));
      }
      return shown;
    }
    throw new Incomplete();
  }

  private static <T> @Nullable T required(GraphQLType type, @Nullable T value) {
    if (value == null && type instanceof GraphQLNonNull) {
      throw new Incomplete();
    }
    return value;
  }
}

package dev.rex.graphql.suites;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.RexSettings;
import dev.rex.dsl.Field;
import dev.rex.dsl.Record;
import dev.rex.dsl.Table;
import dev.rex.graphql.ChinookCatalogs;
import dev.rex.graphql.GraphQLTest;
import dev.rex.graphql.RexGraphQL;
import graphql.GraphQLError;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A GraphQL suite on its own freshly migrated Chinook (the mutation suites write), with two
 * application rules registered (an artist's name is not blank; the tracks of album 1 are frozen), a
 * small row limit, and helpers to read results and errors.
 */
public abstract class FreshChinookTest extends GraphQLTest {

  protected static final int MAX_ROWS = 50;

  @Override
  protected String chinookUrl() {
    return migrate(dialect());
  }

  @Override
  protected RexGraphQL.Builder configure(RexGraphQL.Builder builder) {
    return builder.maxRows(MAX_ROWS);
  }

  @Override
  protected RexSettings settings(RexSettings defaults) {
    return frozenAlbum(notBlank(defaults, table("artist")), table("track"));
  }

  /** An application rule that reads a foreign key: the tracks of album 1 are not written. */
  private static <R extends Record> RexSettings frozenAlbum(RexSettings settings, Table<R> track) {
    @SuppressWarnings("unchecked")
    Field<Integer> album = (Field<Integer>) column(track, "album_id");
    return settings.withValidator(
        track,
        (record, violations) -> {
          if (Integer.valueOf(1).equals(record.get(album))) {
            violations.add(album, "frozen album", "The tracks of album 1 are frozen.");
          }
        });
  }

  /** An application rule: an artist's name, when given, is not blank. */
  private static <R extends Record> RexSettings notBlank(RexSettings settings, Table<R> artist) {
    @SuppressWarnings("unchecked")
    Field<String> name = (Field<String>) column(artist, "name");
    return settings.withValidator(
        artist,
        (record, violations) -> {
          String value = record.get(name);
          if (value != null && value.isBlank()) {
            violations.add(name, "not blank", "An artist's name must not be blank.");
          }
        });
  }

  /** The generated table of this dialect whose name is {@code name} without underscores. */
  protected Table<?> table(String name) {
    for (Table<?> table : ChinookCatalogs.of(dialect()).tables()) {
      if (table.getName().replace("_", "").equalsIgnoreCase(name.replace("_", ""))) {
        return table;
      }
    }
    throw new IllegalArgumentException(name);
  }

  protected static Field<?> column(Table<?> table, String name) {
    for (Field<?> field : table.fields()) {
      if (field.getName().replace("_", "").equalsIgnoreCase(name.replace("_", ""))) {
        return field;
      }
    }
    throw new IllegalArgumentException(name);
  }

  @SuppressWarnings("unchecked")
  protected static Map<String, Object> map(@Nullable Object value) {
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  protected static List<Map<String, Object>> list(@Nullable Object value) {
    return (List<Map<String, Object>>) value;
  }

  protected static int id(Map<String, Object> row, String key) {
    return ((Number) row.get(key)).intValue();
  }

  /** The single error of {@code mutation}, with nothing in its data. */
  protected GraphQLError error(String mutation) {
    List<GraphQLError> errors = errors(mutation);
    assertThat(errors).hasSize(1);
    return errors.get(0);
  }

  protected int count(String listField, String where) {
    return list(data("{ " + listField + "(where: " + where + ") { __typename } }").get(listField))
        .size();
  }
}

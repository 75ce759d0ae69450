package dev.rex.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.dsl.SqlType;
import dev.rex.graphql.internal.SchemaAssembly;
import dev.rex.graphql.model.ColumnDescription;
import dev.rex.graphql.model.ForeignKeyDescription;
import dev.rex.graphql.model.NamingOverrides;
import dev.rex.graphql.model.SchemaDescription;
import dev.rex.graphql.model.TableDescription;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which mutations and input types the schema derives, on hand-written descriptions: Chinook has no
 * views, unique keys or keyless tables, so those cases are described here.
 */
class MutationSchemaTest {

  private static final ColumnDescription ID =
      ColumnDescription.of("id", SqlType.INTEGER, false, true);

  private static TableDescription table(
      String name,
      boolean writable,
      List<String> key,
      List<List<String>> unique,
      ColumnDescription... columns) {
    return new TableDescription(name, writable, List.of(columns), key, unique, List.of());
  }

  @Test
  void viewsAndKeylessTablesHaveNoMutations() {
    String sdl =
        SchemaAssembly.sdl(
            new SchemaDescription(
                List.of(
                    table(
                        "author",
                        true,
                        List.of("id"),
                        List.of(List.of("email")),
                        ID,
                        ColumnDescription.of("email", SqlType.VARCHAR, false, false),
                        ColumnDescription.of("bio", SqlType.VARCHAR, true, false),
                        new ColumnDescription(
                            "mood", SqlType.ENUM, null, false, false, "mood", List.of("ok", "sad")),
                        new ColumnDescription(
                            "tags", SqlType.ARRAY, SqlType.VARCHAR, true, false, null, List.of())),
                    table("author_stats", false, List.of("id"), List.of(), ID),
                    table("audit_log", true, List.of(), List.of(), ID))),
            NamingOverrides.none());

    assertThat(sdl)
        .contains("createAuthor(input: AuthorInput!): Author!")
        .contains("createAuthors(inputs: [AuthorInput!]!): [Author!]!")
        .contains("updateAuthor(id: Int!, patch: AuthorPatch!): Author")
        .contains("updateAuthors(where: AuthorFilter!, patch: AuthorPatch!): [Author!]!")
        .contains("deleteAuthor(id: Int!): Author")
        .contains("deleteAuthors(where: AuthorFilter!): [Author!]!")
        .contains("upsertAuthor(")
        .contains("onConflict: AuthorUniqueKey = PRIMARY_KEY\n  ): Author!")
        .contains("enum AuthorUniqueKey")
        .contains("  EMAIL\n")
        .doesNotContain("AuthorStatInput")
        .doesNotContain("createAuthorStat")
        .doesNotContain("AuditLogInput")
        .doesNotContain("createAuditLog");
    // identity: optional on input; not null without default: required; nullable: optional
    assertThat(sdl).containsPattern("input AuthorInput \\{[^}]*\\bid: Int\\n");
    assertThat(sdl).containsPattern("input AuthorInput \\{[^}]*\\bemail: String!");
    assertThat(sdl).containsPattern("input AuthorPatch \\{[^}]*\\bemail: String\\n");
    assertThat(sdl).containsPattern("input AuthorInput \\{[^}]*\\bmood: Mood!");
    assertThat(sdl).containsPattern("input AuthorInput \\{[^}]*\\btags: \\[String\\]\\n");
  }

  @Test
  void aSchemaWithoutWritableTablesHasNoMutationRoot() {
    String sdl =
        SchemaAssembly.sdl(
            new SchemaDescription(List.of(table("report", false, List.of("id"), List.of(), ID))),
            NamingOverrides.none());

    assertThat(sdl).contains("type Query").doesNotContain("type Mutation").doesNotContain("Input");
  }

  @Test
  void aForeignKeyColumnIsOptionalWhereTheParentRelationCanSetIt() {
    TableDescription book =
        new TableDescription(
            "book",
            true,
            List.of(ID, ColumnDescription.of("author_id", SqlType.INTEGER, false, false)),
            List.of("id"),
            List.of(),
            List.of(
                new ForeignKeyDescription("fk", List.of("author_id"), "author", List.of("id"))));
    String sdl =
        SchemaAssembly.sdl(
            new SchemaDescription(
                List.of(table("author", true, List.of("id"), List.of(), ID), book)),
            NamingOverrides.none());

    assertThat(sdl).containsPattern("input BookInput \\{[^}]*\\bauthorId: Int\\n");
    assertThat(sdl).containsPattern("input BookInput \\{[^}]*\\bauthor: AuthorRelate");
    assertThat(sdl).containsPattern("input AuthorInput \\{[^}]*\\bbooks: \\[BookInput!\\]");
    assertThat(sdl).containsPattern("input AuthorPatch \\{[^}]*\\bbooks: BookListPatch");
  }
}

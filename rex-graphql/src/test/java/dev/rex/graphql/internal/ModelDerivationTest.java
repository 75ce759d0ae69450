package dev.rex.graphql.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.dsl.SqlType;
import dev.rex.graphql.model.ColumnDescription;
import dev.rex.graphql.model.ForeignKeyDescription;
import dev.rex.graphql.model.NamingOverrides;
import dev.rex.graphql.model.SchemaDescription;
import dev.rex.graphql.model.TableDescription;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelDerivationTest {

  private static ColumnDescription column(String name) {
    return ColumnDescription.of(name, SqlType.INTEGER, false, false);
  }

  private static TableDescription table(
      String name, List<String> columns, List<ForeignKeyDescription> keys, List<String> pk) {
    return new TableDescription(
        name,
        true,
        columns.stream().map(ModelDerivationTest::column).toList(),
        pk,
        List.of(),
        keys);
  }

  private static ForeignKeyDescription key(String name, String column, String target) {
    return new ForeignKeyDescription(name, List.of(column), target, List.of("id"));
  }

  private static GraphModel derive(NamingOverrides overrides, TableDescription... tables) {
    return ModelDerivation.derive(new SchemaDescription(List.of(tables)), overrides);
  }

  private static List<String> relations(GraphModel model, String type) {
    return model.entity(type).relations().stream().map(Relation::fieldName).toList();
  }

  @Test
  void namesTypesFieldsAndRootFieldsFromAnySpelling() {
    GraphModel model =
        derive(
            NamingOverrides.none(),
            table("invoice_line", List.of("id", "unit_price"), List.of(), List.of("id")),
            table("Categories", List.of("id", "CategoryName"), List.of(), List.of("id")),
            table("series", List.of("id"), List.of(), List.of("id")));

    Entity line = model.entity("InvoiceLine");
    assertThat(line.listField()).isEqualTo("invoiceLines");
    assertThat(line.singleField()).isEqualTo("invoiceLine");
    assertThat(line.attributes())
        .extracting(Attribute::fieldName)
        .containsExactly("id", "unitPrice");
    assertThat(model.entity("Category").listField()).isEqualTo("categories");
    assertThat(model.entity("Category").attributes().get(1).fieldName()).isEqualTo("categoryName");
    assertThat(model.entity("Series").listField()).isEqualTo("allSeries");
  }

  @Test
  void keysBetweenTheSameTablesAndSelfReferencesSayWhichKey() {
    GraphModel model =
        derive(
            NamingOverrides.none(),
            table(
                "employee",
                List.of("id", "reports_to"),
                List.of(key("fk_boss", "reports_to", "employee")),
                List.of("id")),
            table(
                "flight",
                List.of("id", "from_airport_id", "to_airport_id"),
                List.of(
                    key("fk_from", "from_airport_id", "airport"),
                    key("fk_to", "to_airport_id", "airport")),
                List.of("id")),
            table("airport", List.of("id"), List.of(), List.of("id")));

    assertThat(relations(model, "Employee"))
        .containsExactly("employeeByReportsTo", "employeesByReportsTo");
    assertThat(relations(model, "Flight"))
        .containsExactly("airportByFromAirportId", "airportByToAirportId");
    assertThat(relations(model, "Airport"))
        .containsExactly("flightsByFromAirport", "flightsByToAirport");
  }

  @Test
  void aUniqueForeignKeyIsToOneBothWaysAndAJoinTableGivesManyToMany() {
    TableDescription profile =
        new TableDescription(
            "profile",
            true,
            List.of(column("id"), column("user_id")),
            List.of("id"),
            List.of(List.of("user_id")),
            List.of(key("fk_user", "user_id", "app_user")));
    GraphModel model =
        derive(
            NamingOverrides.none(),
            table("app_user", List.of("id"), List.of(), List.of("id")),
            profile,
            table("tag", List.of("id"), List.of(), List.of("id")),
            table(
                "user_tag",
                List.of("user_id", "tag_id"),
                List.of(
                    key("fk_ut_user", "user_id", "app_user"), key("fk_ut_tag", "tag_id", "tag")),
                List.of("user_id", "tag_id")));

    assertThat(model.entity("AppUser").relation("profile").kind()).isEqualTo(Relation.Kind.TO_ONE);
    assertThat(model.entity("AppUser").relation("tags").kind())
        .isEqualTo(Relation.Kind.MANY_TO_MANY);
    assertThat(model.entity("Tag").relation("appUsers").kind())
        .isEqualTo(Relation.Kind.MANY_TO_MANY);
    assertThat(model.entity("AppUser").relation("userTags").kind())
        .isEqualTo(Relation.Kind.TO_MANY);
  }

  @Test
  void overridesRenameAndHide() {
    NamingOverrides overrides =
        NamingOverrides.none()
            .withTypeName("album", "Record")
            .withFieldName("album", "title", "name")
            .withHiddenColumn("album", "secret")
            .withHiddenTable("audit");
    GraphModel model =
        derive(
            overrides,
            table("album", List.of("id", "title", "secret"), List.of(), List.of("id")),
            table(
                "audit",
                List.of("id", "album_id"),
                List.of(key("fk", "album_id", "album")),
                List.of("id")));

    Entity album = model.entity("Record");
    assertThat(album.listField()).isEqualTo("records");
    assertThat(album.attributes()).extracting(Attribute::fieldName).containsExactly("id", "name");
    assertThat(album.relations()).isEmpty();
    assertThat(model.entity("Audit")).isNull();
  }

  @Test
  void aNameThatCannotBeMadeUniqueAsksForAnOverride() {
    assertThatThrownBy(
            () ->
                derive(
                    NamingOverrides.none(),
                    table("query", List.of("id"), List.of(), List.of("id"))))
        .hasMessageContaining("rename it in the naming overrides");
    assertThatThrownBy(
            () ->
                derive(
                    NamingOverrides.none(),
                    table("thing", List.of("first_name", "FirstName"), List.of(), List.of())))
        .hasMessageContaining("would be the GraphQL field firstName");
    assertThatThrownBy(
            () ->
                derive(
                    NamingOverrides.none(),
                    table("book", List.of("id"), List.of(), List.of("id")),
                    table("books", List.of("id"), List.of(), List.of("id"))))
        .hasMessageContaining("a name already taken");
  }

  @Test
  void pluralsFollowEnglishEndings() {
    assertThat(Names.pluralWord("category")).isEqualTo("categories");
    assertThat(Names.pluralWord("day")).isEqualTo("days");
    assertThat(Names.pluralWord("box")).isEqualTo("boxes");
    assertThat(Names.pluralWord("match")).isEqualTo("matches");
    assertThat(Names.singularWord("addresses")).isEqualTo("address");
    assertThat(Names.singularWord("status")).isEqualTo("status");
    assertThat(Names.words("HTTPServer2Log")).containsExactly("http", "server2", "log");
    assertThat(Names.camel("2fa_codes")).isEqualTo("_2faCodes");
  }
}

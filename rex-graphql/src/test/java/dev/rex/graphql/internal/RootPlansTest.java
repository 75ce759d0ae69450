package dev.rex.graphql.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.dsl.DSL;
import dev.rex.dsl.Record;
import dev.rex.dsl.Select;
import dev.rex.graphql.AccessRules;
import dev.rex.graphql.ChinookCatalogs;
import dev.rex.graphql.GraphQLTest;
import dev.rex.graphql.Principal;
import graphql.execution.MergedField;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When a compiled root field is run again ({@link RootPlans}) and when it is compiled anew. */
class RootPlansTest extends GraphQLTest {

  private static final String QUERY = "query($id: Int!) { album(albumId: $id) { title } }";

  @Override
  protected String dialect() {
    return "sqlite";
  }

  private static Field rootField(Document document) {
    OperationDefinition operation = (OperationDefinition) document.getDefinitions().get(0);
    return (Field) operation.getSelectionSet().getSelections().get(0);
  }

  private static DataFetchingEnvironment env(Field field, Map<String, Object> variables) {
    return DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
        .mergedField(MergedField.newMergedField(field).build())
        .variables(variables)
        .build();
  }

  private Compilation compilation(AccessRules access) {
    return new Compilation(
        ModelDerivation.derive(
            ChinookCatalogs.of(dialect()).describe(), ChinookCatalogs.of(dialect()).overrides()),
        new Tables(
            ChinookCatalogs.of(dialect()), new RequestScope(db, Principal.anonymous(), access)),
        100);
  }

  private static RootPlans.Plan plan() {
    Select<Record> select = DSL.select(new dev.rex.dsl.SelectField<?>[] {DSL.val(1)});
    return new RootPlans.Plan(
        select, new Selections.Projection(List.of(), List.of(), null, null, true, true));
  }

  @Test
  void theSameFieldWithEqualVariablesFindsItsPlan() {
    RootPlans plans = new RootPlans();
    Field field = rootField(Parser.parse(QUERY));
    RootPlans.Plan plan =
        plans.keep(env(field, Map.of("id", 1)), compilation(AccessRules.none()), plan());

    assertThat(plans.get(env(field, Map.of("id", 1)))).isSameAs(plan);
    assertThat(plans.get(env(field, Map.of("id", 2)))).isNull();
  }

  @Test
  void anotherDocumentWithTheSameTextIsCompiledAnew() {
    RootPlans plans = new RootPlans();
    plans.keep(
        env(rootField(Parser.parse(QUERY)), Map.of("id", 1)),
        compilation(AccessRules.none()),
        plan());

    assertThat(plans.get(env(rootField(Parser.parse(QUERY)), Map.of("id", 1)))).isNull();
  }

  @Test
  void aPlanReadingATableThroughItsRowPolicyIsNotKept() {
    RootPlans plans = new RootPlans();
    Field field = rootField(Parser.parse(QUERY));
    dev.rex.dsl.Table<?> album = ChinookCatalogs.of(dialect()).table("Album");
    assertThat(album).isNotNull();
    Compilation policed =
        compilation(AccessRules.none().withRowPolicy(album, principal -> DSL.trueCondition()));
    policed.tables.aliased("Album");

    plans.keep(env(field, Map.of("id", 1)), policed, plan());

    assertThat(policed.reusable()).isFalse();
    assertThat(plans.get(env(field, Map.of("id", 1)))).isNull();
  }

  @Test
  void aPlanBindingRecordsToTheRequestsDatabaseIsNotKept() {
    RootPlans plans = new RootPlans();
    Field field = rootField(Parser.parse(QUERY));
    Compilation bound = compilation(AccessRules.none());
    bound.bindToRequest();

    plans.keep(env(field, Map.of("id", 1)), bound, plan());

    assertThat(plans.get(env(field, Map.of("id", 1)))).isNull();
  }
}

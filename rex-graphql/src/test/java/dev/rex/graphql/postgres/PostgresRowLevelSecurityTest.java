package dev.rex.graphql.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.Rex;
import dev.rex.graphql.AccessRules;
import dev.rex.graphql.ChinookCatalogs;
import dev.rex.graphql.GraphQLRequest;
import dev.rex.graphql.Principal;
import dev.rex.graphql.RexGraphQL;
import dev.rex.testing.Pools;
import dev.rex.testing.TestDatabases;
import graphql.ExecutionResult;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * PostgreSQL row-level security passed through: the database's own policy, reading {@code
 * request.jwt.claims}, decides the rows, under the principal's database role.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresRowLevelSecurityTest {

  private String url;
  private Rex db;
  private RexGraphQL graphql;

  @BeforeAll
  void createPolicy() {
    url = TestDatabases.newPostgresDatabase();
    Flyway.configure()
        .dataSource(url, null, null)
        .locations("classpath:db/migration/postgres")
        .load()
        .migrate();
    db = Rex.connect(url);
    db.execute(
        "do $$ begin if not exists (select from pg_roles where rolname = 'rex_rls_customer')"
            + " then create role rex_rls_customer nologin; end if; end $$");
    db.execute("grant usage on schema public to rex_rls_customer");
    db.execute("grant select on all tables in schema public to rex_rls_customer");
    db.execute("revoke select on genre from rex_rls_customer");
    db.execute("alter table invoice enable row level security");
    db.execute(
        "create policy own_invoices on invoice for select to rex_rls_customer using (customer_id"
            + " = (current_setting('request.jwt.claims', true)::json ->> 'customerId')::int)");
    graphql =
        RexGraphQL.builder(db, ChinookCatalogs.of("postgres"))
            .access(AccessRules.none().withPostgresRowLevelSecurity())
            .principals(
                request ->
                    Principal.of(
                        "c",
                        "rex_rls_customer",
                        Map.of(
                            "customerId", Integer.parseInt(request.headers().get("x-customer")))))
            .build();
  }

  @AfterAll
  void drop() {
    db.close();
    TestDatabases.dropPostgresDatabase(url);
  }

  @Test
  void theDatabasePolicyDecidesTheRowsUnderThePrincipalsRole() {
    ExecutionResult result =
        graphql.execute(
            GraphQLRequest.of("{ invoices { customerId } customers(limit: 1) { customerId } }")
                .withHeaders(Map.of("x-customer", "5")));

    assertThat(result.getErrors()).isEmpty();
    Map<String, List<Map<String, Object>>> data = result.getData();
    assertThat(data.get("invoices"))
        .isNotEmpty()
        .allSatisfy(i -> assertThat(i).containsEntry("customerId", 5));
    assertThat(data.get("customers")).hasSize(1);
    Pools.assertNoActiveConnections(db);
  }

  @Test
  void aStatementTheRoleMayNotRunFailsAloneAndReleasesTheConnection() {
    ExecutionResult result =
        graphql.execute(
            GraphQLRequest.of("{ invoices(limit: 1) { invoiceId } genre(genreId: 1) { name } }")
                .withHeaders(Map.of("x-customer", "5")));

    assertThat(result.getErrors()).hasSize(1);
    assertThat(result.getErrors().get(0).getMessage()).contains("permission denied");
    assertThat(result.getErrors().get(0).getExtensions()).containsEntry("code", "FORBIDDEN");
    Map<String, Object> data = result.getData();
    assertThat((List<?>) data.get("invoices")).hasSize(1);
    assertThat(data.get("genre")).isNull();
    Pools.assertNoActiveConnections(db);
  }
}

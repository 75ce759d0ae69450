package dev.rex.graphql.suites;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.dsl.DSL;
import dev.rex.dsl.Field;
import dev.rex.dsl.Record;
import dev.rex.dsl.Table;
import dev.rex.dsl.TableField;
import dev.rex.graphql.AccessRules;
import dev.rex.graphql.Catalog;
import dev.rex.graphql.ChinookCatalogs;
import dev.rex.graphql.GraphQLTest;
import dev.rex.graphql.Principal;
import dev.rex.graphql.RexGraphQL;
import graphql.ExecutionResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Authorization: a customer's principal reaches only its own invoices and their lines, through
 * every path that reads them, and the customer role's schema has no e-mail addresses and no
 * employees. The principal comes from an {@code x-customer} header; without it the request is
 * anonymous and sees no invoices at all.
 */
public abstract class AccessSuite extends GraphQLTest {

  private Catalog catalog() {
    return ChinookCatalogs.of(dialect());
  }

  private boolean postgres() {
    return dialect().equals("postgres");
  }

  private Table<?> table(String postgres, String sqlite) {
    Table<?> table = catalog().table(postgres() ? postgres : sqlite);
    assertThat(table).isNotNull();
    return table;
  }

  @SuppressWarnings("unchecked")
  private <T> Field<T> column(Table<?> table, String postgres, String sqlite) {
    Field<?> field = table.field(postgres() ? postgres : sqlite);
    assertThat(field).isNotNull();
    return (Field<T>) field;
  }

  @Override
  protected RexGraphQL.Builder configure(RexGraphQL.Builder builder) {
    Table<?> invoice = table("invoice", "Invoice");
    Table<?> line = table("invoice_line", "InvoiceLine");
    Table<?> customer = table("customer", "Customer");
    Field<Integer> invoiceCustomer = column(invoice, "customer_id", "CustomerId");
    Field<Integer> invoiceId = column(invoice, "invoice_id", "InvoiceId");
    Field<Integer> lineInvoice = column(line, "invoice_id", "InvoiceId");
    AccessRules rules =
        AccessRules.none()
            .withRowPolicy(invoice, p -> own(invoiceCustomer, p))
            .withRowPolicy(
                line,
                p ->
                    lineInvoice.in(
                        DSL.select(invoiceId).from(invoice).where(own(invoiceCustomer, p))))
            .hidingFrom("customer", (TableField<?, ?>) column(customer, "email", "Email"))
            .hidingFrom("customer", table("employee", "Employee"));
    return builder
        .access(rules)
        .principals(
            request -> {
              String id = request.headers().get("x-customer");
              if (id == null) {
                return Principal.anonymous();
              }
              if (!id.matches("[0-9]+")) {
                throw new IllegalArgumentException("x-customer must be a customer id");
              }
              return Principal.of(id, "customer", Map.of("customerId", Integer.parseInt(id)));
            });
  }

  private static dev.rex.dsl.Condition own(Field<Integer> customerId, Principal principal) {
    Object id = principal.claim("customerId");
    return id == null ? DSL.falseCondition() : customerId.eq((Integer) id);
  }

  private List<Object> ids(String sql) {
    List<Object> ids = new ArrayList<>();
    for (Record row : db.fetch(sql)) {
      ids.add(((Number) row.get(0)).intValue());
    }
    return ids;
  }

  private Map<String, Object> asCustomer(int id, String query) {
    ExecutionResult result = execute(query, Map.of("x-customer", Integer.toString(id)));
    assertThat(result.getErrors()).as("errors of %s", query).isEmpty();
    return result.getData();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Object value) {
    return (List<Map<String, Object>>) value;
  }

  @Test
  void aPrincipalSeesOnlyItsOwnRowsAtTheRoot() {
    Map<String, Object> data =
        asCustomer(2, "{ invoices(orderBy: [{invoiceId: ASC}]) { invoiceId customerId } }");

    List<Object> own =
        ids(
            postgres()
                ? "select invoice_id from invoice where customer_id = 2 order by 1"
                : "select InvoiceId from Invoice where CustomerId = 2 order by 1");
    assertThat(own).isNotEmpty();
    assertThat(list(data.get("invoices"))).extracting(i -> i.get("invoiceId")).isEqualTo(own);
  }

  @Test
  void theSameQueryFromAnotherPrincipalReadsThatPrincipalsRows() {
    // the query's compiled statement holds the first principal's policy: it must not be reused
    String query = "{ invoices(orderBy: [{invoiceId: ASC}]) { invoiceId customerId } }";
    for (int customer : new int[] {2, 3, 2}) {
      List<Object> own =
          ids(
              postgres()
                  ? "select invoice_id from invoice where customer_id = " + customer + " order by 1"
                  : "select InvoiceId from Invoice where CustomerId = " + customer + " order by 1");
      assertThat(list(asCustomer(customer, query).get("invoices")))
          .extracting(i -> i.get("invoiceId"))
          .isEqualTo(own);
    }
  }

  @Test
  void anotherCustomersRowIsNotFoundByKey() {
    int foreign =
        (Integer)
            ids(postgres()
                    ? "select min(invoice_id) from invoice where customer_id <> 2"
                    : "select min(InvoiceId) from Invoice where CustomerId <> 2")
                .get(0);

    Map<String, Object> data =
        asCustomer(2, "{ invoice(invoiceId: " + foreign + ") { invoiceId } }");

    assertThat(data.get("invoice")).isNull();
  }

  @Test
  void nestedRelationsFiltersAndCountsSeeOnlyOwnRows() {
    Map<String, Object> data =
        asCustomer(
            2,
            """
            { customers(where: {invoices: {some: {total: {gt: "0"}}}}) { customerId }
              tracks(where: {trackId: {eq: 1}}) {
                invoiceLines { invoice { customerId } } }
              customer(customerId: 3) { invoices { invoiceId } } }
            """);

    assertThat(list(data.get("customers"))).extracting(c -> c.get("customerId")).containsExactly(2);
    for (Map<String, Object> line : list(list(data.get("tracks")).get(0).get("invoiceLines"))) {
      assertThat(line.get("invoice").toString()).isEqualTo("{customerId=2}");
    }
    assertThat(list(((Map<String, Object>) data.get("customer")).get("invoices"))).isEmpty();
  }

  @Test
  void aggregatesAndConnectionCountsCountOnlyOwnRows() {
    int own =
        ((Number)
                db.fetch(
                        postgres()
                            ? "select count(*) from invoice where customer_id = 2"
                            : "select count(*) from Invoice where CustomerId = 2")
                    .get(0)
                    .get(0))
            .intValue();

    Map<String, Object> data =
        asCustomer(
            2,
            """
            { invoicesAggregate { count }
              invoicesConnection(first: 1) { totalCount }
              customer(customerId: 3) {
                invoicesAggregate { count } invoicesConnection(first: 1) { totalCount } } }
            """);

    assertThat(data.get("invoicesAggregate").toString()).isEqualTo("[{count=" + own + "}]");
    assertThat(data.get("invoicesConnection").toString()).isEqualTo("{totalCount=" + own + "}");
    assertThat(data.get("customer").toString())
        .isEqualTo("{invoicesAggregate=[{count=0}], invoicesConnection={totalCount=0}}");
  }

  @Test
  void sortingThroughARelationCannotRevealHiddenRows() {
    Map<String, Object> data =
        asCustomer(
            2,
            "{ invoiceLines(orderBy: [{invoice: {total: DESC}}, {invoiceLineId: ASC}]) {"
                + " invoiceId } }");

    List<Object> own =
        ids(
            postgres()
                ? "select l.invoice_id from invoice_line l join invoice i using (invoice_id)"
                    + " where i.customer_id = 2 order by i.total desc, l.invoice_line_id"
                : "select l.InvoiceId from InvoiceLine l join Invoice i using (InvoiceId)"
                    + " where i.CustomerId = 2 order by i.Total desc, l.InvoiceLineId");
    assertThat(list(data.get("invoiceLines"))).extracting(l -> l.get("invoiceId")).isEqualTo(own);
  }

  @Test
  void anonymousRequestsSeeNoRowsOfAPolicedTable() {
    Map<String, Object> data = data("{ invoices { invoiceId } customers(limit: 1) { email } }");

    assertThat(list(data.get("invoices"))).isEmpty();
    assertThat(list(data.get("customers"))).hasSize(1);
  }

  @Test
  void aRolesSchemaLeavesOutItsHiddenColumnsAndTables() {
    ExecutionResult selected =
        execute("{ customers(limit: 1) { email } }", Map.of("x-customer", "2"));
    ExecutionResult filtered =
        execute(
            "{ customers(where: {email: {like: \"%\"}}) { customerId } }",
            Map.of("x-customer", "2"));
    ExecutionResult employees = execute("{ employees { employeeId } }", Map.of("x-customer", "2"));
    ExecutionResult supportRep =
        execute("{ customers(limit: 1) { supportRep { firstName } } }", Map.of("x-customer", "2"));

    for (ExecutionResult refused : List.of(selected, filtered, employees, supportRep)) {
      assertThat(refused.getErrors()).isNotEmpty();
      assertThat(refused.getErrors().get(0).getErrorType().toString()).isEqualTo("ValidationError");
    }
    assertThat(graphql.schema("customer").getObjectType("Customer").getFieldDefinition("email"))
        .isNull();
    assertThat(graphql.schema("customer").getObjectType("Employee")).isNull();
    assertThat(graphql.schema().getObjectType("Customer").getFieldDefinition("email")).isNotNull();
    assertThat(statements).isEmpty();
  }

  @Test
  void aRefusedPrincipalRunsNothing() {
    ExecutionResult result = execute("{ invoices { invoiceId } }", Map.of("x-customer", "nope"));

    Object data = result.getData();
    assertThat(data).isNull();
    assertThat(result.getErrors().get(0).getMessage())
        .isEqualTo("x-customer must be a customer id");
    assertThat(result.getErrors().get(0).getExtensions()).containsEntry("code", "UNAUTHENTICATED");
    assertThat(statements).isEmpty();
  }
}

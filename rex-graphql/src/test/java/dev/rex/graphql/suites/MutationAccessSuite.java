package dev.rex.graphql.suites;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.dsl.DSL;
import dev.rex.dsl.Field;
import dev.rex.dsl.Table;
import dev.rex.graphql.AccessRules;
import dev.rex.graphql.GraphQLRequest;
import dev.rex.graphql.Principal;
import dev.rex.graphql.RexGraphQL;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Row policies on writes: a customer's principal updates, deletes and creates only its own
 * invoices, cannot move one to another customer, and a transport that allows only queries (GraphQL
 * over HTTP's GET) cannot run a mutation.
 */
public abstract class MutationAccessSuite extends FreshChinookTest {

  @Override
  @SuppressWarnings("unchecked")
  protected RexGraphQL.Builder configure(RexGraphQL.Builder builder) {
    Table<?> invoice = table("invoice");
    Field<Integer> customer = (Field<Integer>) column(invoice, "customer_id");
    return super.configure(builder)
        .access(
            AccessRules.none()
                .withRowPolicy(
                    invoice,
                    p ->
                        p.claim("customerId") == null
                            ? DSL.falseCondition()
                            : customer.eq((Integer) p.claim("customerId"))))
        .principals(
            request -> {
              String id = request.headers().get("x-customer");
              return id == null
                  ? Principal.anonymous()
                  : Principal.of(id, "customer", Map.of("customerId", Integer.parseInt(id)));
            });
  }

  private ExecutionResult asCustomer(int id, String mutation) {
    return execute(mutation, Map.of("x-customer", Integer.toString(id)));
  }

  private int invoicesOf(int customer, String city) {
    return count(
        "invoices", "{customerId: {eq: " + customer + "}, billingCity: {eq: \"" + city + "\"}}");
  }

  private int adminCount(String where) {
    return ((Number)
            db.fetch("select count(*) from " + table("invoice").getName() + " where " + where)
                .get(0)
                .get(0))
        .intValue();
  }

  private String customerColumn() {
    return column(table("invoice"), "customer_id").getName();
  }

  private String cityColumn() {
    return column(table("invoice"), "billing_city").getName();
  }

  @Test
  void anotherCustomersRowCannotBeUpdatedOrDeletedByKey() {
    // invoice 1 is customer 2's
    ExecutionResult update =
        asCustomer(
            3,
            "mutation { updateInvoice(invoiceId: 1, patch: {billingCity: \"Mine\"}) { invoiceId } }");
    ExecutionResult delete =
        asCustomer(3, "mutation { deleteInvoice(invoiceId: 1) { invoiceId } }");

    assertThat(update.getErrors()).isEmpty();
    assertThat(((Map<?, ?>) update.getData()).get("updateInvoice")).isNull();
    assertThat(delete.getErrors()).isEmpty();
    assertThat(((Map<?, ?>) delete.getData()).get("deleteInvoice")).isNull();
    assertThat(adminCount(cityColumn() + " = 'Mine'")).isZero();
  }

  @Test
  void aRowCannotBeCreatedForOrMovedToAnotherCustomer() {
    ExecutionResult created =
        asCustomer(
            2,
            """
            mutation { createInvoice(input: {customerId: 3, invoiceDate: "2024-01-01T00:00:00",
                total: "1.00", billingCity: "Elsewhere"}) { invoiceId } }
            """);
    int own = adminCount(customerColumn() + " = 2 and " + cityColumn() + " is not null");
    ExecutionResult moved =
        asCustomer(
            2, "mutation { updateInvoices(where: {}, patch: {customerId: 3}) { invoiceId } }");

    for (ExecutionResult refused : new ExecutionResult[] {created, moved}) {
      GraphQLError error = refused.getErrors().get(0);
      assertThat(error.getExtensions()).containsEntry("code", "FORBIDDEN");
    }
    assertThat(adminCount(cityColumn() + " = 'Elsewhere'")).isZero();
    assertThat(adminCount(customerColumn() + " = 2 and " + cityColumn() + " is not null"))
        .isEqualTo(own);
  }

  @Test
  void aPrincipalCreatesAndDeletesOnlyItsOwnRows() {
    ExecutionResult created =
        asCustomer(
            2,
            """
            mutation { createInvoice(input: {customerId: 2, invoiceDate: "2024-01-01T00:00:00",
                total: "1.00", billingCity: "Nowhere"}) { customerId billingCity } }
            """);
    db.execute(
        "insert into "
            + table("invoice").getName()
            + " ("
            + customerColumn()
            + ", "
            + column(table("invoice"), "invoice_date").getName()
            + ", "
            + column(table("invoice"), "total").getName()
            + ", "
            + cityColumn()
            + ") values (3, '2024-01-01 00:00:00', 1, 'Nowhere')");

    assertThat(created.getErrors()).isEmpty();
    assertThat(invoicesOf(2, "Nowhere")).isZero(); // anonymous count: the policy hides every row
    ExecutionResult deleted =
        asCustomer(
            2,
            "mutation { deleteInvoices(where: {billingCity: {eq: \"Nowhere\"}}) { customerId } }");
    assertThat(deleted.getErrors()).isEmpty();
    assertThat(deleted.getData().toString()).isEqualTo("{deleteInvoices=[{customerId=2}]}");
    assertThat(adminCount(cityColumn() + " = 'Nowhere'")).isEqualTo(1);
  }

  @Test
  void aMutationsResultShowsOnlyRowsThePolicyAllows() {
    ExecutionResult result =
        asCustomer(
            2,
            "mutation { updateCustomer(customerId: 3, patch: {city: \"Oslo\"}) {"
                + " city invoices { invoiceId } } }");

    assertThat(result.getErrors()).isEmpty();
    assertThat(result.getData().toString()).isEqualTo("{updateCustomer={city=Oslo, invoices=[]}}");
  }

  @Test
  void aTransportThatAllowsOnlyQueriesCannotRunAMutation() {
    ExecutionResult result =
        graphql.execute(
            new GraphQLRequest(
                "mutation { deleteInvoice(invoiceId: 1) { invoiceId } }",
                null,
                Map.of(),
                Map.of(),
                Map.of("x-customer", "1"),
                true));

    assertThat(result.getErrors().get(0).getExtensions())
        .containsEntry("code", "OPERATION_NOT_ALLOWED");
    assertThat(
            adminCount(
                "invoice_id = 1"
                    .replace("invoice_id", column(table("invoice"), "invoice_id").getName())))
        .isEqualTo(1);
  }
}

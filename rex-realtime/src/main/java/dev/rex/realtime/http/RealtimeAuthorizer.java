package dev.rex.realtime.http;

import dev.rex.dsl.Table;

/**
 * Decides whether a client may subscribe to a table, and what of it it sees. Called once per
 * subscription (an SSE request, a WebSocket {@code subscribe} message), on a server thread; it
 * should not block for long.
 *
 * <pre>{@code
 * RealtimeAuthorizer authorizer = (request, table) -> {
 *   User user = sessions.user(request.header("authorization"));
 *   if (user == null) return RealtimeAccess.denied("Log in first.");
 *   return RealtimeAccess.allowed()
 *       .rows(INVOICE.CUSTOMER_ID.eq(user.customerId()))
 *       .hiding("billing_address");
 * };
 * }</pre>
 *
 * An authorizer that throws refuses that one subscription (HTTP 500, or a WebSocket {@code error}
 * message) and is logged; other clients are not affected.
 */
@FunctionalInterface
public interface RealtimeAuthorizer {

  /** What the client of {@code request} may see of {@code table}'s changes. */
  RealtimeAccess authorize(RealtimeRequest request, Table<?> table);

  /** Everyone sees every row and column of every served table: the default. */
  static RealtimeAuthorizer allowAll() {
    return (request, table) -> RealtimeAccess.allowed();
  }
}

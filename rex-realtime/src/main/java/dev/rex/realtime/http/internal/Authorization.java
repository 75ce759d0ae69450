package dev.rex.realtime.http.internal;

import dev.rex.dsl.Table;
import dev.rex.realtime.http.RealtimeAccess;
import dev.rex.realtime.http.RealtimeAuthorizer;
import dev.rex.realtime.http.RealtimeRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Asks the authorizer; a denial is a 403, an authorizer that throws a logged 500. */
final class Authorization {

  private static final Logger LOG = LoggerFactory.getLogger(Authorization.class);

  private Authorization() {}

  static RealtimeAccess check(
      RealtimeAuthorizer authorizer, RealtimeRequest request, Table<?> table) throws BadRequest {
    RealtimeAccess access;
    try {
      access = authorizer.authorize(request, table);
    } catch (RuntimeException e) {
      LOG.warn("The realtime authorizer failed for the table {}", table.getName(), e);
      throw new BadRequest(
          500, "The server could not authorize the subscription; its log says why.");
    }
    if (access == null || !access.isAllowed()) {
      throw new BadRequest(
          403, access == null ? "You may not subscribe to this table." : access.reason());
    }
    return access;
  }
}

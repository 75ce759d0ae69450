package dev.rex.graphql;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Who sends a request, as the application's {@link PrincipalResolver} established it: a subject, a
 * role that decides which columns and tables the schema shows, and claims that row policies read
 * (for example a customer id).
 *
 * @param subject who it is (a user id), or null for nobody in particular
 * @param role the role whose view of the schema applies
 * @param claims facts about the principal, such as {@code customerId}; copied
 */
public record Principal(@Nullable String subject, String role, Map<String, Object> claims) {

  /** The role of a request nobody signed: {@code anonymous}. */
  public static final String ANONYMOUS_ROLE = "anonymous";

  /** Copies the claims and checks the role. */
  public Principal {
    Objects.requireNonNull(role, "role");
    if (role.isBlank()) {
      throw new IllegalArgumentException("a principal's role may not be blank");
    }
    claims = Collections.unmodifiableMap(new LinkedHashMap<>(claims));
  }

  /** A request nobody signed: role {@code anonymous}, no claims. */
  public static Principal anonymous() {
    return new Principal(null, ANONYMOUS_ROLE, Map.of());
  }

  /** A principal with a subject, a role and claims. */
  public static Principal of(String subject, String role, Map<String, Object> claims) {
    return new Principal(subject, role, claims);
  }

  /** The claim {@code name}, or null. */
  public @Nullable Object claim(String name) {
    return claims.get(name);
  }
}

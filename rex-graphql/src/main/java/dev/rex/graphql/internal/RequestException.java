package dev.rex.graphql.internal;

/**
 * A request Rex refuses while compiling it — a page larger than allowed, a negative limit — with
 * the code its GraphQL error carries in {@code extensions.code}.
 */
final class RequestException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String code;

  RequestException(String code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  String code() {
    return code;
  }
}

package dev.rex.graphql.http.internal;

import java.util.Map;

/**
 * A request the transport refuses before any GraphQL work: the status, a message for a human and a
 * code for a program, answered as {@code {"errors":[{"message":…,"extensions":{"code":…}}]}}.
 */
final class HttpProblem extends Exception {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final Map<String, String> headers;

  HttpProblem(int status, String code, String message) {
    this(status, code, message, Map.of());
  }

  HttpProblem(int status, String code, String message, Map<String, String> headers) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.headers = headers;
  }

  static HttpProblem badRequest(String message) {
    return new HttpProblem(400, "BAD_REQUEST", message);
  }

  int status() {
    return status;
  }

  String code() {
    return code;
  }

  Map<String, String> headers() {
    return headers;
  }
}

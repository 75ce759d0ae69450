package dev.rex.realtime.http.internal;

/** A client's request that cannot be served, with the HTTP status and a sentence for the client. */
final class BadRequest extends Exception {

  private static final long serialVersionUID = 1L;

  private final int status;

  BadRequest(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  int status() {
    return status;
  }
}

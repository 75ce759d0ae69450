package dev.rex.graphql.internal;

import dev.rex.realtime.ChangePosition;
import dev.rex.realtime.SubscriptionEnd;
import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.language.SourceLocation;
import java.util.List;
import java.util.Map;

/**
 * A subscription's change stream ended without the client cancelling it; as a GraphQL error its
 * {@code extensions} carry the reason as {@code code} and the position to resume after as {@code
 * resumeAfter}: subscribing again with {@code after: resumeAfter} loses nothing (after {@code
 * RESYNC_REQUIRED}, reload first).
 */
public final class ChangeStreamEnded extends RuntimeException implements GraphQLError {

  private static final long serialVersionUID = 1L;

  private final String code;
  private final String resumeAfter;

  ChangeStreamEnded(SubscriptionEnd.Reason reason, ChangePosition resumeAfter, String why) {
    super(
        "The subscription ended: "
            + why
            + (reason == SubscriptionEnd.Reason.RESYNC_REQUIRED
                ? "; reload the data, then subscribe again with after: \""
                : "; subscribe again with after: \"")
            + resumeAfter
            + "\" to resume",
        null,
        false,
        false);
    this.code = reason.name();
    this.resumeAfter = resumeAfter.toString();
  }

  static ChangeStreamEnded of(SubscriptionEnd end) {
    return new ChangeStreamEnded(end.reason(), end.resumeAfter(), why(end.reason()));
  }

  private static String why(SubscriptionEnd.Reason reason) {
    return switch (reason) {
      case CANCELLED -> "it was cancelled";
      case TOO_SLOW -> "the client fell too far behind";
      case RESYNC_REQUIRED -> "the changes it asked for are no longer in the log";
      case LISTENER_FAILED -> "delivering a change failed";
      case READ_FAILED -> "the change log could not be read";
      case CLOSED -> "the server stopped streaming changes";
    };
  }

  /** The reason, e.g. {@code TOO_SLOW}. */
  public String code() {
    return code;
  }

  /** The position to subscribe after to resume. */
  public String resumeAfter() {
    return resumeAfter;
  }

  @Override
  public List<SourceLocation> getLocations() {
    return List.of();
  }

  @Override
  public ErrorClassification getErrorType() {
    return ErrorClassification.errorClassification(code);
  }

  @Override
  public Map<String, Object> getExtensions() {
    return Map.of("code", code, "resumeAfter", resumeAfter);
  }

  @Override
  public Map<String, Object> toSpecification() {
    return Map.of("message", String.valueOf(getMessage()), "extensions", getExtensions());
  }
}

package dev.rex.realtime;

/**
 * What a {@link java.util.concurrent.Flow.Subscriber} of {@link ChangeStream#publisher} receives in
 * {@code onError} when its stream ends other than by its own {@code cancel()}: the {@link
 * SubscriptionEnd} says why and where to resume.
 */
public final class SubscriptionEndedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient SubscriptionEnd end;

  public SubscriptionEndedException(SubscriptionEnd end) {
    super(
        "The change stream ended ("
            + end.reason()
            + "); subscribe again after "
            + end.resumeAfter()
            + " to resume",
        end.failure(),
        false,
        false);
    this.end = end;
  }

  /** Why the stream ended and the position to resume after. */
  public SubscriptionEnd end() {
    return end;
  }
}

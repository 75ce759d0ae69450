package dev.rex.runtime;

import dev.rex.dsl.Query;
import dev.rex.dsl.RenderedQuery;
import dev.rex.dsl.impl.QueryBinding;
import dev.rex.dsl.spi.Dialect;
import dev.rex.listener.ExecuteContext;
import dev.rex.listener.ExecuteListener;
import org.jspecify.annotations.Nullable;

/**
 * Tells an executor's listener (if any) about its statements. A quiet listener ({@link
 * ExecuteListener#quietUpToNanos()}, as the default logging listener is while DEBUG is off) gets no
 * context for a statement that succeeds within its time: the executor keeps only the start time
 * ({@link #clock()}), and a context is made after the fact for a slow or failed statement.
 */
final class StatementEvents {

  private final @Nullable ExecuteListener listener;
  private final Dialect dialect;

  StatementEvents(@Nullable ExecuteListener listener, Dialect dialect) {
    this.listener = listener;
    this.dialect = dialect;
  }

  /** Now, for a statement's start, or 0 when there is no listener to time it for. */
  long clock() {
    return listener == null ? 0 : System.nanoTime();
  }

  /**
   * The context of a statement about to run, made whenever there is a listener (a stream ends
   * later, elsewhere).
   */
  @Nullable ExecuteContext start(ExecuteContext.Kind kind, RenderedQuery rendered, int batchSize) {
    if (listener == null) {
      return null;
    }
    ExecuteContext context = new ExecuteContext(kind, rendered, dialect, batchSize);
    listener.executeStart(context);
    return context;
  }

  /**
   * Whether every statement gets a context before it runs (a listener that is not quiet), so that
   * it needs its bind values before it runs; otherwise they are needed only for a late context.
   */
  boolean startsEagerly() {
    return listener != null && listener.quietUpToNanos() < 0;
  }

  /** As {@link #start}, but null when the listener is quiet. */
  @Nullable ExecuteContext startUnlessQuiet(
      ExecuteContext.Kind kind, RenderedQuery rendered, int batchSize) {
    if (listener == null || listener.quietUpToNanos() >= 0) {
      return null;
    }
    return start(kind, rendered, batchSize);
  }

  /**
   * {@code context}, or for a quiet listener one made now for a statement that began then. {@code
   * rendered} is completed with {@code statement}'s bind values first when it was rendered without
   * them (a prepared query's execution: see {@link QueryBinding#renderForBinding}).
   */
  @Nullable ExecuteContext late(
      @Nullable ExecuteContext context,
      ExecuteContext.Kind kind,
      RenderedQuery rendered,
      @Nullable Query statement,
      int batchSize,
      long started) {
    if (context != null || listener == null) {
      return context;
    }
    RenderedQuery complete =
        statement == null ? rendered : QueryBinding.complete(statement, rendered, dialect);
    return new ExecuteContext(kind, complete, dialect, batchSize, started);
  }

  /** The end of a statement: told to the listener, if it is not quiet up to the time it took. */
  void end(
      @Nullable ExecuteContext context,
      ExecuteContext.Kind kind,
      RenderedQuery rendered,
      @Nullable Query statement,
      int batchSize,
      long started,
      int rows) {
    if (listener == null) {
      return;
    }
    if (context == null) {
      long quiet = listener.quietUpToNanos();
      if (quiet >= 0 && System.nanoTime() - started <= quiet) {
        return;
      }
    }
    end(late(context, kind, rendered, statement, batchSize, started), rows);
  }

  void end(@Nullable ExecuteContext context, int rows) {
    if (context != null && listener != null) {
      context.finished(rows);
      listener.executeEnd(context);
    }
  }

  void fail(@Nullable ExecuteContext context, RuntimeException failure) {
    if (context != null && listener != null) {
      context.failed(failure);
      listener.exception(context);
    }
  }
}

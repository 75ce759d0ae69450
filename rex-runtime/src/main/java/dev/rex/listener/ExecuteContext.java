package dev.rex.listener;

import dev.rex.dsl.RenderedQuery;
import dev.rex.dsl.spi.Dialect;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a listener knows about one execution. The same object is passed to {@code executeStart} and
 * then to {@code executeEnd} or {@code exception}; the result fields are filled in between.
 */
public final class ExecuteContext {

  /** What kind of statement ran. */
  public enum Kind {
    /** A statement that returns rows. */
    QUERY,
    /** A statement that returns an update count. */
    UPDATE,
    /** A JDBC batch: one statement, many sets of binds. */
    BATCH
  }

  private final Kind kind;
  private final RenderedQuery query;
  private final Dialect dialect;
  private final int batchSize;
  private final long startNanos;
  private long endNanos;
  private int rows = -1;
  private @Nullable RuntimeException exception;

  /** A context for a statement about to run; created by Rex, not by listeners. */
  public ExecuteContext(Kind kind, RenderedQuery query, Dialect dialect, int batchSize) {
    this(kind, query, dialect, batchSize, System.nanoTime());
  }

  /**
   * A context for a statement that started at {@code startNanos} ({@link System#nanoTime()}), made
   * after the fact for a quiet listener ({@link ExecuteListener#quietUpToNanos()}); created by Rex.
   */
  public ExecuteContext(
      Kind kind, RenderedQuery query, Dialect dialect, int batchSize, long startNanos) {
    this.kind = kind;
    this.query = query;
    this.dialect = dialect;
    this.batchSize = batchSize;
    this.startNanos = startNanos;
  }

  /** The kind of statement. */
  public Kind kind() {
    return kind;
  }

  /** The SQL with {@code ?} placeholders. */
  public String sql() {
    return query.sql();
  }

  /** The bind values in placeholder order (for a batch, those of its first row). */
  public List<@Nullable Object> binds() {
    return query.bindValues();
  }

  /** The dialect of the database. */
  public Dialect dialect() {
    return dialect;
  }

  /** The number of bind sets of a batch; 1 otherwise. */
  public int batchSize() {
    return batchSize;
  }

  /** Rows read or affected, or -1 before the end. */
  public int rows() {
    return rows;
  }

  /** The time from start to end (or to now, before the end). */
  public Duration elapsed() {
    return Duration.ofNanos(elapsedNanos());
  }

  /** {@link #elapsed()} in nanoseconds, without making a {@code Duration}. */
  public long elapsedNanos() {
    long end = endNanos == 0 ? System.nanoTime() : endNanos;
    return end - startNanos;
  }

  /** The failure, once {@code exception} is called; null otherwise. */
  public @Nullable RuntimeException exception() {
    return exception;
  }

  /** Records a successful end; called by Rex. */
  public void finished(int rowCount) {
    this.endNanos = System.nanoTime();
    this.rows = rowCount;
  }

  /** Records a failure; called by Rex. */
  public void failed(RuntimeException failure) {
    this.endNanos = System.nanoTime();
    this.exception = failure;
  }
}

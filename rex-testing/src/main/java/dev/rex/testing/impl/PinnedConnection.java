package dev.rex.testing.impl;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One physical connection, kept inside a transaction that is never committed, seen through a proxy
 * that behaves as an autocommit connection. Switching autocommit off sets a savepoint; {@code
 * commit()} releases it (and sets the next one), {@code rollback()} rolls back to it, and {@code
 * close()} keeps the connection open. Rex's transactions, top-level or nested, thus become
 * savepoints, and whatever they commit is undone when the outer transaction is rolled back.
 *
 * <p>Read-only mode and isolation cannot change inside a transaction that has already run
 * statements, so requests for them are ignored, and {@code SET TRANSACTION} statements
 * (PostgreSQL's way to set isolation) are not sent.
 */
public final class PinnedConnection implements InvocationHandler {

  private final Connection physical;
  private final Connection proxy;
  private boolean autoCommit = true;
  private @Nullable Savepoint transaction;
  private @Nullable Savepoint test;

  /**
   * Pins {@code physical}, switching its autocommit off.
   *
   * @throws SQLException when the driver refuses
   */
  public PinnedConnection(Connection physical) throws SQLException {
    this.physical = physical;
    physical.setAutoCommit(false);
    this.proxy =
        (Connection)
            Proxy.newProxyInstance(
                PinnedConnection.class.getClassLoader(), new Class<?>[] {Connection.class}, this);
  }

  /** The connection to give the code under test. */
  public Connection connection() {
    return proxy;
  }

  /** Starts a test: what happens from now on is undone by {@link #endTest()}. */
  public synchronized void beginTest() throws SQLException {
    test = physical.setSavepoint();
  }

  /** Undoes everything since {@link #beginTest()}, including a transaction left open. */
  public synchronized void endTest() throws SQLException {
    autoCommit = true;
    transaction = null;
    Savepoint started = test;
    test = null;
    if (started != null) {
      physical.rollback(started);
      physical.releaseSavepoint(started);
    }
  }

  /** Rolls back everything and closes the physical connection. */
  public synchronized void close() throws SQLException {
    try {
      physical.rollback();
    } finally {
      physical.close();
    }
  }

  @Override
  public @Nullable Object invoke(Object self, Method method, @Nullable Object[] args)
      throws Throwable {
    return switch (method.getName()) {
      case "close", "setReadOnly", "setTransactionIsolation" -> null;
      case "getAutoCommit" -> autoCommit();
      case "setAutoCommit" -> {
        setAutoCommit((Boolean) arg(args));
        yield null;
      }
      case "commit" -> {
        commit();
        yield null;
      }
      case "rollback" -> {
        if (args != null && args.length > 0) {
          yield call(method, args);
        }
        rollback();
        yield null;
      }
      case "createStatement" -> statement((Statement) Objects.requireNonNull(call(method, args)));
      case "unwrap" -> unwrap((Class<?>) arg(args));
      case "isWrapperFor" -> {
        Class<?> type = (Class<?>) arg(args);
        yield type.isInstance(physical) || physical.isWrapperFor(type);
      }
      case "equals" -> args != null && args.length == 1 && self == args[0];
      case "hashCode" -> System.identityHashCode(self);
      case "toString" -> "PinnedConnection(" + physical + ")";
      default -> call(method, args);
    };
  }

  private static Object arg(@Nullable Object[] args) {
    if (args == null || args.length == 0 || args[0] == null) {
      throw new IllegalArgumentException("The argument is missing");
    }
    return args[0];
  }

  private @Nullable Object call(Method method, @Nullable Object[] args) throws Throwable {
    try {
      return method.invoke(physical, args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      throw cause == null ? e : cause;
    }
  }

  private Object unwrap(Class<?> type) throws SQLException {
    return type.isInstance(physical) ? physical : physical.unwrap(type);
  }

  private synchronized boolean autoCommit() {
    return autoCommit;
  }

  private synchronized void setAutoCommit(boolean on) throws SQLException {
    if (on == autoCommit) {
      return;
    }
    if (on) {
      Savepoint open = transaction;
      transaction = null;
      if (open != null) {
        physical.releaseSavepoint(open);
      }
    } else {
      transaction = physical.setSavepoint();
    }
    autoCommit = on;
  }

  private synchronized void commit() throws SQLException {
    Savepoint open = transaction;
    if (open != null) {
      physical.releaseSavepoint(open);
      transaction = physical.setSavepoint();
    }
  }

  private synchronized void rollback() throws SQLException {
    Savepoint open = transaction;
    if (open != null) {
      physical.rollback(open);
    }
  }

  /** A statement that does not send {@code SET TRANSACTION}. */
  private static Statement statement(Statement statement) {
    return (Statement)
        Proxy.newProxyInstance(
            PinnedConnection.class.getClassLoader(),
            new Class<?>[] {Statement.class},
            (self, method, args) -> {
              if (args != null
                  && args.length > 0
                  && args[0] instanceof String sql
                  && method.getName().startsWith("execute")
                  && sql.trim().toLowerCase(Locale.ROOT).startsWith("set transaction")) {
                Class<?> returns = method.getReturnType();
                if (returns == boolean.class) {
                  return false;
                }
                return returns == long.class ? (Object) 0L : (Object) 0;
              }
              try {
                return method.invoke(statement, args);
              } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                throw cause == null ? e : cause;
              }
            });
  }
}

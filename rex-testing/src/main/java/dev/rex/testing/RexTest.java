package dev.rex.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a test class a migrated {@link dev.rex.Rex}: as a parameter of its test, lifecycle and
 * constructor methods, and in each of its non-final fields of type {@code Rex}. The database is
 * migrated once from {@link #migrations()}; by default each test runs inside a transaction that is
 * rolled back when it ends ({@link TestIsolation#ROLLBACK}).
 *
 * <p>An attribute left at its default is read from the JUnit configuration parameter (a system
 * property or {@code junit-platform.properties}) or the environment variable named on it, so a
 * build can switch every test class to another backend at once.
 *
 * <pre>{@code
 * @RexTest
 * class AlbumServiceTest {
 *   @Test
 *   void addsAnAlbum(Rex db) {
 *     db.insertInto(ALBUM).set(ALBUM.TITLE, "Blue").execute();
 *   }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(RexExtension.class)
public @interface RexTest {

  /**
   * Where the database runs. {@link Backend#DEFAULT} reads {@code rex.testing.backend} ({@code
   * REX_TESTING_BACKEND}): {@code embedded}, {@code sqlite}, {@code url} or {@code testcontainers};
   * embedded PostgreSQL when neither is set.
   */
  Backend backend() default Backend.DEFAULT;

  /** Whether tests are rolled back or the class gets a database of its own. */
  TestIsolation isolation() default TestIsolation.ROLLBACK;

  /**
   * Flyway locations of the migrations, {@code classpath:…} or {@code filesystem:…}; each must
   * exist. An empty array migrates nothing.
   */
  String[] migrations() default {"classpath:db/migration"};

  /**
   * Where the {@code Rex}'s settings come from (validators, listeners, plugins); by default {@link
   * dev.rex.RexSettings#defaults()}. In {@link TestIsolation#DATABASE_PER_CLASS} the pool holds at
   * most 4 connections whatever the settings say.
   */
  Class<? extends RexTestSettings> settings() default RexTestSettings.Defaults.class;

  /**
   * The server of {@link Backend#URL}, a PostgreSQL JDBC URL; empty reads {@code rex.testing.url}
   * ({@code REX_TESTING_URL}).
   */
  String url() default "";

  /**
   * The Docker image of {@link Backend#TESTCONTAINERS}; empty reads {@code rex.testing.image}
   * ({@code REX_TESTING_IMAGE}), and then {@value Backend#DEFAULT_IMAGE}. Any image that behaves as
   * the official {@code postgres} one will do.
   */
  String image() default "";
}

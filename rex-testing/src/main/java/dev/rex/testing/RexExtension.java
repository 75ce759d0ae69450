package dev.rex.testing;

import dev.rex.Rex;
import dev.rex.testing.impl.ClassDatabase;
import dev.rex.testing.impl.SharedDatabase;
import dev.rex.testing.impl.TestSettings;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;
import org.opentest4j.TestAbortedException;

/**
 * The JUnit 5 extension behind {@link RexTest}; {@code @ExtendWith(RexExtension.class)} alone uses
 * {@code @RexTest}'s defaults. It injects the class's {@link Rex} into parameters of type {@code
 * Rex} and into non-final fields of type {@code Rex} (static ones before {@code @BeforeAll}), and
 * undoes each test as {@link TestIsolation} says.
 */
public final class RexExtension
    implements BeforeAllCallback,
        TestInstancePostProcessor,
        BeforeEachCallback,
        AfterEachCallback,
        ParameterResolver {

  private static final Namespace NAMESPACE = Namespace.create(RexExtension.class);
  private static final String CLASS_DATABASE = "class database";
  private static final String ABORTED = "aborted";
  private static final Object LOCK = new Object();

  /** Where {@code @ExtendWith(RexExtension.class)} without {@code @RexTest} takes its settings. */
  @RexTest
  private static final class Defaults {}

  @Override
  public void beforeAll(ExtensionContext context) throws IllegalAccessException {
    Rex rex;
    try {
      rex = database(context).rex();
    } catch (TestAbortedException e) {
      // Reported once per test rather than for the class, which build tools show as no tests.
      context.getStore(NAMESPACE).put(ABORTED, e);
      return;
    }
    for (Field field : rexFields(context.getRequiredTestClass(), true)) {
      field.set(null, rex);
    }
  }

  @Override
  public void postProcessTestInstance(Object instance, ExtensionContext context)
      throws IllegalAccessException {
    Rex rex = database(context).rex();
    for (Field field : rexFields(instance.getClass(), false)) {
      field.set(instance, rex);
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) throws SQLException {
    database(context).beginTest();
  }

  @Override
  public void afterEach(ExtensionContext context) throws SQLException {
    database(context).endTest();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Rex.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context)
      throws ParameterResolutionException {
    return database(context).rex();
  }

  /** The class's database, opened on first use and closed with the class's context. */
  private static ClassDatabase database(ExtensionContext context) {
    ExtensionContext owner = context;
    while (owner.getTestMethod().isPresent() && owner.getParent().isPresent()) {
      owner = owner.getParent().get();
    }
    ExtensionContext.Store store = owner.getStore(NAMESPACE);
    TestAbortedException aborted = store.get(ABORTED, TestAbortedException.class);
    if (aborted != null) {
      throw new TestAbortedException(aborted.getMessage(), aborted);
    }
    synchronized (LOCK) {
      ClassDatabase existing = store.get(CLASS_DATABASE, ClassDatabase.class);
      if (existing != null) {
        return existing;
      }
      TestSettings settings = settings(owner);
      ClassDatabase opened =
          settings.isolation() == TestIsolation.DATABASE_PER_CLASS
              ? ClassDatabase.ownDatabase(settings)
              : ClassDatabase.rollingBack(
                  shared(owner.getRoot(), settings).url(), settings.rexSettings());
      store.put(CLASS_DATABASE, opened);
      return opened;
    }
  }

  /** The migrated database that rolling-back classes with {@code settings} share in this run. */
  private static SharedDatabase shared(ExtensionContext root, TestSettings settings) {
    ExtensionContext.Store store = root.getStore(NAMESPACE);
    String key = "shared " + settingsKey(settings);
    SharedDatabase shared = store.get(key, SharedDatabase.class);
    if (shared == null) {
      shared = SharedDatabase.create(settings);
      store.put(key, shared);
    }
    return shared;
  }

  private static String settingsKey(TestSettings settings) {
    return settings.backend()
        + "|"
        + settings.url()
        + "|"
        + (settings.backend() == Backend.TESTCONTAINERS ? settings.image() : "")
        + "|"
        + settings.migrations();
  }

  private static TestSettings settings(ExtensionContext context) {
    RexTest test =
        context
            .getTestClass()
            .flatMap(type -> AnnotationSupport.findAnnotation(type, RexTest.class))
            .orElseGet(() -> Defaults.class.getAnnotation(RexTest.class));
    return TestSettings.of(
        test, name -> context.getConfigurationParameter(name).orElse(null), System::getenv);
  }

  private static List<Field> rexFields(Class<?> type, boolean statics) {
    List<Field> fields =
        ReflectionSupport.findFields(
            type,
            field ->
                field.getType() == Rex.class
                    && Modifier.isStatic(field.getModifiers()) == statics
                    && !Modifier.isFinal(field.getModifiers()),
            HierarchyTraversalMode.TOP_DOWN);
    for (Field field : fields) {
      field.setAccessible(true);
    }
    return fields;
  }
}

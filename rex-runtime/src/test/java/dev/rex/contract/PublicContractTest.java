package dev.rex.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.Rex;
import dev.rex.dsl.DSL;
import dev.rex.dsl.impl.Expressions;
import dev.rex.dsl.impl.Queries;
import dev.rex.dsl.impl.QueryBinding;
import dev.rex.dsl.impl.StatementStarts;
import dev.rex.testing.ClassesOf;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The public contract of rex-dsl and rex-runtime, checked on the compiled classes: {@code
 * dev.rex.dsl.impl} is internal apart from its one bridge, and no public or protected signature of
 * an API, SPI or generated-code package, or of the bridge itself, names an internal type (the
 * bridge and its nested types are the only internal names its callers see). Generated code, users'
 * code and plugins compile against those packages only, so an internal class can change without
 * breaking them.
 */
class PublicContractTest {

  private static final String IMPL = "dev.rex.dsl.impl";

  /** The packages users, plugins and generated sources compile against. */
  private static final Set<String> CONTRACT =
      Set.of(
          "dev.rex.dsl",
          "dev.rex.dsl.spi",
          "dev.rex.dsl.dialect",
          "dev.rex.dsl.gen",
          "dev.rex.dsl.exception",
          "dev.rex.dsl.function",
          "dev.rex",
          "dev.rex.cache",
          "dev.rex.listener");

  /** Packages that are internal by contract. */
  private static final Set<String> INTERNAL = Set.of(IMPL, "dev.rex.runtime");

  /**
   * The bridge, documented as internal: for rex-runtime, dev.rex.dsl.gen and the generator. The
   * statement starts and expression builders are split from {@code Queries} so that a first SELECT
   * does not load the step interfaces of the others, and how the runtime binds a query without a
   * rendering of its own is one idea of its own ({@code QueryBinding}).
   */
  private static final Set<String> BRIDGE =
      Set.of(
          Queries.class.getName(),
          Queries.GeneratedCode.class.getName(),
          StatementStarts.class.getName(),
          Expressions.class.getName(),
          QueryBinding.class.getName());

  @Test
  void theImplementationPackageHasNoPublicTypeButTheBridge() throws Exception {
    List<String> exposed = new ArrayList<>();
    for (Class<?> type : classes(DSL.class)) {
      if (type.getPackageName().equals(IMPL)
          && accessible(type)
          && !BRIDGE.contains(type.getName())) {
        exposed.add(type.getName());
      }
    }
    assertThat(exposed).as("public types in %s besides the bridge", IMPL).isEmpty();
  }

  @Test
  void noPublicSignatureOfTheContractNamesAnInternalType() throws Exception {
    Set<String> leaks = new TreeSet<>();
    List<Class<?>> all = new ArrayList<>(classes(DSL.class));
    all.addAll(classes(Rex.class));
    for (Class<?> type : all) {
      boolean bridge = BRIDGE.contains(type.getName());
      if (!bridge && !CONTRACT.contains(type.getPackageName()) || !accessible(type)) {
        continue;
      }
      checkSignatures(leaks, type, bridge);
    }
    assertThat(leaks).as("public or protected signatures that name an internal type").isEmpty();
  }

  /**
   * Checks {@code type}'s signatures; the bridge may name its own nested types, nothing else may.
   */
  private static void checkSignatures(Set<String> leaks, Class<?> type, boolean bridge) {
    Set<String> allowed = bridge ? BRIDGE : Set.of();
    String where = type.getName();
    check(leaks, allowed, where + " extends", type.getGenericSuperclass());
    for (Type implemented : type.getGenericInterfaces()) {
      check(leaks, allowed, where + " implements", implemented);
    }
    for (TypeVariable<?> variable : type.getTypeParameters()) {
      check(leaks, allowed, where + "<" + variable.getName() + ">", variable);
    }
    for (Method method : type.getDeclaredMethods()) {
      if (visible(method)) {
        String at = where + "#" + method.getName();
        check(leaks, allowed, at, method.getGenericReturnType());
        checkAll(leaks, allowed, at, method.getGenericParameterTypes());
        checkAll(leaks, allowed, at, method.getGenericExceptionTypes());
        checkAll(leaks, allowed, at, method.getTypeParameters());
      }
    }
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      if (visible(constructor)) {
        String at = where + "#<init>";
        checkAll(leaks, allowed, at, constructor.getGenericParameterTypes());
        checkAll(leaks, allowed, at, constructor.getGenericExceptionTypes());
      }
    }
    for (Field field : type.getDeclaredFields()) {
      if (visible(field)) {
        check(leaks, allowed, where + "." + field.getName(), field.getGenericType());
      }
    }
  }

  @Test
  void generatedCodeExtendsOnlyTheGeneratedCodePackage() {
    for (Class<?> base :
        List.of(
            dev.rex.dsl.gen.AbstractTable.class,
            dev.rex.dsl.gen.AbstractTableRecord.class,
            dev.rex.dsl.gen.AbstractUpdatableRecord.class)) {
      for (Class<?> up = base.getSuperclass(); up != null; up = up.getSuperclass()) {
        assertThat(up.getPackageName()).isIn("java.lang", "dev.rex.dsl.gen");
      }
    }
  }

  private static boolean accessible(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
      if (!Modifier.isPublic(t.getModifiers())) {
        return false;
      }
    }
    return !type.isSynthetic() && !type.isAnonymousClass() && !type.isLocalClass();
  }

  private static boolean visible(Member member) {
    int modifiers = member.getModifiers();
    boolean bridge = member instanceof Method method && (method.isBridge() || method.isSynthetic());
    return !bridge && (Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers));
  }

  private static void checkAll(Set<String> leaks, Set<String> allowed, String where, Type[] types) {
    for (Type type : types) {
      check(leaks, allowed, where, type);
    }
  }

  private static void check(Set<String> leaks, Set<String> allowed, String where, Type type) {
    Set<Type> internal = new HashSet<>();
    collectInternal(type, internal, new HashSet<>());
    internal.removeIf(found -> allowed.contains(found.getTypeName()));
    for (Type found : internal) {
      leaks.add(where + " names " + found.getTypeName());
    }
  }

  private static void collectInternal(Type type, Set<Type> found, Set<Type> seen) {
    if (type == null || !seen.add(type)) {
      return;
    }
    if (type instanceof Class<?> raw) {
      Class<?> element = raw;
      while (element.isArray()) {
        element = element.getComponentType();
      }
      if (!element.isPrimitive() && INTERNAL.contains(element.getPackageName())) {
        found.add(element);
      }
    } else if (type instanceof ParameterizedType parameterized) {
      collectInternal(parameterized.getRawType(), found, seen);
      collectInternal(parameterized.getOwnerType(), found, seen);
      for (Type argument : parameterized.getActualTypeArguments()) {
        collectInternal(argument, found, seen);
      }
    } else if (type instanceof WildcardType wildcard) {
      for (Type bound : wildcard.getUpperBounds()) {
        collectInternal(bound, found, seen);
      }
      for (Type bound : wildcard.getLowerBounds()) {
        collectInternal(bound, found, seen);
      }
    } else if (type instanceof TypeVariable<?> variable) {
      for (Type bound : variable.getBounds()) {
        collectInternal(bound, found, seen);
      }
    } else if (type instanceof GenericArrayType array) {
      collectInternal(array.getGenericComponentType(), found, seen);
    }
  }

  /** Every class in the jar or directory that {@code anchor} was loaded from. */
  private static List<Class<?>> classes(Class<?> anchor) throws Exception {
    List<Class<?>> classes = new ArrayList<>();
    for (String name : ClassesOf.names(anchor)) {
      if (!name.endsWith("package-info")) {
        classes.add(Class.forName(name, false, anchor.getClassLoader()));
      }
    }
    return classes;
  }
}

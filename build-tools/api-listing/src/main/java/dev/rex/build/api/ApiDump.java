package dev.rex.build.api;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
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
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes the public API of a set of classes as sorted, deterministic text: one header line per
 * accessible type (its modifiers, kind, type parameters and public supertypes), followed by one
 * indented line per public or protected field, constructor and method, each with its generic
 * signature and, after {@code erased}, its JVM descriptor (what binary compatibility depends on).
 *
 * <p>The rules, which {@link ApiListing} relies on:
 *
 * <ul>
 *   <li>A type is listed when it is public or protected, and so is every type enclosing it;
 *       anonymous, local and synthetic classes never are.
 *   <li>A member is listed when it is public or protected and neither synthetic nor a bridge method
 *       (so the JaCoCo agent's and the compiler's own helpers never show up).
 *   <li>Public members a type inherits from a superclass or superinterface that is not itself
 *       listed (a package-private base class) are listed as the type's own, and the public
 *       supertypes of such a base take its place among the supertypes; this is how users see them.
 *   <li>Types, supertypes and members are sorted, and names are binary names ({@code Outer$Inner}),
 *       so the text does not depend on declaration order, on the JDK or on the file system.
 *   <li>Annotations, including nullness annotations, and constant values are not part of the
 *       listing.
 * </ul>
 */
public final class ApiDump {

  private ApiDump() {}

  /** The listing of the accessible types among {@code classes}, one type block after another. */
  public static String dump(Collection<Class<?>> classes) {
    List<Class<?>> listed = new ArrayList<>();
    for (Class<?> type : classes) {
      if (isListed(type)) {
        listed.add(type);
      }
    }
    listed.sort(Comparator.comparing(Class::getName));
    StringBuilder out = new StringBuilder();
    for (Class<?> type : listed) {
      out.append(header(type)).append('\n');
      for (String member : members(type)) {
        out.append("  ").append(member).append('\n');
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** Whether {@code type} is part of the API: public or protected all the way out. */
  static boolean isListed(Class<?> type) {
    if (type.isSynthetic() || type.isAnonymousClass() || type.isLocalClass()) {
      return false;
    }
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (!isVisible(c.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private static boolean isVisible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static String header(Class<?> type) {
    StringJoiner line = new StringJoiner(" ");
    int modifiers = type.getModifiers();
    line.add(Modifier.isPublic(modifiers) ? "public" : "protected");
    if (type.getEnclosingClass() != null && Modifier.isStatic(modifiers)) {
      line.add("static");
    }
    if (type.isSealed()) {
      line.add("sealed");
    }
    line.add(kind(type) + " " + type.getName() + typeParameters(type.getTypeParameters()));
    Set<String> supertypes = new TreeSet<>();
    collectSupertypes(type, supertypes);
    if (!supertypes.isEmpty()) {
      line.add(": " + String.join(", ", supertypes));
    }
    return line.toString();
  }

  private static String kind(Class<?> type) {
    int modifiers = type.getModifiers();
    if (type.isAnnotation()) {
      return "@interface";
    }
    if (type.isInterface()) {
      return "interface";
    }
    if (type.isEnum()) {
      return "enum";
    }
    if (type.isRecord()) {
      return "record";
    }
    if (Modifier.isAbstract(modifiers)) {
      return "abstract class";
    }
    return Modifier.isFinal(modifiers) ? "final class" : "class";
  }

  /** The public supertypes of {@code type}, looking through supertypes that are not listed. */
  private static void collectSupertypes(Class<?> type, Set<String> out) {
    Type superclass = type.getGenericSuperclass();
    if (superclass != null && !isImplied(type, raw(superclass))) {
      addSupertype(superclass, out);
    }
    for (Type face : type.getGenericInterfaces()) {
      if (!isImplied(type, raw(face))) {
        addSupertype(face, out);
      }
    }
  }

  private static void addSupertype(Type supertype, Set<String> out) {
    Class<?> raw = raw(supertype);
    if (isListed(raw)) {
      out.add(typeName(supertype));
    } else {
      collectSupertypes(raw, out);
    }
  }

  /** Supertypes that the kind of the type already says: Object, Enum, Record, Annotation. */
  private static boolean isImplied(Class<?> type, Class<?> supertype) {
    return supertype == Object.class
        || (type.isEnum() && supertype == Enum.class)
        || (type.isRecord() && supertype == Record.class)
        || (type.isAnnotation() && supertype == java.lang.annotation.Annotation.class);
  }

  /**
   * The member lines of {@code type}: fields, then constructors, then methods, each group by name
   * and then by the whole line, so overloads stay together.
   */
  private static Collection<String> members(Class<?> type) {
    Map<String, String> members = new TreeMap<>();
    addFields(type, members);
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      if (isListedMember(constructor)) {
        String line = executable(constructor, type);
        members.put("2 " + line, line);
      }
    }
    addMethods(type, type, members);
    return members.values();
  }

  private static void addFields(Class<?> type, Map<String, String> members) {
    for (Field field : type.getDeclaredFields()) {
      if (isListedMember(field)) {
        members.put("1 " + field.getName() + " " + field(field), field(field));
      }
    }
  }

  private static void addMethods(Class<?> type, Class<?> owner, Map<String, String> members) {
    for (Method method : type.getDeclaredMethods()) {
      if (isListedMember(method) && !method.isBridge()) {
        String line = executable(method, owner);
        members.put("3 " + method.getName() + " " + line, line);
      }
    }
    List<Class<?>> hidden = new ArrayList<>();
    if (type.getSuperclass() != null && !isListed(type.getSuperclass())) {
      hidden.add(type.getSuperclass());
    }
    for (Class<?> face : type.getInterfaces()) {
      if (!isListed(face)) {
        hidden.add(face);
      }
    }
    for (Class<?> base : hidden) {
      addFields(base, members);
      addMethods(base, owner, members);
    }
  }

  private static boolean isListedMember(Member member) {
    return isVisible(member.getModifiers()) && !member.isSynthetic();
  }

  private static String field(Field field) {
    StringJoiner line = new StringJoiner(" ");
    int modifiers = field.getModifiers();
    line.add(Modifier.isPublic(modifiers) ? "public" : "protected");
    if (Modifier.isStatic(modifiers)) {
      line.add("static");
    }
    if (Modifier.isFinal(modifiers)) {
      line.add("final");
    }
    line.add(typeName(field.getGenericType()));
    line.add(field.getName());
    line.add("erased");
    line.add(descriptor(field.getType()));
    return line.toString();
  }

  private static String executable(Executable executable, Class<?> owner) {
    StringJoiner line = new StringJoiner(" ");
    int modifiers = executable.getModifiers();
    line.add(Modifier.isPublic(modifiers) ? "public" : "protected");
    if (Modifier.isStatic(modifiers)) {
      line.add("static");
    }
    boolean inInterface = executable.getDeclaringClass().isInterface();
    if (executable instanceof Method && ((Method) executable).isDefault()) {
      line.add("default");
    } else if (Modifier.isAbstract(modifiers) && !inInterface) {
      line.add("abstract");
    }
    if (Modifier.isFinal(modifiers)) {
      line.add("final");
    }
    String typeParameters = typeParameters(executable.getTypeParameters());
    if (!typeParameters.isEmpty()) {
      line.add(typeParameters);
    }
    StringJoiner parameters = new StringJoiner(", ", "(", ")");
    Type[] types = executable.getGenericParameterTypes();
    for (int i = 0; i < types.length; i++) {
      boolean varargs = executable.isVarArgs() && i == types.length - 1;
      parameters.add(varargs ? varargs(types[i]) : typeName(types[i]));
    }
    StringBuilder descriptor = new StringBuilder("(");
    for (Class<?> parameter : executable.getParameterTypes()) {
      descriptor.append(descriptor(parameter));
    }
    descriptor.append(')');
    if (executable instanceof Method) {
      Method method = (Method) executable;
      line.add(typeName(method.getGenericReturnType()));
      line.add(method.getName() + parameters);
      descriptor.append(descriptor(method.getReturnType()));
    } else {
      line.add(simpleBinaryName(owner) + parameters);
      descriptor.append('V');
    }
    Type[] exceptions = executable.getGenericExceptionTypes();
    if (exceptions.length > 0) {
      StringJoiner thrown = new StringJoiner(", ");
      for (Type exception : exceptions) {
        thrown.add(typeName(exception));
      }
      line.add("throws " + thrown);
    }
    line.add("erased");
    line.add(descriptor.toString());
    return line.toString();
  }

  private static String simpleBinaryName(Class<?> type) {
    String name = type.getName();
    return name.substring(name.lastIndexOf('.') + 1);
  }

  private static String varargs(Type arrayType) {
    String name = typeName(arrayType);
    return name.substring(0, name.length() - 2) + "...";
  }

  private static String typeParameters(TypeVariable<?>[] variables) {
    if (variables.length == 0) {
      return "";
    }
    StringJoiner out = new StringJoiner(", ", "<", ">");
    for (TypeVariable<?> variable : variables) {
      Type[] bounds = variable.getBounds();
      if (bounds.length == 1 && bounds[0] == Object.class) {
        out.add(variable.getName());
        continue;
      }
      StringJoiner bound = new StringJoiner(" & ");
      for (Type b : bounds) {
        bound.add(typeName(b));
      }
      out.add(variable.getName() + " extends " + bound);
    }
    return out.toString();
  }

  /** A type as Java source would write it, but with binary names for nested classes. */
  static String typeName(Type type) {
    if (type instanceof Class<?>) {
      Class<?> c = (Class<?>) type;
      return c.isArray() ? typeName(c.getComponentType()) + "[]" : c.getName();
    }
    if (type instanceof ParameterizedType) {
      ParameterizedType p = (ParameterizedType) type;
      StringJoiner arguments = new StringJoiner(", ", "<", ">");
      for (Type argument : p.getActualTypeArguments()) {
        arguments.add(typeName(argument));
      }
      Type owner = p.getOwnerType();
      Class<?> raw = raw(p);
      String name =
          owner instanceof ParameterizedType
              ? typeName(owner) + "$" + raw.getSimpleName()
              : raw.getName();
      return name + arguments;
    }
    if (type instanceof GenericArrayType) {
      return typeName(((GenericArrayType) type).getGenericComponentType()) + "[]";
    }
    if (type instanceof WildcardType) {
      WildcardType w = (WildcardType) type;
      if (w.getLowerBounds().length > 0) {
        return "? super " + typeName(w.getLowerBounds()[0]);
      }
      Type upper = w.getUpperBounds()[0];
      return upper == Object.class ? "?" : "? extends " + typeName(upper);
    }
    return ((TypeVariable<?>) type).getName();
  }

  private static Class<?> raw(Type type) {
    return type instanceof Class<?>
        ? (Class<?>) type
        : (Class<?>) ((ParameterizedType) type).getRawType();
  }

  private static String descriptor(Class<?> type) {
    if (type.isArray()) {
      return type.getName().replace('.', '/');
    }
    if (!type.isPrimitive()) {
      return "L" + type.getName().replace('.', '/') + ";";
    }
    if (type == void.class) {
      return "V";
    }
    if (type == boolean.class) {
      return "Z";
    }
    if (type == long.class) {
      return "J";
    }
    return type.getName().substring(0, 1).toUpperCase(java.util.Locale.ROOT);
  }
}

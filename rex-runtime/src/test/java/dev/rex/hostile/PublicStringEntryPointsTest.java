package dev.rex.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.Rex;
import dev.rex.dsl.DSL;
import dev.rex.testing.ClassesOf;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every public method or constructor of Rex's API that takes a {@code String} is listed in {@code
 * hostile-entry-points.txt} with what the string becomes — a VALUE, a NAME, a TYPE_NAME, RAW_SQL,
 * SPI_TEXT (what a dialect writes itself) or NOT_SQL (messages, URLs, lookups) — and, for the first
 * four, the {@link HostileInputSuite} test that sends the hostile corpus through it. A new public
 * method taking a string fails this test until someone decides which it is and covers it.
 */
class PublicStringEntryPointsTest {

  private static final String LIST = "/hostile-entry-points.txt";

  /** Packages that are internal by contract (not API), so not entry points. */
  private static final List<String> INTERNAL = List.of("dev.rex.dsl.impl.", "dev.rex.runtime.");

  private enum Category {
    VALUE,
    NAME,
    TYPE_NAME,
    RAW_SQL,
    /** Text a dialect or plugin writes itself through the SPI; never user input. */
    SPI_TEXT,
    NOT_SQL
  }

  private record Entry(String signature, Category category, String coverage) {}

  @Test
  void everyPublicMethodTakingAStringIsListedAndCovered() throws Exception {
    Map<String, Entry> listed = listed();
    TreeSet<String> found = new TreeSet<>();
    for (Class<?> type : apiClasses()) {
      for (Executable member : stringTakingMembers(type)) {
        found.add(signature(type, member));
      }
    }

    List<String> missing = found.stream().filter(s -> !listed.containsKey(s)).toList();
    assertThat(missing)
        .as(
            "public methods taking a String that %s does not list: add each with its category"
                + " and the HostileInputSuite test that covers it",
            LIST)
        .isEmpty();
    List<String> stale = listed.keySet().stream().filter(s -> !found.contains(s)).toList();
    assertThat(stale).as("entries in %s that no longer exist", LIST).isEmpty();

    List<String> tests =
        Arrays.stream(HostileInputSuite.class.getDeclaredMethods()).map(Method::getName).toList();
    for (Entry entry : listed.values()) {
      if (entry.category() == Category.NOT_SQL || entry.category() == Category.SPI_TEXT) {
        assertThat(entry.coverage()).as("why %s never reaches SQL", entry.signature()).isNotBlank();
      } else {
        assertThat(tests)
            .as("the HostileInputSuite test covering %s", entry.signature())
            .contains(entry.coverage());
      }
    }
  }

  private static Map<String, Entry> listed() throws IOException {
    Map<String, Entry> entries = new LinkedHashMap<>();
    try (InputStream in =
            Objects.requireNonNull(PublicStringEntryPointsTest.class.getResourceAsStream(LIST));
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\\|", 3);
        assertThat(parts).as("line '%s': signature | category | test or reason", line).hasSize(3);
        Entry entry =
            new Entry(parts[0].trim(), Category.valueOf(parts[1].trim()), parts[2].trim());
        assertThat(entries.put(entry.signature(), entry)).as("listed twice: " + line).isNull();
      }
    }
    return entries;
  }

  private static List<Class<?>> apiClasses() throws Exception {
    List<Class<?>> classes = new ArrayList<>();
    for (Class<?> anchor : List.of(DSL.class, Rex.class)) {
      for (String name : ClassesOf.names(anchor)) {
        if (INTERNAL.stream().anyMatch(name::startsWith) || name.endsWith("package-info")) {
          continue;
        }
        Class<?> type = Class.forName(name, false, anchor.getClassLoader());
        // Exceptions take messages, never SQL.
        if (Modifier.isPublic(type.getModifiers())
            && !type.isSynthetic()
            && !Throwable.class.isAssignableFrom(type)) {
          classes.add(type);
        }
      }
    }
    return classes;
  }

  private static List<Executable> stringTakingMembers(Class<?> type) {
    List<Executable> members = new ArrayList<>();
    members.addAll(Arrays.asList(type.getDeclaredMethods()));
    members.addAll(Arrays.asList(type.getDeclaredConstructors()));
    return members.stream()
        .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
        .filter(m -> !(type.isEnum() && m.getName().equals("valueOf")))
        .filter(
            m ->
                Arrays.stream(m.getParameterTypes()).anyMatch(PublicStringEntryPointsTest::textual))
        .collect(Collectors.toList());
  }

  private static boolean textual(Class<?> parameter) {
    Class<?> element = parameter.isArray() ? parameter.getComponentType() : parameter;
    return element == String.class || element == CharSequence.class;
  }

  private static String signature(Class<?> type, Executable member) {
    String name = member instanceof Method ? member.getName() : "<init>";
    String parameters =
        Arrays.stream(member.getParameterTypes())
            .map(Class::getSimpleName)
            .collect(Collectors.joining(", "));
    return type.getName() + "#" + name + "(" + parameters + ")";
  }
}

package dev.rex.codegen;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Adds a dependency to the text of a {@code pom.xml} without reformatting it: to the project's
 * {@code <dependencies>} (created before {@code <build>}, or at the end, when there is none) and,
 * when the pom declares the Rex plugin under {@code <build><plugins>}, to that plugin's own {@code
 * <dependencies>}, where {@code rex:generate} finds it. A dependency already present (same groupId
 * and artifactId) is left as it is, so adding twice changes nothing. New lines take the indentation
 * of their neighbours.
 *
 * <p>The pom is read with a small scanner that knows elements, comments, processing instructions
 * and CDATA sections; everything else is text, kept byte for byte.
 */
public final class PomEditor {

  /** The plugin whose own dependencies also get the dependency. */
  static final String REX_PLUGIN = "rex-codegen-maven-plugin";

  /**
   * A dependency's coordinates.
   *
   * @param groupId its group
   * @param artifactId its artifact
   * @param version its version
   */
  public record Coordinates(String groupId, String artifactId, String version) {}

  private PomEditor() {}

  /**
   * The pom with {@code dependency} added where it is missing.
   *
   * @throws IllegalArgumentException when {@code pom} is not a project with a closing tag
   */
  public static String addDependency(String pom, Coordinates dependency) {
    String edited = addToRexPlugin(pom, dependency);
    return addToProject(edited, dependency);
  }

  /**
   * The pom with {@code dependency} added to the Rex plugin's own dependencies only, where it is
   * missing; unchanged when the pom does not declare the Rex plugin under {@code <build><plugins>}.
   *
   * @throws IllegalArgumentException when {@code pom} is not well formed
   */
  public static String addPluginDependency(String pom, Coordinates dependency) {
    return addToRexPlugin(pom, dependency);
  }

  private static String addToProject(String pom, Coordinates dependency) {
    List<Element> elements = Element.scan(pom);
    Optional<Element> dependencies = find(elements, "project/dependencies");
    if (dependencies.isPresent()) {
      return addTo(pom, elements, dependencies.get(), dependency);
    }
    Element project =
        find(elements, "project")
            .orElseThrow(() -> new IllegalArgumentException("The pom has no <project> element."));
    String unit = indentUnit(pom, elements);
    Optional<Element> build = find(elements, "project/build");
    int at = build.map(b -> lineStart(pom, b.start)).orElse(lineStart(pom, project.closeStart));
    String indent = build.map(b -> indentOf(pom, b.start)).orElse(unit);
    String block =
        indent
            + "<dependencies>\n"
            + dependencyXml(dependency, indent + unit, unit)
            + indent
            + "</dependencies>\n"
            + (build.isPresent() ? "\n" : "");
    return pom.substring(0, at) + block + pom.substring(at);
  }

  private static String addToRexPlugin(String pom, Coordinates dependency) {
    List<Element> elements = Element.scan(pom);
    for (Element plugin : elements) {
      if (!plugin.path.equals("project/build/plugins/plugin")
          || !REX_PLUGIN.equals(childText(pom, elements, plugin, "artifactId"))) {
        continue;
      }
      Optional<Element> dependencies = child(elements, plugin, "dependencies");
      if (dependencies.isPresent()) {
        return addTo(pom, elements, dependencies.get(), dependency);
      }
      String indent = indentOf(pom, plugin.start);
      String unit = indentUnit(pom, elements);
      String block =
          indent
              + unit
              + "<dependencies>\n"
              + dependencyXml(dependency, indent + unit + unit, unit)
              + indent
              + unit
              + "</dependencies>\n";
      int at = lineStart(pom, plugin.closeStart);
      return pom.substring(0, at) + block + pom.substring(at);
    }
    return pom;
  }

  /** Adds {@code dependency} at the end of {@code dependencies}, unless it is there already. */
  private static String addTo(
      String pom, List<Element> elements, Element dependencies, Coordinates dependency) {
    for (Element existing : elements) {
      if (existing.parent == dependencies
          && existing.name.equals("dependency")
          && dependency.groupId().equals(childText(pom, elements, existing, "groupId"))
          && dependency.artifactId().equals(childText(pom, elements, existing, "artifactId"))) {
        return pom;
      }
    }
    String indent = indentOf(pom, dependencies.start);
    String unit = indentUnit(pom, elements);
    int at = lineStart(pom, dependencies.closeStart);
    if (at <= dependencies.contentStart) {
      // <dependencies></dependencies> on one line: open it up.
      String block = "\n" + dependencyXml(dependency, indent + unit, unit) + indent;
      return pom.substring(0, dependencies.closeStart)
          + block
          + pom.substring(dependencies.closeStart);
    }
    return pom.substring(0, at)
        + dependencyXml(dependency, indent + unit, unit)
        + pom.substring(at);
  }

  private static String dependencyXml(Coordinates dependency, String indent, String unit) {
    return indent
        + "<dependency>\n"
        + indent
        + unit
        + "<groupId>"
        + dependency.groupId()
        + "</groupId>\n"
        + indent
        + unit
        + "<artifactId>"
        + dependency.artifactId()
        + "</artifactId>\n"
        + indent
        + unit
        + "<version>"
        + dependency.version()
        + "</version>\n"
        + indent
        + "</dependency>\n";
  }

  /** The indentation one level adds: that of {@code <project>}'s first child, or two spaces. */
  private static String indentUnit(String pom, List<Element> elements) {
    for (Element element : elements) {
      if (element.parent != null && element.parent.path.equals("project")) {
        String indent = indentOf(pom, element.start);
        return indent.isEmpty() ? "  " : indent;
      }
    }
    return "  ";
  }

  private static String indentOf(String pom, int offset) {
    int start = lineStart(pom, offset);
    int end = start;
    while (end < offset && (pom.charAt(end) == ' ' || pom.charAt(end) == '\t')) {
      end++;
    }
    return pom.substring(start, end);
  }

  private static int lineStart(String pom, int offset) {
    return pom.lastIndexOf('\n', offset - 1) + 1;
  }

  private static Optional<Element> find(List<Element> elements, String path) {
    return elements.stream().filter(e -> e.path.equals(path)).findFirst();
  }

  private static Optional<Element> child(List<Element> elements, Element parent, String name) {
    return elements.stream().filter(e -> e.parent == parent && e.name.equals(name)).findFirst();
  }

  private static @Nullable String childText(
      String pom, List<Element> elements, Element parent, String name) {
    return child(elements, parent, name)
        .map(e -> pom.substring(e.contentStart, e.closeStart).strip())
        .orElse(null);
  }

  /** An element of the pom: where it starts, where its content is, and where it closes. */
  private static final class Element {
    final String name;
    final String path;
    final @Nullable Element parent;
    final int start;
    int contentStart;
    int closeStart;

    private Element(String name, @Nullable Element parent, int start) {
      this.name = name;
      this.parent = parent;
      this.path = parent == null ? name : parent.path + "/" + name;
      this.start = start;
    }

    /** Every element, in document order. */
    static List<Element> scan(String xml) {
      List<Element> elements = new ArrayList<>();
      Deque<Element> open = new ArrayDeque<>();
      int i = 0;
      while ((i = xml.indexOf('<', i)) >= 0) {
        if (xml.startsWith("<!--", i)) {
          i = skipPast(xml, i, "-->");
        } else if (xml.startsWith("<![CDATA[", i)) {
          i = skipPast(xml, i, "]]>");
        } else if (xml.startsWith("<?", i) || xml.startsWith("<!", i)) {
          i = skipPast(xml, i, ">");
        } else {
          int end = skipPast(xml, i, ">");
          String tag = xml.substring(i + 1, end - 1).strip();
          if (tag.startsWith("/")) {
            Element closed = open.pop();
            closed.closeStart = i;
          } else {
            String name = tag.split("[\\s/>]", 2)[0];
            Element element = new Element(name, open.peek(), i);
            elements.add(element);
            if (tag.endsWith("/")) {
              // <build/>: no content; it closes where it starts.
              element.contentStart = i;
              element.closeStart = i;
            } else {
              element.contentStart = end;
              open.push(element);
            }
          }
          i = end;
        }
      }
      if (!open.isEmpty()) {
        throw new IllegalArgumentException(
            "The pom is not well formed: <" + open.peek().name + "> is not closed.");
      }
      return elements;
    }

    private static int skipPast(String xml, int from, String end) {
      int at = xml.indexOf(end, from);
      if (at < 0) {
        throw new IllegalArgumentException("The pom is not well formed near offset " + from + ".");
      }
      return at + end.length();
    }
  }
}

package dev.rex.build.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * rex-bom is written by hand, so this checks it against the build: it manages every module the
 * project publishes as a library, at the project's version, and nothing else of Rex's; and the JDBC
 * drivers at the versions the tests run with.
 */
class PublishedArtifactsTest {

  private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();

  @Test
  void theBomListsEveryPublishedLibraryAtTheProjectsVersion() throws Exception {
    Element root = pom(ROOT.resolve("pom.xml"));
    String version = child(root, "version");
    TreeSet<String> published = new TreeSet<>();
    for (Element module : children(child(root, "modules", 0), "module")) {
      Element pom = pom(ROOT.resolve(module.getTextContent().trim()).resolve("pom.xml"));
      String packaging = optional(pom, "packaging", "jar");
      List<Element> properties = children(pom, "properties");
      String deploySkip =
          properties.isEmpty()
              ? "false"
              : optional(properties.get(0), "maven.deploy.skip", "false");
      if (packaging.equals("jar") && !deploySkip.equals("true")) {
        published.add(child(pom, "artifactId"));
      }
    }

    Map<String, String> managed = managedVersions();
    TreeSet<String> rexArtifacts = new TreeSet<>();
    managed.forEach(
        (key, value) -> {
          if (key.startsWith("dev.rex:")) {
            rexArtifacts.add(key.substring("dev.rex:".length()));
            assertThat(value).as(key).isEqualTo(version);
          }
        });
    assertThat(rexArtifacts).isEqualTo(published).contains("rex-runtime", "rex-migrate");
  }

  @Test
  void theBomsDriversAreTheVersionsTheTestsRunWith() throws Exception {
    Element properties = child(pom(ROOT.resolve("pom.xml")), "properties", 0);
    Map<String, String> managed = managedVersions();
    assertThat(managed)
        .containsEntry("org.xerial:sqlite-jdbc", child(properties, "sqlite-jdbc.version"))
        .containsEntry("org.postgresql:postgresql", child(properties, "postgresql.version"))
        .containsEntry(
            "org.mariadb.jdbc:mariadb-java-client",
            child(properties, "mariadb-java-client.version"));
  }

  private static Map<String, String> managedVersions() throws Exception {
    Element bom = pom(ROOT.resolve("rex-bom/pom.xml"));
    assertThat(bom.getElementsByTagName("parent").getLength())
        .as("an imported BOM brings its parent's dependency management with it")
        .isZero();
    String rexVersion = child(child(bom, "properties", 0), "rex.version");
    assertThat(child(bom, "version")).isEqualTo(rexVersion);
    Map<String, String> managed = new TreeMap<>();
    Element management = child(bom, "dependencyManagement", 0);
    for (Element dependency : children(child(management, "dependencies", 0), "dependency")) {
      String key = child(dependency, "groupId") + ":" + child(dependency, "artifactId");
      managed.put(key, child(dependency, "version").replace("${rex.version}", rexVersion));
    }
    return managed;
  }

  private static Element pom(Path file) throws Exception {
    Document document =
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    return document.getDocumentElement();
  }

  private static String child(Element parent, String name) {
    return child(parent, name, 0).getTextContent().trim();
  }

  private static String optional(Element parent, String name, String otherwise) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? otherwise : found.get(0).getTextContent().trim();
  }

  private static Element child(Element parent, String name, int index) {
    List<Element> found = children(parent, name);
    assertThat(found).as("<%s> in <%s>", name, parent.getTagName()).hasSizeGreaterThan(index);
    return found.get(index);
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node node = nodes.item(i);
      if (node instanceof Element element && element.getTagName().equals(name)) {
        found.add(element);
      }
    }
    return found;
  }
}

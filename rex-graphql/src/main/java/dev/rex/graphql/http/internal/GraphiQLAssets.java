package dev.rex.graphql.http.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The GraphiQL page and the files it loads, all read from the classpath: the page template in this
 * package, and GraphiQL's and React's UMD builds from their WebJars. Only the four files named here
 * are served, whatever the request path, so no other classpath resource can be reached.
 *
 * <p>A WebJar's version is read from its {@code pom.properties}, so upgrading a WebJar in the POM
 * needs no change here. Files are read once and kept in memory (about 1.5 MB in all).
 */
final class GraphiQLAssets {

  /** A file the page loads: its bytes and media type. */
  @SuppressWarnings("ArrayRecordComponent") // never compared or hashed, only served as it is
  record Asset(byte[] bytes, String mediaType) {}

  private static final String WEBJARS = "META-INF/resources/webjars/";

  private static final Map<String, String[]> FILES =
      Map.of(
          "graphiql.min.js", new String[] {"graphiql", "graphiql.min.js"},
          "graphiql.min.css", new String[] {"graphiql", "graphiql.min.css"},
          "react.production.min.js", new String[] {"react", "umd/react.production.min.js"},
          "react-dom.production.min.js",
              new String[] {"react-dom", "umd/react-dom.production.min.js"});

  private final Map<String, Asset> loaded = new ConcurrentHashMap<>();
  private final String page;

  /** The page for an endpoint at {@code endpointPath} whose assets are at {@code assetsPath}. */
  GraphiQLAssets(String endpointPath, String assetsPath) {
    String template = new String(read("graphiql.html"), StandardCharsets.UTF_8);
    this.page =
        template
            .replace("{{ASSETS}}", assetsPath)
            .replace("{{ENDPOINT}}", Json.scriptString(endpointPath));
  }

  /** The HTML page. */
  byte[] page() {
    return page.getBytes(StandardCharsets.UTF_8);
  }

  /** The asset named {@code name}, or null when there is none by that name. */
  @Nullable Asset asset(String name) {
    String[] location = FILES.get(name);
    if (location == null) {
      return null;
    }
    return loaded.computeIfAbsent(name, key -> load(location[0], location[1]));
  }

  private static Asset load(String webJar, String file) {
    String path = WEBJARS + webJar + "/" + version(webJar) + "/" + file;
    String mediaType = file.endsWith(".css") ? "text/css" : "text/javascript";
    return new Asset(readAbsolute(path), mediaType);
  }

  private static String version(String webJar) {
    String path = "META-INF/maven/org.webjars.npm/" + webJar + "/pom.properties";
    Properties properties = new Properties();
    try (InputStream in = open(path)) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String version = properties.getProperty("version");
    if (version == null) {
      throw new IllegalStateException(path + " names no version");
    }
    return version;
  }

  private static byte[] read(String resourceInThisPackage) {
    String path = GraphiQLAssets.class.getPackageName().replace('.', '/') + "/";
    return readAbsolute(path + resourceInThisPackage);
  }

  private static byte[] readAbsolute(String path) {
    try (InputStream in = open(path)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(String path) {
    InputStream in = GraphiQLAssets.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException(
          "GraphiQL needs " + path + " on the classpath (from the GraphiQL and React WebJars)");
    }
    return in;
  }
}

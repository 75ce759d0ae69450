package dev.rex.realtime.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The check that keeps a WebSocket from being opened by another site's page. Browsers send the
 * page's {@code Origin} with a WebSocket upgrade and, unlike other requests, do not stop a page
 * from reading the socket of another origin; with cookie-based sign-in, any site could otherwise
 * subscribe as the signed-in user (cross-site WebSocket hijacking). Rex's WebSocket endpoints
 * (realtime's and GraphQL's) accept an upgrade without {@code Origin} (not a browser) or from the
 * server's own origin, and refuse the others with 403.
 */
public final class SameOrigin {

  private SameOrigin() {}

  /**
   * Whether an upgrade with this {@code Origin} header may proceed on a server reached as {@code
   * host}:{@code port}.
   */
  public static boolean allows(@Nullable String origin, String host, int port) {
    if (origin == null) {
      return true;
    }
    try {
      URI uri = new URI(origin.trim());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      String originHost = uri.getHost();
      if (originHost == null || !(scheme.equals("http") || scheme.equals("https"))) {
        return false;
      }
      int originPort = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
      return stripBrackets(originHost).equalsIgnoreCase(stripBrackets(host)) && originPort == port;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static String stripBrackets(String host) {
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }
}

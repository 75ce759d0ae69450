package dev.rex.graphql.http.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Content negotiation for GraphQL over HTTP: reads an {@code Accept} header and picks the response
 * media type.
 *
 * <p>Each candidate type gets the quality of the most specific media range that matches it (exact,
 * then {@code type/*}, then {@code *}{@code /*}). The higher quality wins; at equal quality an
 * exact match beats a wildcard one; when both candidates match exactly the specification's {@code
 * application/graphql-response+json} wins, and when both only match a wildcard the legacy {@code
 * application/json} does (what the specification asks of {@code *}{@code /*} and of a missing
 * header, so that old clients keep working).
 */
final class MediaTypes {

  static final String GRAPHQL_RESPONSE_JSON = "application/graphql-response+json";
  static final String JSON = "application/json";
  static final String HTML = "text/html";

  private MediaTypes() {}

  /**
   * The media type to answer a GraphQL request with, or null when {@code accept} allows neither.
   */
  static @Nullable String responseType(@Nullable String accept) {
    if (accept == null || accept.isBlank()) {
      return JSON;
    }
    List<Range> ranges = parse(accept);
    Match modern = match(ranges, GRAPHQL_RESPONSE_JSON);
    Match legacy = match(ranges, JSON);
    if (modern.quality <= 0 && legacy.quality <= 0) {
      return null;
    }
    if (modern.quality != legacy.quality) {
      return modern.quality > legacy.quality ? GRAPHQL_RESPONSE_JSON : JSON;
    }
    if (modern.specificity != legacy.specificity) {
      return modern.specificity > legacy.specificity ? GRAPHQL_RESPONSE_JSON : JSON;
    }
    return modern.specificity == Range.EXACT ? GRAPHQL_RESPONSE_JSON : JSON;
  }

  /**
   * True when {@code accept} names {@code text/html} itself and likes it at least as much as JSON:
   * a browser navigating to the endpoint.
   */
  static boolean prefersHtml(@Nullable String accept) {
    if (accept == null) {
      return false;
    }
    List<Range> ranges = parse(accept);
    Match html = match(ranges, HTML);
    if (html.specificity != Range.EXACT || html.quality <= 0) {
      return false;
    }
    return html.quality >= match(ranges, GRAPHQL_RESPONSE_JSON).quality
        && html.quality >= match(ranges, JSON).quality;
  }

  private static Match match(List<Range> ranges, String mediaType) {
    int slash = mediaType.indexOf('/');
    String type = mediaType.substring(0, slash);
    Match best = new Match(0, 0);
    for (Range range : ranges) {
      int specificity = range.specificity(type, mediaType);
      if (specificity > best.specificity) {
        best = new Match(range.quality, specificity);
      }
    }
    return best;
  }

  private static List<Range> parse(String accept) {
    List<Range> ranges = new ArrayList<>();
    for (String part : accept.split(",", -1)) {
      String[] pieces = part.split(";", -1);
      String name = pieces[0].trim().toLowerCase(Locale.ROOT);
      if (name.isEmpty() || name.indexOf('/') < 0) {
        continue;
      }
      double quality = 1;
      for (int i = 1; i < pieces.length; i++) {
        String parameter = pieces[i].trim();
        if (parameter.toLowerCase(Locale.ROOT).startsWith("q=")) {
          quality = parseQuality(parameter.substring(2));
        }
      }
      ranges.add(new Range(name, quality));
    }
    return ranges;
  }

  private static double parseQuality(String value) {
    try {
      double quality = Double.parseDouble(value.trim());
      return Math.max(0, Math.min(1, quality));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private record Match(double quality, int specificity) {}

  private record Range(String name, double quality) {
    static final int EXACT = 3;

    int specificity(String type, String mediaType) {
      if (name.equals(mediaType)) {
        return EXACT;
      }
      if (name.equals(type + "/*")) {
        return 2;
      }
      return name.equals("*/*") ? 1 : 0;
    }
  }
}

package dev.rex.graphql.http.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.rex.graphql.GraphQLRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Fields;
import org.jspecify.annotations.Nullable;

/**
 * Turns a GET's query parameters or a POST's JSON body into a {@link GraphQLRequest}, or into an
 * {@link HttpProblem} that says what is wrong with it: a body that is too large (413), not {@code
 * application/json} in UTF-8 (415), not JSON, not an object, without a string {@code query}, or
 * with {@code operationName}, {@code variables} or {@code extensions} of the wrong type (400).
 */
final class RequestReader {

  private final int maxRequestBytes;

  RequestReader(int maxRequestBytes) {
    this.maxRequestBytes = maxRequestBytes;
  }

  /** The request of a GET: parameters {@code query}, {@code operationName}, {@code variables}… */
  GraphQLRequest fromGet(Request request) throws HttpProblem {
    Fields parameters = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
    String query = single(parameters, "query");
    if (query == null) {
      throw HttpProblem.badRequest(
          "The request has no query. Send the GraphQL document in the 'query' parameter.");
    }
    String operationName = single(parameters, "operationName");
    Map<String, @Nullable Object> variables = jsonObjectParameter(parameters, "variables");
    Map<String, @Nullable Object> extensions = jsonObjectParameter(parameters, "extensions");
    return new GraphQLRequest(
        query, emptyToNull(operationName), variables, extensions, headers(request), true);
  }

  /** The request of a POST with a JSON body. */
  GraphQLRequest fromPost(Request request) throws HttpProblem {
    checkContentType(request.getHeaders().get(HttpHeader.CONTENT_TYPE));
    byte[] body = body(request);
    if (body.length == 0) {
      throw HttpProblem.badRequest(
          "The request body is empty. Send a JSON object such as {\"query\": \"{ __typename }\"}.");
    }
    JsonNode json;
    try {
      json = Json.read(body);
    } catch (JsonProcessingException e) {
      throw HttpProblem.badRequest("The request body is not valid JSON: " + e.getOriginalMessage());
    }
    if (!json.isObject()) {
      throw HttpProblem.badRequest(
          "The request body must be a JSON object with a 'query', not " + describe(json) + ".");
    }
    JsonNode query = json.get("query");
    if (query == null || query.isNull()) {
      throw HttpProblem.badRequest(
          "The request has no query. Send the GraphQL document as the string 'query'.");
    }
    if (!query.isTextual()) {
      throw HttpProblem.badRequest("'query' must be a string, not " + describe(query) + ".");
    }
    JsonNode operationName = json.get("operationName");
    if (operationName != null && !operationName.isNull() && !operationName.isTextual()) {
      throw HttpProblem.badRequest(
          "'operationName' must be a string or null, not " + describe(operationName) + ".");
    }
    return new GraphQLRequest(
        query.asText(),
        operationName == null || operationName.isNull()
            ? null
            : emptyToNull(operationName.asText()),
        objectMember(json, "variables"),
        objectMember(json, "extensions"),
        headers(request),
        false);
  }

  private static void checkContentType(@Nullable String contentType) throws HttpProblem {
    if (contentType == null) {
      throw new HttpProblem(
          415,
          "UNSUPPORTED_MEDIA_TYPE",
          "The request has no Content-Type. Send the body as application/json.");
    }
    String[] parts = contentType.split(";", -1);
    String mediaType = parts[0].trim().toLowerCase(Locale.ROOT);
    if (!mediaType.equals(MediaTypes.JSON)) {
      throw new HttpProblem(
          415,
          "UNSUPPORTED_MEDIA_TYPE",
          "The request body is " + mediaType + "; this server accepts only application/json.");
    }
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].trim().toLowerCase(Locale.ROOT);
      if (parameter.startsWith("charset=")) {
        String charset = parameter.substring("charset=".length()).replace("\"", "");
        if (!charset.equals("utf-8") && !charset.equals("utf8")) {
          throw new HttpProblem(
              415,
              "UNSUPPORTED_MEDIA_TYPE",
              "The request body is in " + charset + "; this server accepts only UTF-8.");
        }
      }
    }
  }

  private byte[] body(Request request) throws HttpProblem {
    long declared = request.getLength();
    if (declared > maxRequestBytes) {
      throw tooLarge();
    }
    try (InputStream in = Request.asInputStream(request)) {
      byte[] bytes = in.readNBytes(maxRequestBytes + 1);
      if (bytes.length > maxRequestBytes) {
        throw tooLarge();
      }
      return bytes;
    } catch (IOException e) {
      throw HttpProblem.badRequest("The request body could not be read: " + e.getMessage());
    }
  }

  private HttpProblem tooLarge() {
    return new HttpProblem(
        413,
        "REQUEST_TOO_LARGE",
        "The request body is larger than " + maxRequestBytes + " bytes, the limit.");
  }

  private static @Nullable String single(Fields parameters, String name) throws HttpProblem {
    List<String> values = parameters.getValues(name);
    if (values == null || values.isEmpty()) {
      return null;
    }
    if (values.size() > 1) {
      throw HttpProblem.badRequest("The parameter '" + name + "' is given more than once.");
    }
    return values.get(0);
  }

  private static Map<String, @Nullable Object> jsonObjectParameter(Fields parameters, String name)
      throws HttpProblem {
    String text = single(parameters, name);
    if (text == null || text.isEmpty()) {
      return Map.of();
    }
    JsonNode json;
    try {
      json = Json.read(text);
    } catch (JsonProcessingException e) {
      throw HttpProblem.badRequest(
          "The parameter '" + name + "' is not valid JSON: " + e.getOriginalMessage());
    }
    return asObject(json, name);
  }

  private static Map<String, @Nullable Object> objectMember(JsonNode body, String name)
      throws HttpProblem {
    JsonNode member = body.get(name);
    return member == null ? Map.of() : asObject(member, name);
  }

  private static Map<String, @Nullable Object> asObject(JsonNode json, String name)
      throws HttpProblem {
    if (json.isNull()) {
      return Map.of();
    }
    if (!json.isObject()) {
      throw HttpProblem.badRequest(
          "'" + name + "' must be a JSON object or null, not " + describe(json) + ".");
    }
    return Json.toMap(json);
  }

  private static Map<String, String> headers(Request request) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (HttpField field : request.getHeaders()) {
      String name = field.getName().toLowerCase(Locale.ROOT);
      String value = field.getValue() == null ? "" : field.getValue();
      headers.merge(name, value, (first, second) -> first + ", " + second);
    }
    return headers;
  }

  private static @Nullable String emptyToNull(@Nullable String text) {
    return text == null || text.isEmpty() ? null : text;
  }

  private static String describe(JsonNode json) {
    if (json.isArray()) {
      return "an array";
    }
    if (json.isObject()) {
      return "an object";
    }
    if (json.isNumber()) {
      return "a number";
    }
    if (json.isBoolean()) {
      return "a boolean";
    }
    if (json.isTextual()) {
      return "a string";
    }
    return json.isNull() ? "null" : "a " + json.getNodeType().name().toLowerCase(Locale.ROOT);
  }
}

package dev.rex.graphql.http.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.rex.graphql.GraphQLExecutor;
import dev.rex.graphql.GraphQLRequest;
import dev.rex.graphql.safety.SafetyErrorCode;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Jetty handler of {@link dev.rex.graphql.http.GraphQLServer}. For the GraphQL path it checks,
 * in this order: the method (GET or POST, else 405), a browser's GET (the GraphiQL page), the
 * {@code Accept} header (else 406), then reads the request ({@link RequestReader}: 413, 415, 400),
 * runs it and writes {@code ExecutionResult.toSpecification()}.
 *
 * <p>Status of an executed request: 405 with {@code Allow: POST} when the executor refused a
 * mutation over GET ({@link SafetyErrorCode#OPERATION_NOT_ALLOWED}); otherwise, for {@code
 * application/graphql-response+json}, 200 when the result has {@code data} and 400 when it has none
 * (the request failed before execution); for legacy {@code application/json}, always 200. An
 * exception from the executor is logged and answered with 500 and a message without details.
 *
 * <p>The GraphiQL path serves the page, and its {@code /assets/} the files the page loads.
 */
public final class GraphQLHttpHandler extends Handler.Abstract {

  private static final Logger LOG = LoggerFactory.getLogger(GraphQLHttpHandler.class);

  private final GraphQLExecutor executor;
  private final HttpSettings settings;
  private final RequestReader reader;
  private final @Nullable GraphiQLAssets graphiql;
  private final String assetsPrefix;

  /** A handler that runs requests at {@code settings.path()} with {@code executor}. */
  public GraphQLHttpHandler(GraphQLExecutor executor, HttpSettings settings) {
    this.executor = executor;
    this.settings = settings;
    this.reader = new RequestReader(settings.maxRequestBytes());
    this.assetsPrefix = settings.graphiqlPath() + "/assets/";
    this.graphiql =
        settings.graphiql()
            ? new GraphiQLAssets(settings.path(), settings.graphiqlPath() + "/assets")
            : null;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    String path = Request.getPathInContext(request);
    if (path.equals(settings.path())) {
      handleGraphQL(request, response, callback);
      return true;
    }
    if (graphiql != null && path.equals(settings.graphiqlPath())) {
      handleGraphiQLPage(request, response, callback);
      return true;
    }
    if (graphiql != null && path.startsWith(assetsPrefix)) {
      return handleAsset(path.substring(assetsPrefix.length()), request, response, callback);
    }
    return false;
  }

  private void handleGraphQL(Request request, Response response, Callback callback) {
    String method = request.getMethod();
    String accept = request.getHeaders().get(HttpHeader.ACCEPT);
    boolean get = HttpMethod.GET.is(method);
    if (!get && !HttpMethod.POST.is(method)) {
      closeIfBodyUnread(request, response);
      problem(
          response,
          callback,
          MediaTypes.JSON,
          new HttpProblem(
              405,
              "METHOD_NOT_ALLOWED",
              "Send GraphQL requests with GET or POST, not " + method + ".",
              Map.of("Allow", "GET, POST")));
      return;
    }
    if (get && graphiql != null && MediaTypes.prefersHtml(accept)) {
      send(response, callback, 200, "text/html", graphiql.page(), "no-cache");
      return;
    }
    String mediaType = MediaTypes.responseType(accept);
    if (mediaType == null) {
      closeIfBodyUnread(request, response);
      problem(
          response,
          callback,
          MediaTypes.JSON,
          new HttpProblem(
              406,
              "NOT_ACCEPTABLE",
              "The Accept header allows neither application/graphql-response+json nor"
                  + " application/json, the media types this server answers with."));
      return;
    }
    GraphQLRequest graphQLRequest;
    try {
      graphQLRequest = get ? reader.fromGet(request) : reader.fromPost(request);
    } catch (HttpProblem e) {
      if (e.status() == 413 || e.status() == 415) {
        closeIfBodyUnread(request, response);
      }
      problem(response, callback, mediaType, e);
      return;
    }
    execute(graphQLRequest, mediaType, response, callback);
  }

  private void execute(
      GraphQLRequest request, String mediaType, Response response, Callback callback) {
    byte[] body;
    ExecutionResult result;
    try {
      result = executor.execute(request);
      if (result.isDataPresent() && result.getData() instanceof Publisher<?>) {
        // nothing runs until the stream is subscribed to, which here it never is
        problem(
            response,
            callback,
            mediaType,
            new HttpProblem(
                400,
                "BAD_REQUEST",
                "Subscriptions run over WebSocket with the graphql-transport-ws subprotocol at this"
                    + " path, not over HTTP."));
        return;
      }
      body = Json.write(result.toSpecification());
    } catch (RuntimeException | JsonProcessingException e) {
      LOG.error("The GraphQL executor failed on a request", e);
      problem(
          response,
          callback,
          mediaType,
          new HttpProblem(
              500,
              "INTERNAL_SERVER_ERROR",
              "The server failed to run the request; its log says why."));
      return;
    }
    if (refusedOverGet(result)) {
      response.getHeaders().put(HttpHeader.ALLOW, "POST");
      send(response, callback, 405, mediaType, body, null);
      return;
    }
    boolean legacy = mediaType.equals(MediaTypes.JSON);
    int status = legacy || result.isDataPresent() ? 200 : 400;
    send(response, callback, status, mediaType, body, null);
  }

  private static boolean refusedOverGet(ExecutionResult result) {
    if (result.isDataPresent()) {
      return false;
    }
    for (GraphQLError error : result.getErrors()) {
      Map<String, Object> extensions = error.getExtensions();
      if (extensions != null
          && SafetyErrorCode.OPERATION_NOT_ALLOWED.code().equals(extensions.get("code"))) {
        return true;
      }
    }
    return false;
  }

  private void handleGraphiQLPage(Request request, Response response, Callback callback) {
    if (!HttpMethod.GET.is(request.getMethod()) && !HttpMethod.HEAD.is(request.getMethod())) {
      response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
      send(response, callback, 405, "text/plain", bytes("Use GET for GraphiQL."), null);
      return;
    }
    GraphiQLAssets page = Objects.requireNonNull(graphiql, "GraphiQL is on here");
    send(response, callback, 200, "text/html", page.page(), "no-cache");
  }

  private boolean handleAsset(String name, Request request, Response response, Callback callback) {
    GraphiQLAssets.Asset asset = graphiql == null ? null : graphiql.asset(name);
    if (asset == null) {
      return false;
    }
    if (!HttpMethod.GET.is(request.getMethod()) && !HttpMethod.HEAD.is(request.getMethod())) {
      response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
      send(response, callback, 405, "text/plain", bytes("Use GET for GraphiQL's files."), null);
      return true;
    }
    send(response, callback, 200, asset.mediaType(), asset.bytes(), "public, max-age=86400");
    return true;
  }

  /**
   * Answers a refusal sent before the body was read with {@code Connection: close} when there is a
   * body. Jetty cannot always drain an unread body once the response is written and then closes the
   * connection anyway; without the header a client that pools connections sends its next request on
   * a socket that is closing and gets no answer.
   */
  private static void closeIfBodyUnread(Request request, Response response) {
    boolean hasBody =
        request.getLength() > 0 || request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
    if (hasBody) {
      response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
    }
  }

  private static void problem(
      Response response, Callback callback, String mediaType, HttpProblem problem) {
    problem.headers().forEach((name, value) -> response.getHeaders().put(name, value));
    byte[] body = Json.errorBody(String.valueOf(problem.getMessage()), problem.code());
    send(response, callback, problem.status(), mediaType, body, null);
  }

  private static void send(
      Response response,
      Callback callback,
      int status,
      String mediaType,
      byte[] body,
      @Nullable String cacheControl) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, mediaType + "; charset=utf-8");
    if (cacheControl != null) {
      response.getHeaders().put(HttpHeader.CACHE_CONTROL, cacheControl);
    }
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}

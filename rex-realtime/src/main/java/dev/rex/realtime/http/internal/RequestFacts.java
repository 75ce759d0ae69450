package dev.rex.realtime.http.internal;

import dev.rex.realtime.http.RealtimeRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Fields;

/** A Jetty request as the {@link RealtimeRequest} an authorizer sees. */
final class RequestFacts {

  private RequestFacts() {}

  static RealtimeRequest of(Request request) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (HttpField field : request.getHeaders()) {
      headers
          .computeIfAbsent(field.getName().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
          .add(field.getValue());
    }
    return new RealtimeRequest(headers, queryParameters(request), Request.getRemoteAddr(request));
  }

  static Map<String, List<String>> queryParameters(Request request) {
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    for (Fields.Field field : Request.extractQueryParameters(request)) {
      parameters.put(field.getName(), List.copyOf(field.getValues()));
    }
    return parameters;
  }
}

package io.armgen.runtime.arm;

import io.armgen.runtime.http.HttpHeaders;
import io.armgen.runtime.http.HttpRequest;
import io.armgen.runtime.http.RequestBody;
import io.armgen.runtime.http.RequestIdPolicy;
import io.armgen.runtime.http.RequestIds;
import io.armgen.runtime.media.RequestContent;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns an {@link ArmRequest} into an HTTP request against the endpoint. The client request id
 * is assigned here (not only by the pipeline) so a failure can always name it.
 */
final class RequestTranslator {
  private RequestTranslator() {}

  static HttpRequest toHttp(String endpoint, ArmRequest request) {
    StringBuilder url = new StringBuilder(request.baseUrl() != null ? request.baseUrl() : endpoint)
        .append(request.expandPath());
    // a path template may carry a fixed query of its own (x-ms-paths: /things?kind=a)
    char separator = url.indexOf("?") >= 0 ? '&' : '?';
    for (Map.Entry<String, List<String>> parameter : request.query().entrySet()) {
      boolean raw = request.rawQueryNames().contains(parameter.getKey());
      for (String value : parameter.getValue()) {
        url.append(separator).append(ArmRequest.encodeQueryComponent(parameter.getKey()))
            .append('=').append(raw ? value : ArmRequest.encodeQueryComponent(value));
        separator = '&';
      }
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    request.headers().forEach((name, value) -> headers.put(name, List.of(value)));
    // a header parameter of the operation (e.g. its own Accept) wins over the media types
    putUnlessPresent(headers, "accept", request.accept());
    RequestContent content = request.content();
    RequestBody body = null;
    if (content != null) {
      body = content.body();
      putUnlessPresent(headers, "content-type", content.contentType());
    }
    if (request.options() != null) {
      // The caller's headers win over the generated ones (names compared without case).
      request.options().headers().forEach((name, value) -> {
        headers.keySet().removeIf(existing -> existing.equalsIgnoreCase(name));
        if (value != null) {
          headers.put(name, List.of(value));
        }
      });
    }
    HttpRequest http = HttpRequest.of(request.method(), URI.create(url.toString()), HttpHeaders.of(headers), body);
    return withRequestId(http);
  }

  private static void putUnlessPresent(Map<String, List<String>> headers, String name, String value) {
    if (headers.keySet().stream().noneMatch(existing -> existing.equalsIgnoreCase(name))) {
      headers.put(name, List.of(value));
    }
  }

  /** A GET of an absolute URL (poll, final result, next page). */
  static HttpRequest get(URI uri) {
    return withRequestId(new HttpRequest("GET", uri, HttpHeaders.empty().with("accept", "application/json"), null));
  }

  private static HttpRequest withRequestId(HttpRequest request) {
    return request.header(RequestIdPolicy.HEADER) != null
        ? request
        : request.withHeader(RequestIdPolicy.HEADER, RequestIds.next());
  }
}

package io.armgen.runtime.arm;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.armgen.runtime.http.HttpRequest;
import io.armgen.runtime.http.HttpResponse;
import io.armgen.runtime.json.Json;
import io.armgen.runtime.json.JsonReadException;
import io.armgen.runtime.json.JsonReadFunction;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Fetches the pages of one list, without blocking: the first from the list request, then each
 * next link. A next link is resolved against the page's URL, must be http(s), gets the first
 * request's api-version when it has none, and ends the list when empty or already visited in this
 * walk (a service loop must not hang us). Each page is one call with the list's options.
 */
final class PageFetcher<T> {
  private static final System.Logger LOGGER = System.getLogger("io.armgen.runtime.arm");

  private final ArmClientCore core;
  private final ArmRequest firstRequest;
  private final String itemName;
  private final String nextLinkName;
  private final JsonReadFunction<T> itemReader;
  private final String apiVersion;

  PageFetcher(ArmClientCore core, ArmRequest firstRequest, String itemName, String nextLinkName,
      JsonReadFunction<T> itemReader) {
    this.core = core;
    this.firstRequest = firstRequest;
    this.itemName = itemName == null ? "value" : itemName;
    this.nextLinkName = nextLinkName;
    this.itemReader = itemReader;
    List<String> versions = firstRequest.query().get("api-version");
    this.apiVersion = versions == null || versions.isEmpty() ? null : versions.get(0);
  }

  /** The first page's request. */
  HttpRequest first() {
    return RequestTranslator.toHttp(core.endpoint(), firstRequest);
  }

  /**
   * The request for a continuation token (a next link from {@link Page#continuationToken()}),
   * resolved against the endpoint.
   *
   * @throws IllegalArgumentException when the token is not an http(s) URL
   */
  HttpRequest continuation(String token) {
    URI uri;
    try {
      uri = URI.create(core.endpoint() + "/").resolve(token.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a continuation token of this list (not a URL)", e);
    }
    if (!isHttp(uri)) {
      throw new IllegalArgumentException("not a continuation token of this list (not an http(s) URL)");
    }
    return RequestTranslator.get(uri);
  }

  /** {@code request} as one call with the list's timeout and cancellation. */
  HttpRequest asCall(HttpRequest request) {
    return request.withContext(core.contextFor(firstRequest.options()));
  }

  /**
   * Fetches the page {@code sent} (from {@link #asCall}) asks for; the page's next link is null at
   * the end or when it was already in {@code visited} (to which it is added).
   */
  CompletableFuture<Page<T>> fetch(HttpRequest sent, boolean isFirst, Set<String> visited) {
    visited.add(sent.uri().toString());
    return core.executeAsync(sent).thenApply(response -> {
      ArmClientCore.requireStatus(sent, response, isFirst ? firstRequest.expectedStatuses() : new int[0]);
      Page<T> raw = readPage(sent, response);
      URI next = nextUri(sent, response, raw.nextLink());
      if (next != null && visited.contains(next.toString())) {
        LOGGER.log(System.Logger.Level.WARNING, "Stopping the list of " + ErrorResponses.describe(sent)
            + ": the service sent a next link that was already visited (x-ms-request-id: "
            + response.header("x-ms-request-id") + ")");
        next = null;
      }
      return new Page<>(raw.items(), next == null ? null : next.toString());
    });
  }

  private Page<T> readPage(HttpRequest request, HttpResponse response) {
    if (response.body().length == 0) {
      return new Page<>(List.of(), null);
    }
    try (JsonParser parser = Json.factory().createParser(response.body())) {
      JsonToken token = parser.nextToken();
      if (token != JsonToken.START_OBJECT) {
        throw new JsonReadException("expected a page object but found " + token, parser);
      }
      List<T> items = List.of();
      String link = null;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        parser.nextToken();
        if (name.equals(itemName)) {
          List<T> read = Json.readArray(parser, itemReader);
          items = read == null ? List.of() : read;
        } else if (nextLinkName != null && name.equals(nextLinkName)) {
          link = Json.readString(parser);
        } else {
          parser.skipChildren();
        }
      }
      ArmClientCore.requireComplete(parser, JsonToken.START_OBJECT);
      return new Page<>(items, link);
    } catch (IOException | RuntimeException e) {
      throw ArmClientCore.malformed(request, response, "its page could not be read: " + e.getMessage(), e);
    }
  }

  private URI nextUri(HttpRequest request, HttpResponse response, String link) {
    if (link == null || link.isBlank()) {
      return null;
    }
    URI resolved;
    try {
      resolved = request.uri().resolve(link.trim());
    } catch (IllegalArgumentException e) {
      throw ArmClientCore.malformed(request, response, "its next link is not a URL", e);
    }
    if (!isHttp(resolved)) {
      throw ArmClientCore.malformed(request, response, "its next link is not an http(s) URL", null);
    }
    if (apiVersion == null || hasQueryParameter(resolved, "api-version")) {
      return resolved;
    }
    String raw = resolved.toString();
    int fragment = raw.indexOf('#');
    String base = fragment < 0 ? raw : raw.substring(0, fragment);
    String joiner = resolved.getRawQuery() == null ? "?" : (base.endsWith("&") || base.endsWith("?") ? "" : "&");
    return URI.create(base + joiner + "api-version=" + ArmRequest.encodeQueryComponent(apiVersion));
  }

  /** Whether {@code uri} is an absolute http or https URL with a host. */
  static boolean isHttp(URI uri) {
    String scheme = uri.getScheme();
    return uri.getHost() != null && ("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme));
  }

  private static boolean hasQueryParameter(URI uri, String name) {
    String query = uri.getRawQuery();
    if (query == null) {
      return false;
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      if ((eq < 0 ? pair : pair.substring(0, eq)).equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }
}

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
import java.util.function.Function;

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
  /** Builds a next page's request from a next link ({@code operationName}); null when links are URLs. */
  private final Function<String, ArmRequest> nextOperation;
  /** The first page when it is known already (a long-running operation's result), else null. */
  private final Page<T> knownFirst;

  PageFetcher(ArmClientCore core, ArmRequest firstRequest, String itemName, String nextLinkName,
      JsonReadFunction<T> itemReader) {
    this(core, firstRequest, itemName, nextLinkName, itemReader, null, null);
  }

  private PageFetcher(ArmClientCore core, ArmRequest firstRequest, String itemName, String nextLinkName,
      JsonReadFunction<T> itemReader, Function<String, ArmRequest> nextOperation, Page<T> knownFirst) {
    this.core = core;
    this.firstRequest = firstRequest;
    this.itemName = itemName == null ? "value" : itemName;
    this.nextLinkName = nextLinkName;
    this.itemReader = itemReader;
    this.nextOperation = nextOperation;
    this.knownFirst = knownFirst;
    List<String> versions = firstRequest.query().get("api-version");
    this.apiVersion = versions == null || versions.isEmpty() ? null : versions.get(0);
  }

  /** A list whose next pages come from another operation, given each next link ({@code operationName}). */
  static <T> PageFetcher<T> withNextOperation(ArmClientCore core, ArmRequest firstRequest, String itemName,
      String nextLinkName, JsonReadFunction<T> itemReader, Function<String, ArmRequest> nextOperation) {
    return new PageFetcher<>(core, firstRequest, itemName, nextLinkName, itemReader, nextOperation, null);
  }

  /**
   * A list whose first page is {@code first}, the result of {@code request} (a long-running
   * operation): that page is not fetched again, its next link resolves against the request's URL.
   */
  static <T> PageFetcher<T> startingWith(ArmClientCore core, ArmRequest request, Page<T> first, String itemName,
      String nextLinkName, JsonReadFunction<T> itemReader) {
    return new PageFetcher<>(core, request, itemName, nextLinkName, itemReader, null, first);
  }

  /** The first page's request. */
  HttpRequest first() {
    return RequestTranslator.toHttp(core.endpoint(), firstRequest);
  }

  /** The request for the page after one whose next link is {@code nextLink} (as {@link Page#nextLink()} holds it). */
  HttpRequest next(String nextLink) {
    return nextOperation == null ? RequestTranslator.get(URI.create(nextLink))
        : RequestTranslator.toHttp(core.endpoint(), nextOperation.apply(nextLink));
  }

  /**
   * The request for a continuation token (a next link from {@link Page#continuationToken()}),
   * resolved against the endpoint.
   *
   * @throws IllegalArgumentException when the token is not an http(s) URL
   */
  HttpRequest continuation(String token) {
    if (nextOperation != null) {
      return next(token);
    }
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
    if (isFirst && knownFirst != null) {
      return CompletableFuture.completedFuture(followable(sent, null, knownFirst, visited));
    }
    return core.executeAsync(sent).thenApply(response -> {
      ArmClientCore.requireStatus(sent, response, isFirst ? firstRequest.expectedStatuses() : new int[0]);
      return followable(sent, response, readPage(sent, response), visited);
    });
  }

  /**
   * {@code raw} with its next link as {@link #next} takes it, null at the end or on a loop
   * ({@code response} is null for a first page known already).
   */
  private Page<T> followable(HttpRequest sent, HttpResponse response, Page<T> raw, Set<String> visited) {
    String link = raw.nextLink() == null || raw.nextLink().isBlank() ? null : raw.nextLink();
    if (link == null) {
      return new Page<>(raw.items(), null);
    }
    String next = nextOperation != null ? link : nextUri(sent, response, link).toString();
    if (visited.contains(nextOperation != null ? next(link).uri().toString() : next)) {
      LOGGER.log(System.Logger.Level.WARNING, "Stopping the list of " + ErrorResponses.describe(sent)
          + ": the service sent a next link that was already visited (x-ms-request-id: "
          + (response == null ? null : response.header("x-ms-request-id")) + ")");
      return new Page<>(raw.items(), null);
    }
    return new Page<>(raw.items(), next);
  }

  private Page<T> readPage(HttpRequest request, HttpResponse response) {
    if (response.body().length == 0) {
      return new Page<>(List.of(), null);
    }
    try (JsonParser parser = Json.factory().createParser(response.body())) {
      parser.nextToken();
      Page<T> page = readPage(parser, itemName, nextLinkName, itemReader);
      ArmClientCore.requireComplete(parser, JsonToken.START_OBJECT);
      return page;
    } catch (IOException | RuntimeException e) {
      throw ArmClientCore.malformed(request, response, "its page could not be read: " + e.getMessage(), e);
    }
  }

  /** Reads the page object the parser is at (its first token current); the next link as written. */
  static <T> Page<T> readPage(JsonParser parser, String itemName, String nextLinkName, JsonReadFunction<T> itemReader)
      throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw new JsonReadException("expected a page object but found " + parser.currentToken(), parser);
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
    return new Page<>(items, link);
  }

  private URI nextUri(HttpRequest request, HttpResponse response, String link) {
    URI resolved;
    try {
      resolved = request.uri().resolve(link.trim());
    } catch (IllegalArgumentException e) {
      throw badLink(request, response, "its next link is not a URL", e);
    }
    if (!isHttp(resolved)) {
      throw badLink(request, response, "its next link is not an http(s) URL", null);
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

  /** A next link that cannot be followed: a malformed response (or, for a known first page, an illegal state). */
  private static RuntimeException badLink(HttpRequest request, HttpResponse response, String what, Throwable cause) {
    return response == null ? new IllegalStateException("the first page of " + ErrorResponses.describe(request) + ": " + what, cause)
        : ArmClientCore.malformed(request, response, what, cause);
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

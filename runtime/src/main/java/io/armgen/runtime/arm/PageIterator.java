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
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;

/**
 * Fetches one page per {@link #next()}: the first from the list request, then each next link.
 * A next link is resolved against the page's URL, gets the first request's api-version when it
 * has none, and ends the list when empty or already visited (a service loop must not hang us).
 */
final class PageIterator<T> implements Iterator<Page<T>> {
  private static final System.Logger LOGGER = System.getLogger("io.armgen.runtime.arm");

  private final ArmClientCore core;
  private final String itemName;
  private final String nextLinkName;
  private final JsonReadFunction<T> itemReader;
  private final String apiVersion;
  private final Set<String> visited = new HashSet<>();
  private final int[] firstExpected;
  /** Builds the next page's request from a next link ({@code operationName}); null when links are URLs. */
  private final Function<String, ArmRequest> nextOperation;
  private HttpRequest nextRequest;
  private boolean first = true;
  /** A first page read already (the result of a long-running operation), and the URL it came from. */
  private Page<T> preloaded;
  private URI preloadedUri;

  PageIterator(ArmClientCore core, ArmRequest firstRequest, String itemName, String nextLinkName,
      JsonReadFunction<T> itemReader, Function<String, ArmRequest> nextOperation) {
    this.core = core;
    this.itemName = itemName;
    this.nextLinkName = nextLinkName;
    this.itemReader = itemReader;
    this.nextOperation = nextOperation;
    List<String> versions = firstRequest.query().get("api-version");
    this.apiVersion = versions == null || versions.isEmpty() ? null : versions.get(0);
    this.firstExpected = firstRequest.expectedStatuses();
    this.nextRequest = RequestTranslator.toHttp(core.endpoint(), firstRequest);
    visited.add(nextRequest.uri().toString());
  }

  /** Pages after {@code first}, which came from {@code firstUri} (relative next links resolve against it). */
  PageIterator(ArmClientCore core, Page<T> first, URI firstUri, String apiVersion, String itemName, String nextLinkName,
      JsonReadFunction<T> itemReader) {
    this.core = core;
    this.itemName = itemName;
    this.nextLinkName = nextLinkName;
    this.itemReader = itemReader;
    this.nextOperation = null;
    this.apiVersion = apiVersion;
    this.firstExpected = new int[0];
    this.preloaded = first;
    this.preloadedUri = firstUri;
    visited.add(firstUri.toString());
  }

  @Override
  public boolean hasNext() {
    return preloaded != null || nextRequest != null;
  }

  @Override
  public Page<T> next() {
    if (preloaded != null) {
      Page<T> page = preloaded;
      preloaded = null;
      URI next = page.nextLink() == null || page.nextLink().isBlank() ? null : preloadedUri.resolve(page.nextLink().trim());
      if (next != null && visited.add(next.toString())) {
        nextRequest = RequestTranslator.get(withApiVersion(next));
      }
      return new Page<>(page.items(), nextRequest == null ? null : nextRequest.uri().toString());
    }
    if (nextRequest == null) {
      throw new NoSuchElementException();
    }
    HttpRequest request = nextRequest;
    nextRequest = null;
    HttpResponse response = core.execute(request);
    ArmClientCore.requireStatus(request, response, first ? firstExpected : new int[0]);
    first = false;
    Page<T> raw = readPage(request, response);
    if (nextOperation != null) {
      String link = raw.nextLink();
      if (link != null && !link.isBlank() && visited.add("next:" + link)) {
        nextRequest = RequestTranslator.toHttp(core.endpoint(), nextOperation.apply(link));
      }
      return new Page<>(raw.items(), nextRequest == null ? null : link);
    }
    URI next = nextUri(request, response, raw.nextLink());
    if (next != null && !visited.add(next.toString())) {
      LOGGER.log(System.Logger.Level.WARNING, "Stopping the list of " + ErrorResponses.describe(request)
          + ": the service sent a next link that was already visited (x-ms-request-id: "
          + response.header("x-ms-request-id") + ")");
      next = null;
    }
    if (next != null) {
      nextRequest = RequestTranslator.get(next);
    }
    return new Page<>(raw.items(), next == null ? null : next.toString());
  }

  private Page<T> readPage(HttpRequest request, HttpResponse response) {
    if (response.body().length == 0) {
      return new Page<>(List.of(), null);
    }
    try (JsonParser parser = Json.factory().createParser(response.body())) {
      JsonToken token = parser.nextToken();
      Page<T> page = readPage(parser, itemName, nextLinkName, itemReader);
      ArmClientCore.requireComplete(parser, token);
      return page;
    } catch (IOException | RuntimeException e) {
      throw ArmClientCore.malformed(request, response, "its page could not be read: " + e.getMessage(), e);
    }
  }

  /** Reads the page object the parser is at (its first token current). */
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
    if (link == null || link.isBlank()) {
      return null;
    }
    URI resolved;
    try {
      resolved = request.uri().resolve(link.trim());
    } catch (IllegalArgumentException e) {
      throw ArmClientCore.malformed(request, response, "its next link is not a URL", e);
    }
    return withApiVersion(resolved);
  }

  /** {@code link} with the first request's api-version when it has none. */
  private URI withApiVersion(URI resolved) {
    if (apiVersion == null || hasQueryParameter(resolved, "api-version")) {
      return resolved;
    }
    String raw = resolved.toString();
    int fragment = raw.indexOf('#');
    String base = fragment < 0 ? raw : raw.substring(0, fragment);
    String joiner = resolved.getRawQuery() == null ? "?" : (base.endsWith("&") || base.endsWith("?") ? "" : "&");
    return URI.create(base + joiner + "api-version=" + ArmRequest.encodeQueryComponent(apiVersion));
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

package io.armgen.runtime.arm;

import io.armgen.runtime.json.JsonReadFunction;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Long-running operations whose result is the first page of a list ({@code x-ms-long-running-operation}
 * with {@code x-ms-pageable}): the poller's final result is the whole list, its later pages
 * fetched lazily from the next links, which resolve against the operation's URL. A resumed one
 * knows that URL from its {@link LroResumeToken}, so it lists the same pages as the poller that
 * started it.
 */
final class LongRunningLists {
  private LongRunningLists() {}

  /** Reads a long-running list's final body, its first page, into the list that follows {@code request}'s URL. */
  static <T> JsonReadFunction<PagedIterable<T>> firstPageReader(ArmClientCore core, ArmRequest request, String itemName,
      String nextLinkName, JsonReadFunction<T> itemReader) {
    String items = itemName == null ? "value" : itemName;
    return parser -> new ArmPagedIterable<>(PageFetcher.startingWith(core, request,
        PageFetcher.readPage(parser, items, nextLinkName, itemReader), items, nextLinkName, itemReader));
  }

  /** The poller of a long-running list continued from {@code resumeToken}. */
  static <T> LroPoller<PagedIterable<T>> resume(ArmClientCore core, String resumeToken, String itemName,
      String nextLinkName, JsonReadFunction<T> itemReader) {
    LroResumeToken token = LroResumeToken.decode(resumeToken);
    return ArmLroPoller.resume(core, token, firstPageReader(core, startedBy(token), itemName, nextLinkName, itemReader));
  }

  /**
   * The operation's first request as far as the list needs it: its URL exactly (the token's
   * {@code uri}), with the api-version as a query value of its own, which next links without one get.
   */
  static ArmRequest startedBy(LroResumeToken token) {
    URI uri = token.initialUri();
    StringBuilder pathAndQuery = new StringBuilder(uri.getRawPath() == null ? "" : uri.getRawPath());
    String apiVersion = null;
    char separator = '?';
    for (String pair : uri.getRawQuery() == null ? new String[0] : uri.getRawQuery().split("&")) {
      if (apiVersion == null && pair.startsWith("api-version=")) {
        apiVersion = URLDecoder.decode(pair.substring("api-version=".length()), StandardCharsets.UTF_8);
      } else if (!pair.isEmpty()) {
        pathAndQuery.append(separator).append(pair);
        separator = '&';
      }
    }
    return ArmRequest.builder(token.method(), pathAndQuery.toString())
        .baseUrl(uri.getScheme() + "://" + uri.getRawAuthority())
        .query("api-version", apiVersion)
        .build();
  }
}

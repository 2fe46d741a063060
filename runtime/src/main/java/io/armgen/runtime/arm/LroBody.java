package io.armgen.runtime.arm;

import io.armgen.runtime.json.Json;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a long-running operation's responses say about its progress: the {@code status} of an
 * Azure-AsyncOperation body, a resource's {@code provisioningState} and the ARM {@code error}.
 */
record LroBody(String status, String provisioningState, ManagementError error, boolean hasResultFields) {
  /** Fields of a bare operation-status document; anything else makes it carry a result. */
  private static final Set<String> STATUS_FIELDS =
      Set.of("id", "name", "status", "starttime", "endtime", "percentcomplete", "error");

  static final LroBody EMPTY = new LroBody(null, null, null, false);

  /** @throws IOException when the body is not valid JSON */
  static LroBody parse(byte[] body) throws IOException {
    Object root = Json.parse(body, parser -> {
      Object value = Json.readUntyped(parser);
      if (parser.currentToken() == null) {
        throw new io.armgen.runtime.json.JsonReadException("the JSON document ends early", parser);
      }
      return value;
    });
    if (!(root instanceof Map<?, ?> map)) {
      return EMPTY;
    }
    String status = map.get("status") instanceof String s ? s : null;
    String provisioningState = null;
    ManagementError error = null;
    if (map.get("properties") instanceof Map<?, ?> properties) {
      provisioningState = properties.get("provisioningState") instanceof String s ? s : null;
      if (properties.get("error") instanceof Map<?, ?> e) {
        error = ErrorResponses.toError(e);
      }
    }
    if (provisioningState == null && map.get("provisioningState") instanceof String s) {
      provisioningState = s;
    }
    if (map.get("error") instanceof Map<?, ?> e) {
      error = ErrorResponses.toError(e);
    }
    boolean hasResultFields = map.keySet().stream()
        .anyMatch(k -> !STATUS_FIELDS.contains(String.valueOf(k).toLowerCase(Locale.ROOT)));
    return new LroBody(status, provisioningState, error, hasResultFields);
  }

  /** ARM's status words, case-insensitive; anything not terminal (Accepted, Creating, ...) is in progress. */
  static LroStatus toStatus(String value) {
    if (value == null) {
      return LroStatus.IN_PROGRESS;
    }
    switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "succeeded":
        return LroStatus.SUCCEEDED;
      case "failed":
        return LroStatus.FAILED;
      case "canceled":
      case "cancelled":
        return LroStatus.CANCELED;
      default:
        return LroStatus.IN_PROGRESS;
    }
  }
}

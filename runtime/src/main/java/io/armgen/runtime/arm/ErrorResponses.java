package io.armgen.runtime.arm;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.armgen.runtime.http.HttpRequest;
import io.armgen.runtime.http.HttpResponse;
import io.armgen.runtime.http.RequestIdPolicy;
import io.armgen.runtime.internal.KnownSecrets;
import io.armgen.runtime.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns unexpected responses into {@link ManagementException}s with the ARM error parsed. */
final class ErrorResponses {
  /** Error bodies are kept up to this many bytes: enough for any ARM error, bounded for huge pages. */
  static final int RAW_BODY_CAP = 8 * 1024;

  private ErrorResponses() {}

  /** The exception for a response whose status was not expected (412: PreconditionFailedException). */
  static ManagementException unexpectedStatus(HttpRequest request, HttpResponse response) {
    ManagementError error = response.bodyTruncated() ? parseErrorPrefix(response.body()) : parseError(response.body());
    String raw = cappedBody(response.body());
    String requestId = response.header("x-ms-request-id");
    String clientRequestId = clientRequestId(request, response);
    StringBuilder message = new StringBuilder(describe(request)).append(" failed with ").append(response.statusCode());
    if (error != null) {
      if (error.code() != null) {
        message.append(' ').append(cappedText(error.code()));
      }
      if (error.message() != null) {
        message.append(": ").append(cappedText(error.message()));
      }
    } else if (response.body().length == 0) {
      message.append(" (empty body)");
    } else {
      message.append(" (body is not an ARM error, ").append(response.body().length).append(" bytes)");
    }
    if (response.bodyTruncated()) {
      message.append(" (body cut after ").append(response.body().length).append(" bytes, the rest discarded)");
    }
    message.append(ids(requestId, clientRequestId));
    if (response.statusCode() == 412) {
      return new PreconditionFailedException(message.toString(), error, raw, requestId, clientRequestId);
    }
    return new ManagementException(message.toString(), response.statusCode(), error, raw, requestId, clientRequestId, null);
  }

  /** Method and path of the request: no host, no query (which may carry secrets). */
  static String describe(HttpRequest request) {
    return request.method() + " " + request.uri().getRawPath();
  }

  static String ids(String requestId, String clientRequestId) {
    return " (x-ms-request-id: " + requestId + ", x-ms-client-request-id: " + clientRequestId + ")";
  }

  static String clientRequestId(HttpRequest request, HttpResponse response) {
    String sent = request.header(RequestIdPolicy.HEADER);
    return sent != null || response == null ? sent : response.header(RequestIdPolicy.HEADER);
  }

  /** Longest ARM error code or message quoted in an exception message (the full error stays in {@code error()}). */
  static final int MESSAGE_TEXT_CAP = 2 * 1024;

  /** {@code text} scrubbed of known secrets, then cut at {@link #MESSAGE_TEXT_CAP} characters with a note of how much was left out. */
  static String cappedText(String text) {
    String scrubbed = KnownSecrets.scrub(text);
    return scrubbed.length() <= MESSAGE_TEXT_CAP ? scrubbed
        : KnownSecrets.withoutSecretAtTheEnd(scrubbed.substring(0, MESSAGE_TEXT_CAP))
            + "...[" + (scrubbed.length() - MESSAGE_TEXT_CAP) + " more characters]";
  }

  /**
   * The body as text, cut at {@link #RAW_BODY_CAP} bytes with a note of how much was left out.
   * Known secrets are scrubbed before the cut (a secret across it goes whole), and a secret's
   * beginning at a cut is hidden too (a body of exactly the cap may have been cut as it was read).
   */
  static String cappedBody(byte[] body) {
    if (body.length <= RAW_BODY_CAP) {
      String text = KnownSecrets.scrub(new String(body, StandardCharsets.UTF_8));
      return body.length == RAW_BODY_CAP ? KnownSecrets.withoutSecretAtTheEnd(text) : text;
    }
    // enough past the cap to hold any token that begins before it
    int window = Math.min(body.length, 4 * RAW_BODY_CAP);
    String scrubbed = KnownSecrets.scrub(new String(body, 0, window, StandardCharsets.UTF_8));
    return KnownSecrets.withoutSecretAtTheEnd(scrubbed.substring(0, Math.min(scrubbed.length(), RAW_BODY_CAP)))
        + "...[" + (body.length - RAW_BODY_CAP) + " more bytes]";
  }

  /** The ARM error of {@code {"error": {...}}} or a bare {@code {code, message}}; null when there is none. */
  static ManagementError parseError(byte[] body) {
    Object root;
    try {
      root = Json.parse(body, Json::readUntyped);
    } catch (IOException | RuntimeException notJson) {
      return null;
    }
    if (!(root instanceof Map<?, ?> map)) {
      return null;
    }
    if (map.get("error") instanceof Map<?, ?> inner) {
      return toError(inner);
    }
    if (map.containsKey("code") || map.containsKey("message")) {
      return toError(map);
    }
    return null;
  }

  /**
   * The code, message and target of an error body that was cut off: read as far as the JSON goes
   * (an ARM error puts {@code code} first, so a huge message still leaves the code). Null when no
   * field was read.
   */
  static ManagementError parseErrorPrefix(byte[] body) {
    String[] fields = new String[3];
    try (JsonParser parser = Json.factory().createParser(body)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      readErrorFields(parser, fields, true);
    } catch (IOException | RuntimeException cutOff) {
      // keep what was read before the cut
    }
    return fields[0] == null && fields[1] == null ? null
        : new ManagementError(fields[0], fields[1], fields[2], List.of(), List.of());
  }

  private static void readErrorFields(JsonParser parser, String[] fields, boolean outer) throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if (outer && name.equals("error") && value == JsonToken.START_OBJECT) {
        readErrorFields(parser, fields, false);
        return;
      }
      int slot = switch (name) {
        case "code" -> 0;
        case "message" -> 1;
        case "target" -> 2;
        default -> -1;
      };
      if (slot >= 0 && value == JsonToken.VALUE_STRING) {
        fields[slot] = parser.getText();
      } else {
        parser.skipChildren();
      }
    }
  }

  static ManagementError toError(Map<?, ?> map) {
    List<ManagementError> details = new ArrayList<>();
    if (map.get("details") instanceof List<?> list) {
      for (Object item : list) {
        if (item instanceof Map<?, ?> detail) {
          details.add(toError(detail));
        }
      }
    }
    List<Map<String, Object>> additionalInfo = new ArrayList<>();
    if (map.get("additionalInfo") instanceof List<?> list) {
      for (Object item : list) {
        if (item instanceof Map<?, ?> info) {
          Map<String, Object> copy = new LinkedHashMap<>();
          info.forEach((k, v) -> copy.put(String.valueOf(k), v));
          additionalInfo.add(copy);
        }
      }
    }
    return new ManagementError(text(map.get("code")), text(map.get("message")), text(map.get("target")),
        details, additionalInfo);
  }

  private static String text(Object value) {
    return value == null ? null : KnownSecrets.scrub(String.valueOf(value));
  }
}

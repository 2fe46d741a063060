package io.armgen.runtime.arm;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.armgen.runtime.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * The state a long-running operation is continued from: {@code armgen.lro.v1.} followed by
 * base64url JSON of method, original URI, poll mode, poll URI, Location URI, final-state-via and
 * last status. URLs and names only: no token, secret or body.
 */
record LroResumeToken(String method, URI initialUri, ArmLroPoller.Mode mode, URI pollUri, URI locationUri,
    FinalStateVia finalStateVia, LroStatus status) {
  static final String PREFIX = "armgen.lro.v";
  static final int VERSION = 1;

  String encode() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator json = Json.factory().createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("method", method);
      json.writeStringField("uri", initialUri.toString());
      json.writeStringField("mode", mode.name());
      if (pollUri != null) {
        json.writeStringField("poll", pollUri.toString());
      }
      if (locationUri != null) {
        json.writeStringField("location", locationUri.toString());
      }
      json.writeStringField("finalStateVia", finalStateVia.name());
      json.writeStringField("status", status.name());
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return PREFIX + VERSION + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
  }

  /** @throws IllegalArgumentException for anything but a token this runtime wrote */
  static LroResumeToken decode(String token) {
    if (token == null || !token.startsWith(PREFIX)) {
      throw new IllegalArgumentException("not a resume token of a long-running operation");
    }
    int dot = token.indexOf('.', PREFIX.length());
    String version = dot < 0 ? "" : token.substring(PREFIX.length(), dot);
    if (!version.equals(String.valueOf(VERSION))) {
      throw new IllegalArgumentException("a resume token of format version '" + version + "'; this runtime reads version " + VERSION);
    }
    try {
      byte[] json = Base64.getUrlDecoder().decode(token.substring(dot + 1));
      Map<String, String> fields = new HashMap<>();
      try (JsonParser parser = Json.factory().createParser(json)) {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
          throw new IllegalArgumentException("a damaged resume token");
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          fields.put(name, parser.getValueAsString());
        }
      }
      URI initial = URI.create(require(fields, "uri"));
      URI poll = fields.get("poll") == null ? null : URI.create(fields.get("poll"));
      URI location = fields.get("location") == null ? null : URI.create(fields.get("location"));
      for (URI uri : new URI[] {initial, poll, location}) {
        if (uri != null && !PageFetcher.isHttp(uri)) {
          throw new IllegalArgumentException("a resume token with a URL that is not http(s)");
        }
      }
      return new LroResumeToken(require(fields, "method"), initial,
          ArmLroPoller.Mode.valueOf(require(fields, "mode")), poll, location,
          FinalStateVia.valueOf(require(fields, "finalStateVia")), LroStatus.valueOf(require(fields, "status")));
    } catch (IOException | RuntimeException e) {
      if (e instanceof IllegalArgumentException iae && iae.getMessage() != null && iae.getMessage().startsWith("a ")) {
        throw iae;
      }
      throw new IllegalArgumentException("a damaged resume token", e);
    }
  }

  private static String require(Map<String, String> fields, String name) {
    String value = fields.get(name);
    if (value == null) {
      throw new IllegalArgumentException("a damaged resume token (no " + name + ")");
    }
    return value;
  }

  @Override
  public String toString() {
    return "LroResumeToken{" + method + " " + initialUri.getRawPath() + ", mode=" + mode + ", status=" + status + "}";
  }
}

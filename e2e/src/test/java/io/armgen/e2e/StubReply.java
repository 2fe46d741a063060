package io.armgen.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** One answer of the ARM stand-in: status, headers and an optional JSON body. */
record StubReply(int status, Map<String, String> headers, JsonNode body) {
  static final ObjectMapper JSON = new ObjectMapper();

  static StubReply of(int status, JsonNode body) {
    return new StubReply(status, new LinkedHashMap<>(), body);
  }

  static StubReply empty(int status) {
    return of(status, null);
  }

  /** An ARM error body: {@code {"error": {"code": ..., "message": ...}}}. */
  static StubReply error(int status, String code, String message) {
    ObjectNode root = JSON.createObjectNode();
    root.putObject("error").put("code", code).put("message", message);
    return of(status, root);
  }

  StubReply header(String name, String value) {
    headers.put(name, value);
    return this;
  }
}

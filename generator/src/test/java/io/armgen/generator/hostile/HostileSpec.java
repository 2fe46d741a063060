package io.armgen.generator.hostile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Small Swagger 2.0 documents for the hostile-input tests, written as JSON text with single
 * quotes (turned into double quotes) so that each case reads like the spec it is.
 */
final class HostileSpec {
  private HostileSpec() {}

  /**
   * A document with one GET operation returning {@code Root} (when defined) and the given extra
   * top-level members, e.g. {@code "'definitions': {...}"}.
   */
  static String document(String members) {
    return json("{'swagger': '2.0', 'info': {'title': 'Hostile', 'version': '2024-01-01'},"
        + " 'host': 'management.azure.com', 'schemes': ['https'],"
        + " 'paths': {'/subscriptions/{subscriptionId}/providers/Microsoft.Hostile/things': {'get': {"
        + "   'operationId': 'Things_List', 'parameters': [{'name': 'subscriptionId', 'in': 'path', 'required': true, 'type': 'string'}],"
        + "   'responses': {'200': {'description': 'ok'}}}}}"
        + (members.isEmpty() ? "" : ", " + json(members)) + "}");
  }

  /** {@code text} with every single quote turned into a double quote. */
  static String json(String text) {
    return text.replace('\'', '"');
  }

  /** {@code text} as a JSON string literal, quotes included (for hostile texts). */
  static String literal(String text) {
    try {
      return new ObjectMapper().writeValueAsString(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Writes {@code text} to {@code <tmp>/specs/hostile/<name>}: the {@code specs/} folder makes
   * {@code tmp} the spec's root folder for {@code $ref} confinement.
   */
  static Path write(Path tmp, String name, String text) {
    Path file = tmp.resolve("specs/hostile").resolve(name);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }
}

package io.armgen.generator.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The few top-level facts needed about a spec file before loading it: whether it is a Swagger 2.0
 * entry document (has operations), which decides what a folder search picks up in the CLI and the
 * Maven plugin alike, and its {@code info.version} (the API version the plugin's
 * {@code apiVersions} filter selects on). Streams the top level only and skips everything else,
 * so scanning a folder of large specs stays cheap.
 *
 * @param entry {@code "swagger": "2.0"} and a non-empty {@code paths} or {@code x-ms-paths}
 * @param apiVersion {@code info.version}, or null when absent
 */
public record SpecHeader(boolean entry, String apiVersion) {
  private static final JsonFactory JSON = new JsonFactory();
  /** Created on first use: SnakeYAML's classes are a cost a JSON-only run need not pay. */
  private static final class Yaml {
    static final YAMLFactory FACTORY = new YAMLFactory();
  }

  /** Reads the header of {@code file}; empty when it does not parse as a JSON/YAML object. */
  public static Optional<SpecHeader> read(Path file) {
    try (Reader reader = DocumentReader.openWithoutBom(file);
        JsonParser parser = (DocumentReader.isYaml(file) ? Yaml.FACTORY : JSON).createParser(reader)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      boolean swagger2 = false;
      boolean hasPaths = false;
      String version = null;
      for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (field.equals("swagger")) {
          swagger2 = "2.0".equals(parser.getText());
        } else if ((field.equals("paths") || field.equals("x-ms-paths")) && value == JsonToken.START_OBJECT) {
          hasPaths |= parser.nextToken() == JsonToken.FIELD_NAME;
          skipToObjectEnd(parser);
        } else if (field.equals("info") && value == JsonToken.START_OBJECT) {
          version = readVersion(parser);
        } else {
          parser.skipChildren();
        }
      }
      return Optional.of(new SpecHeader(swagger2 && hasPaths, version));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Reads the members of the {@code info} object the parser is at, returning {@code version}. */
  private static String readVersion(JsonParser parser) throws IOException {
    String version = null;
    for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      if (field.equals("version") && value.isScalarValue()) {
        version = parser.getText();
      } else {
        parser.skipChildren();
      }
    }
    return version;
  }

  /** Skips to the end of the object that the parser is inside (its first member may be current). */
  private static void skipToObjectEnd(JsonParser parser) throws IOException {
    if (parser.currentToken() == JsonToken.END_OBJECT) {
      return;
    }
    int depth = 1;
    while (depth > 0) {
      JsonToken token = parser.nextToken();
      if (token == null) {
        return;
      }
      if (token.isStructStart()) {
        depth++;
      } else if (token.isStructEnd()) {
        depth--;
      }
    }
  }
}

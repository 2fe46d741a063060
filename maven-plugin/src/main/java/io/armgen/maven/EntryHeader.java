package io.armgen.maven;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The few top-level facts the plugin needs about a spec before generating: whether it is a
 * Swagger 2.0 entry document (has operations) and its {@code info.version} (the API version the
 * {@code apiVersions} filter selects on). Streams the top level only and skips everything else,
 * so checking a large spec stays cheap.
 *
 * @param entry {@code "swagger": "2.0"} and a non-empty {@code paths} or {@code x-ms-paths}
 * @param apiVersion {@code info.version}, or null when absent
 */
record EntryHeader(boolean entry, String apiVersion) {
  private static final JsonFactory JSON = new JsonFactory();
  private static final YAMLFactory YAML = new YAMLFactory();

  /** Reads the header of {@code file}; empty when it does not parse as a JSON/YAML object. */
  static Optional<EntryHeader> read(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    boolean yaml = name.endsWith(".yaml") || name.endsWith(".yml");
    try (JsonParser parser = (yaml ? YAML : JSON).createParser(file.toFile())) {
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
      return Optional.of(new EntryHeader(swagger2 && hasPaths, version));
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

package io.armgen.generator.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What a folder or glob search makes of one {@code .json}/{@code .yaml} file, reading only its top
 * level: a Swagger 2.0 entry document (with its {@code info.version}), a file that is no entry
 * (and why, so that nothing a user put in a spec folder is dropped without a word), or a file that
 * does not parse (with the parser's line and column).
 *
 * <p>A file that is no entry but looks like one that was meant to be (an OpenAPI 3 document, a
 * {@code swagger} version other than 2.0, a misspelled {@code swagger} or {@code paths} key) is
 * {@link Outcome#SUSPICIOUS}; any other (common types with empty {@code paths}, a JSON file that is
 * not a spec at all) is {@link Outcome#NOT_ENTRY}.
 *
 * @param outcome what the file is
 * @param apiVersion {@code info.version}, or null
 * @param reason why it is not an entry, or the parser's message; null for an entry
 * @param pointer where in the file the reason is ({@code ""} for the whole file)
 * @param line 1-based line of the reason, 0 when it is the whole file
 * @param column 1-based column, 0 when unknown
 */
public record SpecProbe(Outcome outcome, String apiVersion, String reason, String pointer, int line, int column) {
  private static final JsonFactory JSON = new JsonFactory();
  private static final String SWAGGER = "swagger";
  private static final String PATHS = "paths";

  /** Created on first use: SnakeYAML's classes are a cost a JSON-only run need not pay. */
  private static final class Yaml {
    static final YAMLFactory FACTORY = new YAMLFactory();
  }

  /** The kinds of candidate file. */
  public enum Outcome {
    /** {@code "swagger": "2.0"} and a non-empty {@code paths} or {@code x-ms-paths}. */
    ENTRY,
    /** Parses, is no entry, and nothing suggests it was meant to be one. */
    NOT_ENTRY,
    /** Parses, is no entry, but looks like a spec armgen cannot read or a misspelled one. */
    SUSPICIOUS,
    /** Does not parse as JSON/YAML (or cannot be read). */
    BROKEN
  }

  /**
   * Reads the top level of {@code file}. Never throws.
   *
   * @param file the file, JSON or (by extension) YAML
   * @return what the file is
   */
  public static SpecProbe of(Path file) {
    boolean yaml = DocumentReader.isYaml(file);
    try (Reader reader = DocumentReader.openWithoutBom(file);
        JsonParser parser = (yaml ? Yaml.FACTORY : JSON).createParser(reader)) {
      JsonToken first = parser.nextToken();
      if (first != JsonToken.START_OBJECT) {
        // an empty file, a list or a scalar: data, not a spec (but it must still parse)
        parser.skipChildren();
        return notEntry("not a Swagger document: its top level is not an object", "", 0, 0);
      }
      return readTopLevel(parser);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      return new SpecProbe(Outcome.BROKEN, null, DocumentReader.oneLine(e.getOriginalMessage()), "",
          at == null ? 0 : Math.max(at.getLineNr(), 0), at == null ? 0 : Math.max(at.getColumnNr(), 0));
    } catch (CharacterCodingException e) {
      return new SpecProbe(Outcome.BROKEN, null, "the file is not valid UTF-8", "", 0, 0);
    } catch (IOException e) {
      return new SpecProbe(Outcome.BROKEN, null, "cannot read the file: " + e.getClass().getSimpleName(), "", 0, 0);
    }
  }

  /**
   * The diagnostic code of a non-entry or broken file (see {@link LoadCodes}).
   *
   * @param yaml whether the file is YAML, which picks the syntax error's code
   * @return the code; {@link LoadCodes#SPEC_SKIPPED} for an entry too
   */
  public String code(boolean yaml) {
    switch (outcome) {
      case BROKEN:
        return reason.startsWith("cannot read") ? LoadCodes.FILE_UNREADABLE
            : yaml ? LoadCodes.YAML_SYNTAX : LoadCodes.JSON_SYNTAX;
      case SUSPICIOUS:
        return LoadCodes.SPEC_NOT_READ;
      default:
        return LoadCodes.SPEC_SKIPPED;
    }
  }

  private static SpecProbe readTopLevel(JsonParser parser) throws IOException {
    String swagger = null;
    int[] swaggerAt = null;
    boolean hasPaths = false;
    boolean hasPathsKey = false;
    String version = null;
    String openApi = null;
    int[] openApiAt = null;
    String misspelled = null;
    int[] misspelledAt = null;
    for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
      String field = parser.currentName();
      int[] at = at(parser.currentTokenLocation());
      JsonToken value = parser.nextToken();
      if (field.equals(SWAGGER)) {
        swagger = value.isScalarValue() ? parser.getText() : value.asString();
        swaggerAt = at;
        parser.skipChildren();
      } else if (field.equals("openapi")) {
        openApi = value.isScalarValue() ? parser.getText() : "?";
        openApiAt = at;
        parser.skipChildren();
      } else if (field.equals(PATHS) || field.equals("x-ms-paths")) {
        hasPathsKey = true;
        if (value == JsonToken.START_OBJECT) {
          hasPaths |= parser.nextToken() == JsonToken.FIELD_NAME;
          skipToObjectEnd(parser);
        } else {
          parser.skipChildren();
        }
      } else if (field.equals("info") && value == JsonToken.START_OBJECT) {
        version = readVersion(parser);
      } else {
        if (misspelled == null && (looksLike(field, SWAGGER) || looksLike(field, PATHS))) {
          misspelled = field;
          misspelledAt = at;
        }
        parser.skipChildren();
      }
    }
    if (openApi != null && swagger == null) {
      return suspicious("an OpenAPI " + openApi + " document: armgen reads Swagger 2.0 only", "/openapi", openApiAt, version);
    }
    if (swagger != null && !swagger.equals("2.0")) {
      return suspicious("\"swagger\": \"" + swagger + "\": armgen reads Swagger 2.0 only", "/swagger", swaggerAt, version);
    }
    if (misspelled != null && (swagger == null || !hasPathsKey)) {
      String meant = looksLike(misspelled, SWAGGER) ? SWAGGER : PATHS;
      return suspicious("no \"" + meant + "\" key, but \"" + misspelled + "\": is it misspelled?",
          "/" + JsonPointers.escape(misspelled), misspelledAt, version);
    }
    if (swagger == null) {
      return notEntry("not a Swagger document: no \"swagger\": \"2.0\"", "", 0, 0);
    }
    if (!hasPaths) {
      return notEntry("no operations: \"paths\" is " + (hasPathsKey ? "empty" : "missing")
          + " (a definitions-only file is used through $ref)", "", 0, 0);
    }
    return new SpecProbe(Outcome.ENTRY, version, null, "", 0, 0);
  }

  /**
   * A key meant as {@code expected}: the same letters in another case, or one or two letters
   * added, dropped or changed ({@code swager}, {@code Swagger}, {@code path}).
   */
  static boolean looksLike(String key, String expected) {
    String k = key.toLowerCase(Locale.ROOT);
    return !key.equals(expected) && Math.abs(k.length() - expected.length()) <= 2 && editDistance(k, expected) <= 2;
  }

  private static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  private static SpecProbe notEntry(String reason, String pointer, int line, int column) {
    return new SpecProbe(Outcome.NOT_ENTRY, null, reason, pointer, line, column);
  }

  private static SpecProbe suspicious(String reason, String pointer, int[] at, String version) {
    return new SpecProbe(Outcome.SUSPICIOUS, version, reason + "; the file is not generated", pointer, at[0], at[1]);
  }

  private static int[] at(JsonLocation location) {
    return location == null ? new int[] {0, 0}
        : new int[] {Math.max(location.getLineNr(), 0), Math.max(location.getColumnNr(), 0)};
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

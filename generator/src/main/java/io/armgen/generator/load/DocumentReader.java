package io.armgen.generator.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.armgen.generator.diagnostics.Diagnostic;
import io.armgen.generator.diagnostics.Diagnostics;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads one JSON or YAML file (YAML by extension {@code .yaml}/{@code .yml}) into a
 * {@link SpecDocument}, streaming, reporting syntax problems instead of throwing.
 */
public final class DocumentReader {
  private static final char BOM = '\uFEFF';

  /** Our own depth check runs first; Jackson's and SnakeYAML's limits are lifted so they never pre-empt it. */
  private static final StreamReadConstraints UNLIMITED =
      StreamReadConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).maxStringLength(Integer.MAX_VALUE).build();

  private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(UNLIMITED).build();
  /** Created on first use: SnakeYAML's classes are a cost a JSON-only run need not pay. */
  private static final class Yaml {
    static final YAMLFactory FACTORY =
        YAMLFactory.builder().streamReadConstraints(UNLIMITED).loaderOptions(yamlLimits()).build();
  }

  private final int maxDepth;

  /**
   * @param maxDepth deepest object/array nesting accepted; a deeper document is reported, not loaded
   */
  public DocumentReader(int maxDepth) {
    this.maxDepth = maxDepth;
  }

  private static org.yaml.snakeyaml.LoaderOptions yamlLimits() {
    org.yaml.snakeyaml.LoaderOptions options = new org.yaml.snakeyaml.LoaderOptions();
    options.setCodePointLimit(Integer.MAX_VALUE);
    options.setNestingDepthLimit(Integer.MAX_VALUE);
    return options;
  }

  static boolean isYaml(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }

  /**
   * Reads {@code path}; on failure reports to {@code sink} and returns empty. Repeated keys are
   * reported as warnings and the document still loads.
   *
   * @param path the file, JSON or (by extension) YAML, UTF-8 with or without a byte order mark
   * @param displayName how diagnostics name the file
   * @param sink where problems go
   * @return the document, or empty when it cannot be read or parsed
   */
  public Optional<SpecDocument> read(Path path, String displayName, Diagnostics sink) {
    boolean yaml = isYaml(path);
    String syntaxCode = yaml ? LoadCodes.YAML_SYNTAX : LoadCodes.JSON_SYNTAX;
    PositionedTreeReader treeReader = new PositionedTreeReader(maxDepth, (pointer, packed) -> sink.add(Diagnostic.warning(
        LoadCodes.DUPLICATE_KEY, displayName, pointer, line(packed), column(packed), "repeated key; the last value is used")));
    try (Reader reader = openWithoutBom(path); JsonParser parser = (yaml ? Yaml.FACTORY : JSON).createParser(reader)) {
      PositionedTreeReader.Tree tree = treeReader.read(parser);
      return Optional.of(new SpecDocument(path, displayName, tree.root(), tree.positions()));
    } catch (PositionedTreeReader.StructureException e) {
      String code = e.tooDeep ? LoadCodes.NESTING_TOO_DEEP : syntaxCode;
      sink.add(Diagnostic.error(code, displayName, e.pointer, e.line, e.column, e.getMessage()));
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
      int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
      sink.add(Diagnostic.error(syntaxCode, displayName, "", line, column, oneLine(e.getOriginalMessage())));
    } catch (CharacterCodingException e) {
      sink.add(Diagnostic.error(syntaxCode, displayName, "", 0, 0, "the file is not valid UTF-8"));
    } catch (IOException e) {
      sink.add(Diagnostic.error(LoadCodes.FILE_UNREADABLE, displayName, "", 0, 0, "cannot read the file: " + e.getClass().getSimpleName()));
    }
    return Optional.empty();
  }

  /** A strict UTF-8 reader positioned after a byte-order mark, so columns count characters. */
  static Reader openWithoutBom(Path path) throws IOException {
    BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
    reader.mark(1);
    if (reader.read() != BOM) {
      reader.reset();
    }
    return reader;
  }

  /**
   * Jackson's message on one line. SnakeYAML's spans several: unindented lines say what is wrong,
   * indented ones quote the source and repeat the position, which the diagnostic already has.
   */
  static String oneLine(String message) {
    if (message == null || message.isBlank()) {
      return "syntax error";
    }
    List<String> said = message.strip().lines()
        .filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)))
        .map(String::strip)
        .toList();
    return said.isEmpty() ? message.strip().lines().findFirst().orElse("syntax error") : String.join("; ", said);
  }

  private static int line(long packed) {
    return (int) (packed >>> 32);
  }

  private static int column(long packed) {
    return (int) packed;
  }
}

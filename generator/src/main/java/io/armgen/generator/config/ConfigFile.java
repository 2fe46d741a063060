package io.armgen.generator.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.armgen.generator.diagnostics.ClosestName;
import io.armgen.generator.diagnostics.Diagnostic;
import io.armgen.generator.diagnostics.Diagnostics;
import io.armgen.generator.diagnostics.Severity;
import io.armgen.generator.load.DocumentReader;
import io.armgen.generator.load.GlobPattern;
import io.armgen.generator.load.LoaderOptions;
import io.armgen.generator.load.SpecDocument;
import io.armgen.generator.model.SourceLocation;
import io.armgen.generator.normalize.NormalizeOptions;
import io.armgen.generator.normalize.OperationFilter;
import io.armgen.generator.normalize.SharedShapesMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code armgen.yaml} (or {@code .yml}, or {@code armgen.json}): the settings a team commits, read
 * by the CLI and the Maven plugin alike. A mapping of the keys in {@link #KEYS}; paths and spec
 * entries are relative to the file's folder. Unknown keys and values of the wrong type are
 * errors, each at its line and JSON pointer: a misspelt setting must not be silently ignored.
 */
public final class ConfigFile {
  /** The names looked for in a folder, in this order; more than one there is an error. */
  public static final List<String> FILE_NAMES = List.of("armgen.yaml", "armgen.yml", "armgen.json");

  /** Every key, in the order of docs/configuration.md. */
  public static final List<String> KEYS = List.of("specs", "apiVersions", "packagePrefix", "output", "samples",
      "sharedShapes", "strict", "allowRemoteRefs", "allowedRoots", "includeOperations", "excludeOperations",
      "includeTags", "excludeTags");

  private final SpecDocument document;
  private final Path base;
  private final List<Diagnostic> problems = new ArrayList<>();

  private ConfigFile(SpecDocument document) {
    this.document = document;
    this.base = document.path().toAbsolutePath().normalize().getParent();
  }

  /**
   * The configuration file in {@code folder}, if there is one.
   *
   * @param folder the folder to look in (not its parents)
   * @return the file, or empty when the folder has none
   * @throws ConfigException when there are several (which one wins would be a guess)
   */
  public static Optional<Path> find(Path folder) throws ConfigException {
    List<Path> found = new ArrayList<>();
    for (String name : FILE_NAMES) {
      Path candidate = folder.resolve(name);
      if (Files.isRegularFile(candidate)) {
        found.add(candidate);
      }
    }
    if (found.size() > 1) {
      throw new ConfigException(List.of(Diagnostic.error("CONFIG_AMBIGUOUS", folder.toString(), "", 0, 0,
          "more than one configuration file: " + found.stream().map(p -> p.getFileName().toString()).toList()
              + "; keep one")));
    }
    return found.stream().findFirst();
  }

  /**
   * Reads {@code file}, YAML or JSON, and checks every setting.
   *
   * @param file the file; relative paths in it are resolved against its folder
   * @param displayName how diagnostics name the file
   * @return the settings the file sets; the others are null
   * @throws ConfigException listing every problem, when there is any (a missing file, a syntax
   *     error, an unknown key, a value of the wrong type; a repeated key too)
   */
  public static ArmgenSettings read(Path file, String displayName) throws ConfigException {
    Diagnostics sink = new Diagnostics();
    Optional<SpecDocument> document = new DocumentReader(LoaderOptions.defaults().maxNestingDepth())
        .read(file, displayName, sink);
    List<Diagnostic> problems = new ArrayList<>(sink.all());
    if (document.isEmpty()) {
      if (!Files.isRegularFile(file)) {
        problems.add(Diagnostic.error("CONFIG_INVALID", displayName, "", 0, 0, "no such file"));
      }
      throw new ConfigException(problems);
    }
    ConfigFile reader = new ConfigFile(document.get());
    ArmgenSettings settings = reader.settings();
    problems.addAll(reader.problems);
    // a repeated key is a warning when reading specs; in settings it is an error: which value wins is a guess
    if (!problems.isEmpty()) {
      throw new ConfigException(problems.stream().map(ConfigFile::asError).toList());
    }
    return settings;
  }

  private static Diagnostic asError(Diagnostic d) {
    return d.severity() == Severity.ERROR ? d
        : new Diagnostic(Severity.ERROR, d.code(), d.file(), d.pointer(), d.line(), d.column(), d.message());
  }

  private ArmgenSettings settings() {
    JsonNode root = document.root();
    ArmgenSettings.Builder b = new ArmgenSettings.Builder();
    if (!root.isObject()) {
      problem("", "the file must hold a mapping of settings (" + String.join(", ", KEYS) + ")");
      return b.build();
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = e.getKey();
      String pointer = "/" + key.replace("~", "~0").replace("/", "~1");
      JsonNode v = e.getValue();
      switch (key) {
        case "specs" -> b.specs(strings(pointer, v, this::specEntry));
        case "apiVersions" -> b.apiVersions(strings(pointer, v, Function.identity()));
        case "packagePrefix" -> b.packagePrefix(packagePrefix(pointer, v));
        case "output" -> b.output(path(pointer, v));
        case "samples" -> b.samples(path(pointer, v));
        case "sharedShapes" -> b.sharedShapes(sharedShapes(pointer, v));
        case "strict" -> b.strict(bool(pointer, v));
        case "allowRemoteRefs" -> b.allowRemoteRefs(bool(pointer, v));
        case "allowedRoots" -> b.allowedRoots(nullable(strings(pointer, v, Function.identity()), l -> l.stream().map(this::resolve).toList()));
        case "includeOperations" -> b.includeOperations(rules(pointer, v, key));
        case "excludeOperations" -> b.excludeOperations(rules(pointer, v, key));
        case "includeTags" -> b.includeTags(rules(pointer, v, key));
        case "excludeTags" -> b.excludeTags(rules(pointer, v, key));
        default -> problem("CONFIG_UNKNOWN_KEY", pointer, "unknown setting '" + key + "'" + ClosestName.hint(key, KEYS)
            + "; the settings are " + String.join(", ", KEYS));
      }
    }
    return b.build();
  }

  /** A list of scalars (a single scalar is a list of one); null after reporting when it is not. */
  private List<String> strings(String pointer, JsonNode v, Function<String, String> each) {
    List<String> out = new ArrayList<>();
    if (v.isValueNode() && !v.isNull()) {
      String text = scalar(pointer, v);
      return text == null ? null : List.of(each.apply(text));
    }
    if (!v.isArray()) {
      problem(pointer, "expected a list of text values");
      return null;
    }
    for (int i = 0; i < v.size(); i++) {
      String text = scalar(pointer + "/" + i, v.get(i));
      if (text != null) {
        out.add(each.apply(text));
      }
    }
    return out;
  }

  private List<OperationFilter.Rule> rules(String pointer, JsonNode v, String key) {
    List<String> patterns = strings(pointer, v, Function.identity());
    if (patterns == null) {
      return null;
    }
    List<OperationFilter.Rule> rules = new ArrayList<>();
    for (int i = 0; i < patterns.size(); i++) {
      String at = v.isArray() ? pointer + "/" + i : pointer;
      int[] position = document.positionOf(at);
      rules.add(new OperationFilter.Rule(patterns.get(i), key, new SourceLocation(document.displayName(), at, position[0],
          position[1])));
    }
    return rules;
  }

  private String scalar(String pointer, JsonNode v) {
    if (v.isTextual() || v.isNumber()) {
      String text = v.asText().trim();
      if (!text.isEmpty()) {
        return text;
      }
    }
    problem(pointer, "expected a non-empty text value");
    return null;
  }

  private String packagePrefix(String pointer, JsonNode v) {
    String text = scalar(pointer, v);
    if (text != null) {
      Optional<String> wrong = NormalizeOptions.packagePrefixProblem(text);
      if (wrong.isPresent()) {
        problem(pointer, wrong.get());
        return null;
      }
    }
    return text;
  }

  private Path path(String pointer, JsonNode v) {
    String text = scalar(pointer, v);
    return text == null ? null : resolve(text);
  }

  private SharedShapesMode sharedShapes(String pointer, JsonNode v) {
    if (v.isBoolean()) {
      return v.booleanValue() ? SharedShapesMode.ON : SharedShapesMode.OFF; // YAML 1.1 reads a bare on/off as a boolean
    }
    String text = scalar(pointer, v);
    if (text == null) {
      return null;
    }
    try {
      return SharedShapesMode.parse(text);
    } catch (IllegalArgumentException e) {
      problem(pointer, "expected auto, on or off, not '" + text + "'");
      return null;
    }
  }

  private Boolean bool(String pointer, JsonNode v) {
    if (!v.isBoolean()) {
      problem(pointer, "expected true or false");
      return null;
    }
    return v.booleanValue();
  }

  /** A spec entry relative to this file's folder; a glob keeps its wildcards. */
  private String specEntry(String entry) {
    if (!GlobPattern.isGlob(entry)) {
      return resolve(entry).toString();
    }
    String glob = entry.replace('\\', '/');
    return Path.of(glob.split("/", -1)[0]).isAbsolute() || glob.startsWith("/") ? glob
        : base.toString().replace('\\', '/') + "/" + glob;
  }

  private Path resolve(String path) {
    return base.resolve(path).normalize();
  }

  private static <T, R> R nullable(T value, Function<T, R> f) {
    return value == null ? null : f.apply(value);
  }

  private void problem(String pointer, String message) {
    problem("CONFIG_INVALID", pointer, message);
  }

  private void problem(String code, String pointer, String message) {
    int[] at = document.positionOf(pointer);
    problems.add(Diagnostic.error(code, document.displayName(), pointer, at[0], at[1], message));
  }
}

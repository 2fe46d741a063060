package io.armgen.generator.normalize;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.armgen.generator.diagnostics.Diagnostic;
import io.armgen.generator.load.LoadResult;
import io.armgen.generator.load.ResolvedRef;
import io.armgen.generator.load.SpecDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A test-scope {@link LoadResult}: documents given inline or read from disk (following every
 * file-relative {@code $ref}), refs resolved among them, alias chains followed.
 */
final class TestLoad implements LoadResult {
  static final ObjectMapper JSON = new ObjectMapper();

  private final List<SpecDocument> entries;
  private final Map<Path, SpecDocument> documents;

  private TestLoad(List<SpecDocument> entries, Map<Path, SpecDocument> documents) {
    this.entries = entries;
    this.documents = documents;
  }

  /**
   * Inline documents by file name (e.g. {@code "spec.json"}, {@code "../common/types.json"}); the
   * first is the entry. Single quotes in the text are turned into double quotes for readability.
   */
  static TestLoad inline(String... nameAndJson) {
    Map<Path, SpecDocument> docs = new LinkedHashMap<>();
    List<SpecDocument> entries = new ArrayList<>();
    Path base = Path.of("inline", "specs", "svc").toAbsolutePath().normalize();
    for (int i = 0; i < nameAndJson.length; i += 2) {
      Path path = base.resolve(nameAndJson[i]).normalize();
      SpecDocument doc = new SpecDocument(path, nameAndJson[i], parse(nameAndJson[i + 1].replace('\'', '"')), Map.of());
      docs.put(path, doc);
      if (i == 0) {
        entries.add(doc);
      }
    }
    return new TestLoad(entries, docs);
  }

  /** A Swagger document with the given paths and definitions bodies (JSON object contents). */
  static String swagger(String paths, String definitions) {
    return "{'swagger':'2.0','info':{'title':'T','version':'2024-01-01'},'paths':{" + paths + "},'definitions':{" + definitions + "}}";
  }

  /** Reads the entries and every file their refs reach; display names relative to {@code root}. */
  static TestLoad fromDisk(Path root, List<Path> entryPaths) {
    Map<Path, SpecDocument> docs = new LinkedHashMap<>();
    List<SpecDocument> entries = new ArrayList<>();
    Deque<Path> pending = new ArrayDeque<>();
    for (Path p : entryPaths) {
      pending.add(p.toAbsolutePath().normalize());
    }
    while (!pending.isEmpty()) {
      Path path = pending.poll();
      if (docs.containsKey(path) || !Files.isRegularFile(path)) {
        continue;
      }
      SpecDocument doc = read(root, path);
      docs.put(path, doc);
      collectRefs(doc.root(), path, pending);
    }
    for (Path p : entryPaths) {
      entries.add(docs.get(p.toAbsolutePath().normalize()));
    }
    return new TestLoad(entries, docs);
  }

  private static SpecDocument read(Path root, Path path) {
    try {
      String text = Files.readString(path);
      Map<String, int[]> positions = new HashMap<>();
      try (JsonParser parser = JSON.getFactory().createParser(text)) {
        for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
          if (t != JsonToken.FIELD_NAME && !t.isStructEnd()) {
            var loc = parser.currentTokenLocation();
            positions.putIfAbsent(parser.getParsingContext().pathAsPointer().toString(),
                new int[] {loc.getLineNr(), loc.getColumnNr()});
          }
        }
      }
      String display = root.toAbsolutePath().normalize().relativize(path).toString().replace('\\', '/');
      return new SpecDocument(path, display, JSON.readTree(text), positions);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void collectRefs(JsonNode node, Path from, Deque<Path> pending) {
    if (node.isObject()) {
      JsonNode ref = node.get("$ref");
      if (ref != null && ref.isTextual() && !ref.textValue().startsWith("#")) {
        String file = ref.textValue().split("#", 2)[0];
        pending.add(from.getParent().resolve(file).normalize());
      }
      node.forEach(child -> collectRefs(child, from, pending));
    } else if (node.isArray()) {
      node.forEach(child -> collectRefs(child, from, pending));
    }
  }

  static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public List<SpecDocument> entries() {
    return entries;
  }

  @Override
  public Map<Path, SpecDocument> documents() {
    return documents;
  }

  @Override
  public List<Diagnostic> diagnostics() {
    return List.of();
  }

  @Override
  public Optional<ResolvedRef> resolve(SpecDocument from, String ref) {
    SpecDocument doc = from;
    String current = ref;
    for (int hops = 0; hops < 32; hops++) {
      String[] parts = current.split("#", 2);
      if (!parts[0].isEmpty()) {
        doc = documents.get(doc.path().getParent().resolve(parts[0]).normalize());
        if (doc == null) {
          return Optional.empty();
        }
      }
      String pointer = parts.length > 1 ? parts[1] : "";
      JsonNode node = doc.root().at(pointer);
      if (node.isMissingNode()) {
        return Optional.empty();
      }
      if (node.isObject() && node.size() == 1 && node.path("$ref").isTextual()) {
        current = node.get("$ref").textValue();
        continue;
      }
      return Optional.of(new ResolvedRef(doc, pointer, node));
    }
    return Optional.empty();
  }
}

package io.armgen.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.armgen.generator.diagnostics.Diagnostic;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The {@link LoadResult} of {@link SpecLoader}: immutable once the loader returns it. */
final class LoadedSpecs implements LoadResult {
  private final List<SpecDocument> entries;
  private final Map<Path, SpecDocument> documents;
  private final List<Diagnostic> diagnostics;

  LoadedSpecs(List<SpecDocument> entries, Map<Path, SpecDocument> documents, List<Diagnostic> diagnostics) {
    this.entries = List.copyOf(entries);
    this.documents = Collections.unmodifiableMap(documents);
    this.diagnostics = List.copyOf(diagnostics);
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
    return diagnostics;
  }

  /**
   * {@inheritDoc}
   *
   * <p>An object with members next to its {@code $ref} is not an alias and is returned itself.
   * Returns empty for remote URLs, malformed refs, files that were not loaded and alias cycles.
   */
  @Override
  public Optional<ResolvedRef> resolve(SpecDocument from, String ref) {
    return resolve(documents, from, ref);
  }

  /** {@link #resolve(SpecDocument, String)} over any document map; the loader uses it before the result exists. */
  static Optional<ResolvedRef> resolve(Map<Path, SpecDocument> documents, SpecDocument from, String ref) {
    Optional<ResolvedRef> current = locate(documents, from, ref);
    Set<String> seen = new HashSet<>();
    while (current.isPresent() && isPureAlias(current.get().node())) {
      ResolvedRef at = current.get();
      if (!seen.add(at.document().path() + "#" + at.pointer())) {
        return Optional.empty(); // an alias cycle, reported by the loader
      }
      current = locate(documents, at.document(), at.node().get("$ref").textValue());
    }
    return current;
  }

  /** The node {@code ref} names, without following aliases. */
  static Optional<ResolvedRef> locate(Map<Path, SpecDocument> documents, SpecDocument from, String ref) {
    RefTarget target;
    try {
      target = RefTarget.parse(ref);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (target.remoteUrl()) {
      return Optional.empty();
    }
    SpecDocument document;
    try {
      document = target.file().isEmpty()
          ? documents.getOrDefault(from.path(), from)
          : documents.get(targetPath(from, target.file()));
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
    if (document == null) {
      return Optional.empty();
    }
    JsonNode node = navigate(document.root(), target.pointer());
    return node == null ? Optional.empty() : Optional.of(new ResolvedRef(document, target.pointer(), node));
  }

  /** The absolute normalised path of {@code file} written in {@code from}. */
  static Path targetPath(SpecDocument from, String file) {
    Path folder = from.path().getParent();
    Path target = folder == null ? Path.of(file) : folder.resolve(file);
    return target.toAbsolutePath().normalize();
  }

  /** {@code {"$ref": "..."}} and nothing else: stands for its target. */
  static boolean isPureAlias(JsonNode node) {
    return node.isObject() && node.size() == 1 && node.path("$ref").isTextual();
  }

  /** The node at {@code pointer}, or null when absent or the pointer is invalid. */
  static JsonNode navigate(JsonNode root, String pointer) {
    List<String> tokens;
    try {
      tokens = JsonPointers.tokens(pointer);
    } catch (IllegalArgumentException e) {
      return null;
    }
    JsonNode node = root;
    for (String token : tokens) {
      if (node.isObject()) {
        node = node.get(token);
      } else if (node.isArray()) {
        int index = PositionIndex.ArrayIndex.parse(token, node.size());
        node = index < 0 ? null : node.get(index);
      } else {
        node = null;
      }
      if (node == null) {
        return null;
      }
    }
    return node;
  }
}

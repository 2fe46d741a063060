package io.armgen.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import io.armgen.generator.load.SpecDocument;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Warns ({@code EXTENSION_IGNORED}) once per key and file, at its first occurrence, about every
 * {@code x-ms-*} extension armgen does not act on. Keys of name maps (property names, header
 * names such as {@code x-ms-request-id}, definition names) are names, not extensions.
 */
final class ExtensionReport {
  /** Extensions the normaliser acts on. */
  static final Set<String> HANDLED = Set.of(
      "x-ms-client-flatten", "x-ms-enum", "x-ms-client-name", "x-ms-parameter-location",
      "x-ms-long-running-operation", "x-ms-long-running-operation-options", "x-ms-pageable", "x-ms-examples",
      "x-ms-azure-resource", "x-ms-secret", "x-ms-discriminator-value", "x-ms-skip-url-encoding",
      "x-ms-api-version", "x-ms-parameter-grouping", "x-ms-paths", "x-ms-parameterized-host",
      "x-ms-header-collection-prefix", "x-ms-client-request-id", "x-ms-client-default", "x-ms-text");

  /**
   * Understood, but purely documentary or for linters: no effect on generated code, no warning.
   * (x-ms-mutability: readOnly already decides what is sent, and DependencyPass reads it for
   * dependencies, as it does x-ms-arm-id-details; x-ms-identifiers is a lint hint; x-ms-external marks types shared across specs; x-ms-odata
   * describes a filter's syntax; x-ms-code-generation-settings configures AutoRest.)
   */
  static final Set<String> DOCUMENTARY = Set.of(
      "x-ms-mutability", "x-ms-identifiers", "x-ms-arm-id-details", "x-ms-external", "x-ms-odata",
      "x-ms-code-generation-settings");

  /** Keys whose object value maps names to things: its own keys are names. */
  private static final Set<String> NAME_MAPS = Set.of(
      "properties", "definitions", "parameters", "responses", "headers", "securityDefinitions", "scopes", "paths");
  /** Name maps that may also carry extensions (Swagger allows {@code ^x-} keys there). */
  private static final Set<String> NAME_MAPS_WITH_EXTENSIONS = Set.of("paths", "responses");
  /** Values that are data, not spec structure. */
  private static final Set<String> DATA = Set.of("example", "examples", "enum", "default");

  private final Reporter reporter;

  ExtensionReport(Reporter reporter) {
    this.reporter = reporter;
  }

  /** Reports over every Swagger document (example files are data and skipped), sorted by path. */
  void run(Collection<SpecDocument> documents) {
    List<SpecDocument> docs = documents.stream()
        .filter(d -> d.root().has("swagger"))
        .sorted(Comparator.comparing(d -> d.path().toString()))
        .toList();
    for (SpecDocument doc : docs) {
      walk(doc, doc.root(), "", false, false, new HashSet<>());
    }
  }

  private void walk(SpecDocument doc, JsonNode node, String pointer, boolean names, boolean namesAllowExtensions, Set<String> reported) {
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(doc, node.get(i), Pointers.child(pointer, i), false, false, reported);
      }
      return;
    }
    if (!node.isObject()) {
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = e.getKey();
      boolean extension = key.startsWith("x-ms-") && (!names || namesAllowExtensions);
      // the child's pointer is built only where it is used: a warning, or a container to walk into
      // (this visits every member of every document, and most are scalars)
      if (extension) {
        if (!HANDLED.contains(key) && !DOCUMENTARY.contains(key) && reported.add(key)) {
          reporter.warning("EXTENSION_IGNORED", doc, Pointers.child(pointer, key),
              "extension '" + key + "' is not supported and has no effect");
        }
      } else if (!e.getValue().isContainerNode()) {
        continue;
      } else if (names) {
        walk(doc, e.getValue(), Pointers.child(pointer, key), false, false, reported);
      } else if (!DATA.contains(key) && !key.startsWith("x-")) {
        boolean map = NAME_MAPS.contains(key) && e.getValue().isObject();
        walk(doc, e.getValue(), Pointers.child(pointer, key), map, map && NAME_MAPS_WITH_EXTENSIONS.contains(key), reported);
      }
    }
  }
}

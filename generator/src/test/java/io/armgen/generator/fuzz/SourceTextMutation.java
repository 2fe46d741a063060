package io.armgen.generator.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * One {@link SpecMutator#SOURCE_TEXTS} text put where spec text reaches a Java file as something
 * other than a description: {@code info.version}, the spec's file name, {@code x-ms-client-name},
 * enum values and x-ms-enum value names, parameter names, and path templates (a constant segment,
 * or a variable renamed together with its parameter).
 */
final class SourceTextMutation {
  private enum Target { VERSION, FILE_NAME, CLIENT_NAME, ENUM_VALUE, ENUM_VALUE_NAME, PARAMETER_NAME, PATH_SEGMENT,
    PATH_VARIABLE }

  private final Random random;
  private final List<String> log;

  SourceTextMutation(Random random, List<String> log) {
    this.random = random;
    this.log = log;
  }

  /** Applies one mutation to {@code root}; returns the text to put into the file name when that was the target. */
  Optional<String> apply(JsonNode root, List<SpecMutator.Located> objects) {
    String text = any(SpecMutator.SOURCE_TEXTS);
    Target target = Target.values()[random.nextInt(Target.values().length)];
    switch (target) {
      case VERSION -> {
        if (root.path("info") instanceof ObjectNode info) {
          String version = random.nextBoolean() ? info.path("version").asText("") + text : text;
          info.put("version", version);
          log.add("SOURCE_TEXT /info/version -> " + SpecMutator.printable(version));
        }
      }
      case FILE_NAME -> {
        // a file name holds neither '/' nor NUL, and an unpaired surrogate cannot be encoded
        String part = text.replace("/", "|").replace("\u0000", "0").replaceAll("[\\ud800-\\udfff]", "_");
        log.add("SOURCE_TEXT file name part " + SpecMutator.printable(part));
        return Optional.of(part);
      }
      case CLIENT_NAME -> pick(objects, o -> o.node().has("name") || o.path().contains("/properties/"))
          .ifPresent(o -> set(o, "x-ms-client-name", text));
      case ENUM_VALUE -> pick(objects, o -> o.node().path("enum").isArray() && o.node().path("enum").size() > 0).ifPresent(o -> {
        ArrayNode values = (ArrayNode) o.node().get("enum");
        int at = random.nextInt(values.size());
        values.set(at, values.get(at).asText("") + text);
        log.add("SOURCE_TEXT " + o.path() + "/enum/" + at + " += " + SpecMutator.printable(text));
      });
      case ENUM_VALUE_NAME -> pick(objects, o -> o.path().endsWith("/x-ms-enum") && o.node().path("values").isArray()
          && o.node().path("values").size() > 0).ifPresent(o -> {
            JsonNode value = o.node().get("values").get(random.nextInt(o.node().get("values").size()));
            if (value instanceof ObjectNode v) {
              v.put(random.nextBoolean() ? "name" : "value", text);
              log.add("SOURCE_TEXT " + o.path() + "/values name or value -> " + SpecMutator.printable(text));
            }
          });
      case PARAMETER_NAME -> pick(objects, o -> o.node().has("in") && o.node().path("name").isTextual())
          .ifPresent(o -> set(o, "name", o.node().get("name").asText() + text));
      case PATH_SEGMENT -> renamePath(root, path -> {
        int slash = path.lastIndexOf('/');
        return path.substring(0, slash + 1) + text.replace("/", "") + path.substring(slash + 1);
      }, null, text);
      case PATH_VARIABLE -> renameVariable(root, objects, text.replace("/", "").replace("{", "").replace("}", ""));
    }
    return Optional.empty();
  }

  /** Renames the first variable of a path and every inline parameter of that name under it. */
  private void renameVariable(JsonNode root, List<SpecMutator.Located> objects, String text) {
    Optional<String> path = anyPath(root, p -> p.contains("{"));
    if (path.isEmpty()) {
      return;
    }
    String old = path.get();
    String variable = old.substring(old.indexOf('{') + 1, old.indexOf('}', old.indexOf('{')));
    String renamed = variable + text;
    renamePath(root, p -> p.replace("{" + variable + "}", "{" + renamed + "}"), old, text);
    String under = "/paths/" + SpecMutator.escape(old.replace("{" + variable + "}", "{" + renamed + "}"));
    for (SpecMutator.Located o : objects) {
      if (o.node().path("in").asText().equals("path") && o.node().path("name").asText().equals(variable)
          && (o.path().startsWith("/paths/" + SpecMutator.escape(old) + "/") || o.path().startsWith(under + "/"))) {
        o.node().put("name", renamed);
      }
    }
  }

  /** Replaces the key of one path (or of {@code which}) by {@code rename} of it, keeping its place. */
  private void renamePath(JsonNode root, java.util.function.UnaryOperator<String> rename, String which, String text) {
    if (!(root.path("paths") instanceof ObjectNode paths) || paths.isEmpty()) {
      return;
    }
    String old = which != null ? which : anyPath(root, p -> true).orElseThrow();
    String renamed = rename.apply(old);
    List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
    paths.properties().forEach(entries::add);
    paths.removeAll();
    for (Map.Entry<String, JsonNode> e : entries) {
      paths.set(e.getKey().equals(old) ? renamed : e.getKey(), e.getValue());
    }
    log.add("SOURCE_TEXT path " + SpecMutator.printable(old) + " -> " + SpecMutator.printable(renamed)
        + " (" + SpecMutator.printable(text) + ")");
  }

  private Optional<String> anyPath(JsonNode root, java.util.function.Predicate<String> filter) {
    List<String> keys = new ArrayList<>();
    root.path("paths").fieldNames().forEachRemaining(k -> {
      if (filter.test(k)) {
        keys.add(k);
      }
    });
    return keys.isEmpty() ? Optional.empty() : Optional.of(any(keys));
  }

  private Optional<SpecMutator.Located> pick(List<SpecMutator.Located> objects,
      java.util.function.Predicate<SpecMutator.Located> filter) {
    List<SpecMutator.Located> candidates = objects.stream().filter(filter).toList();
    return candidates.isEmpty() ? Optional.empty() : Optional.of(any(candidates));
  }

  private void set(SpecMutator.Located o, String key, String value) {
    o.node().put(key, value);
    log.add("SOURCE_TEXT " + o.path() + "/" + SpecMutator.escape(key) + " -> " + SpecMutator.printable(value));
  }

  private <T> T any(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }
}

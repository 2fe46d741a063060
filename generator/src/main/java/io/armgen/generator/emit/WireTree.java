package io.armgen.generator.emit;

import io.armgen.generator.model.Property;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A model's properties arranged as they nest on the wire: flattened properties
 * ({@code wirePath = [properties, privateEndpoint]}) sit in a child node per JSON object they are
 * nested in. Keys keep the order of first appearance, so the generated code is deterministic.
 */
final class WireTree {
  /** The JSON keys from the model's own object down to this node; empty for the root. */
  final List<String> path;
  /** Per JSON key of this object: a {@link Property} (a value) or a {@link WireTree} (a nested object). */
  final Map<String, Object> entries = new LinkedHashMap<>();

  private WireTree(List<String> path) {
    this.path = List.copyOf(path);
  }

  /**
   * Arranges {@code properties}.
   *
   * @throws IllegalArgumentException when one key is both a value and a nested object, or two
   *     properties share a wire path (the loader must not produce either)
   */
  static WireTree of(String owner, List<Property> properties) {
    WireTree root = new WireTree(List.of());
    for (Property p : properties) {
      WireTree node = root;
      List<String> wire = p.wirePath();
      for (int i = 0; i < wire.size() - 1; i++) {
        Object existing = node.entries.get(wire.get(i));
        if (existing instanceof Property) {
          throw conflict(owner, wire);
        }
        if (existing == null) {
          existing = new WireTree(wire.subList(0, i + 1));
          node.entries.put(wire.get(i), existing);
        }
        node = (WireTree) existing;
      }
      if (node.entries.putIfAbsent(p.wireName(), p) != null) {
        throw conflict(owner, wire);
      }
    }
    return root;
  }

  /** Every property at or below this node, in order. */
  List<Property> leaves() {
    List<Property> result = new ArrayList<>();
    for (Object entry : entries.values()) {
      if (entry instanceof Property p) {
        result.add(p);
      } else {
        result.addAll(((WireTree) entry).leaves());
      }
    }
    return result;
  }

  /** Every nested node below this one, depth first. */
  List<WireTree> nested() {
    List<WireTree> result = new ArrayList<>();
    for (Object entry : entries.values()) {
      if (entry instanceof WireTree child) {
        result.add(child);
        result.addAll(child.nested());
      }
    }
    return result;
  }

  private static IllegalArgumentException conflict(String owner, List<String> wire) {
    return new IllegalArgumentException(
        "Model " + owner + ": wire path " + String.join(".", wire) + " clashes with another property");
  }
}

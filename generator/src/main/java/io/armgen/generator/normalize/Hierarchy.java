package io.armgen.generator.normalize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The allOf parent chains of collected objects, once {@link AllOfPass} has set them. */
final class Hierarchy {
  private final SchemaTable table;

  Hierarchy(SchemaTable table) {
    this.table = table;
  }

  /** The object's generated ancestors, nearest first; stops at a runtime base or a cycle. */
  List<ObjectDraft> ancestors(ObjectDraft object) {
    List<ObjectDraft> out = new ArrayList<>();
    Set<SchemaId> seen = new HashSet<>();
    seen.add(object.id());
    ObjectDraft current = object;
    while (current.parent != null) {
      Optional<ObjectDraft> parent = table.objectOf(current.parent);
      if (parent.isEmpty() || !seen.add(parent.get().id())) {
        break;
      }
      out.add(parent.get());
      current = parent.get();
    }
    return out;
  }

  /** The runtime class at the top of the chain, if the chain ends in one. */
  Optional<String> runtimeBase(ObjectDraft object) {
    List<ObjectDraft> chain = ancestors(object);
    ObjectDraft top = chain.isEmpty() ? object : chain.get(chain.size() - 1);
    if (top.parent != null && table.resolve(top.parent) instanceof DraftType.Runtime r) {
      return Optional.of(r.className());
    }
    return Optional.empty();
  }

  /** Inherited properties (from the farthest ancestor down) then own ones, by wire name; later wins. */
  List<PropertyDraft> effectiveProperties(ObjectDraft object) {
    List<ObjectDraft> chain = ancestors(object);
    Map<List<String>, PropertyDraft> byPath = new LinkedHashMap<>();
    for (int i = chain.size() - 1; i >= 0; i--) {
      chain.get(i).properties.forEach(p -> byPath.put(p.wirePath, p));
    }
    object.properties.forEach(p -> byPath.put(p.wirePath, p));
    return new ArrayList<>(byPath.values());
  }

  /** Properties the object inherits from generated ancestors (not its own). */
  List<PropertyDraft> inheritedProperties(ObjectDraft object) {
    List<PropertyDraft> out = new ArrayList<>();
    List<ObjectDraft> chain = ancestors(object);
    for (int i = chain.size() - 1; i >= 0; i--) {
      out.addAll(chain.get(i).properties);
    }
    return out;
  }

  /** Objects whose chain contains {@code base}, in table order. */
  List<ObjectDraft> descendants(ObjectDraft base) {
    List<ObjectDraft> out = new ArrayList<>();
    for (ObjectDraft o : table.objects()) {
      if (o != base && ancestors(o).contains(base)) {
        out.add(o);
      }
    }
    return out;
  }
}

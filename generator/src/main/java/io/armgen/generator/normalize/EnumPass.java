package io.armgen.generator.normalize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges enums that share a name: equal value sets become one type (the spec reuses them, e.g.
 * createdByType for two properties); open enums with different values become one type with the
 * union of the values; closed enums with different values stay apart (they get distinct names
 * later) with an {@code ENUM_NAME_CONFLICT} warning.
 */
final class EnumPass {
  private final SchemaTable table;
  private final Reporter reporter;

  EnumPass(SchemaTable table, Reporter reporter) {
    this.table = table;
    this.reporter = reporter;
  }

  void run() {
    Map<String, List<EnumDraft>> byName = new LinkedHashMap<>();
    for (EnumDraft e : table.enums()) {
      byName.computeIfAbsent(JavaNames.typeName(e.name), k -> new ArrayList<>()).add(e);
    }
    for (List<EnumDraft> group : byName.values()) {
      if (group.size() > 1) {
        merge(group);
      }
    }
  }

  private void merge(List<EnumDraft> group) {
    List<EnumDraft> kept = new ArrayList<>();
    for (EnumDraft e : group) {
      EnumDraft into = kept.stream().filter(k -> mergeable(k, e)).findFirst().orElse(null);
      if (into == null) {
        kept.add(e);
        continue;
      }
      for (EnumDraft.Value v : e.values) {
        if (!into.rawValues().contains(v.value())) {
          into.values.add(v);
        }
      }
      if (into.description == null) {
        into.description = e.description;
      }
      table.put(new AliasDraft(e.id(), e.site(), new DraftType.Ref(into.id())));
    }
    if (kept.size() > 1) {
      EnumDraft first = kept.get(0);
      for (EnumDraft other : kept.subList(1, kept.size())) {
        reporter.warning("ENUM_NAME_CONFLICT", other.origin,
            "enum '" + other.name + "' has other values than the enum of the same name at " + first.origin
                + "; both are kept under distinct names");
      }
    }
  }

  private static boolean mergeable(EnumDraft a, EnumDraft b) {
    if (a.valueType != b.valueType || a.expandable != b.expandable) {
      return false;
    }
    return a.expandable || new HashSet<>(a.rawValues()).equals(new HashSet<>(b.rawValues()));
  }
}

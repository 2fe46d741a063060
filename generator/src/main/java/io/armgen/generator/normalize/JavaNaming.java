package io.armgen.generator.normalize;

import io.armgen.generator.load.SpecDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Chooses the Java names of the generated types, their properties and enum constants. Names are
 * unique case-insensitively (models share one package, and file systems may ignore case);
 * collisions get the suffixes 2, 3, ... in a fixed order (entry document first, then by file and
 * position) and a {@code NAME_COLLISION} warning. A flattened property whose name is taken is
 * first prefixed with the property it came out of ({@code propertiesName}).
 */
final class JavaNaming {
  private static final String ADDITIONAL_PROPERTIES = "additionalProperties";

  /** Longest type name kept; with a numeric suffix and ".java" it stays far below 255 bytes. */
  static final int MAX_TYPE_NAME = 120;

  private final SchemaTable table;
  private final Reporter reporter;
  private final Hierarchy hierarchy;
  private final Set<SchemaId> named = new HashSet<>();

  JavaNaming(SchemaTable table, Reporter reporter) {
    this.table = table;
    this.reporter = reporter;
    this.hierarchy = new Hierarchy(table);
  }

  void run(Set<SchemaId> kept, SpecDocument entry) {
    List<SchemaDraft> types = new ArrayList<>();
    Map<SchemaId, Integer> order = new HashMap<>();
    for (SchemaDraft d : table.all()) {
      order.putIfAbsent(d.id(), order.size());
    }
    for (SchemaDraft d : table.all()) {
      if (kept.contains(d.id()) && !(d instanceof AliasDraft)) {
        types.add(d);
      }
    }
    types.sort(Comparator.<SchemaDraft>comparingInt(d -> d.id().document().equals(entry.path()) ? 0 : 1)
        .thenComparing(d -> d.id().document().toString())
        .thenComparingInt(d -> order.getOrDefault(d.id(), Integer.MAX_VALUE)));
    Map<String, SchemaDraft> taken = new HashMap<>();
    for (SchemaDraft d : types) {
      nameType(d, taken);
    }
    for (SchemaDraft d : types) {
      if (d instanceof ObjectDraft o) {
        nameProperties(o);
      } else if (d instanceof EnumDraft e) {
        nameConstants(e);
      }
    }
  }

  private void nameType(SchemaDraft d, Map<String, SchemaDraft> taken) {
    String wanted = JavaNames.typeName(rawName(d));
    if (wanted.length() > MAX_TYPE_NAME) {
      // the name becomes a file name: most file systems refuse more than 255 bytes
      String cut = wanted.substring(0, MAX_TYPE_NAME);
      reporter.warning("NAME_TOO_LONG", d instanceof ObjectDraft o ? o.origin : ((EnumDraft) d).origin,
          "type name '" + wanted.substring(0, 40) + "...' has " + wanted.length() + " characters; it is cut to " + MAX_TYPE_NAME);
      wanted = cut;
    }
    String name = wanted;
    for (int i = 2; taken.containsKey(name.toLowerCase(Locale.ROOT)); i++) {
      name = wanted + i;
    }
    if (!name.equals(wanted)) {
      SchemaDraft holder = taken.get(wanted.toLowerCase(Locale.ROOT));
      reporter.warning("NAME_COLLISION", d instanceof ObjectDraft o ? o.origin : ((EnumDraft) d).origin,
          "type name '" + wanted + "' is already used by the schema at " + originOf(holder) + "; this one is named '" + name + "'");
    }
    taken.put(name.toLowerCase(Locale.ROOT), d);
    if (d instanceof ObjectDraft o) {
      o.javaName = name;
    } else {
      ((EnumDraft) d).javaName = name;
    }
  }

  private static String rawName(SchemaDraft d) {
    if (d instanceof ObjectDraft o) {
      return o.clientName != null && !o.clientName.isBlank() ? o.clientName : o.definitionName;
    }
    return ((EnumDraft) d).name;
  }

  private static Object originOf(SchemaDraft d) {
    return d instanceof ObjectDraft o ? o.origin : ((EnumDraft) d).origin;
  }

  private void nameProperties(ObjectDraft object) {
    if (!named.add(object.id())) {
      return;
    }
    Set<String> taken = new HashSet<>();
    hierarchy.runtimeBase(object).ifPresent(cls -> RuntimeBaseTypes.fieldsOf(cls).forEach(f -> taken.add(f.toLowerCase(Locale.ROOT))));
    for (ObjectDraft ancestor : hierarchy.ancestors(object)) {
      nameProperties(ancestor);
      ancestor.properties.forEach(p -> taken.add(p.javaName.toLowerCase(Locale.ROOT)));
    }
    List<PropertyDraft> ordered = new ArrayList<>();
    object.properties.stream().filter(p -> p.flattenedFrom.isEmpty()).forEach(ordered::add);
    object.properties.stream().filter(p -> !p.flattenedFrom.isEmpty()).forEach(ordered::add);
    boolean additionalPropertiesAccessor = hasAdditionalPropertiesAccessor(object);
    for (PropertyDraft p : ordered) {
      String wanted = JavaNames.memberName(p.baseName);
      if (additionalPropertiesAccessor && wanted.equals(ADDITIONAL_PROPERTIES)) {
        // the free-form keys already have a field and accessors of that name
        wanted = ADDITIONAL_PROPERTIES + "Property";
      }
      if (taken.contains(wanted.toLowerCase(Locale.ROOT)) && !p.flattenedFrom.isEmpty()) {
        String outer = p.flattenedFrom.get(p.flattenedFrom.size() - 1);
        wanted = JavaNames.memberName(outer + JavaNames.capitalize(JavaNames.pascal(p.baseName)));
      }
      String name = wanted;
      for (int i = 2; taken.contains(name.toLowerCase(Locale.ROOT)); i++) {
        name = wanted + i;
      }
      if (!name.equals(wanted)) {
        reporter.warning("NAME_COLLISION", p.origin,
            "property '" + String.join(".", p.wirePath) + "' of '" + object.definitionName + "' is named '" + name
                + "' because '" + wanted + "' is taken");
      }
      taken.add(name.toLowerCase(Locale.ROOT));
      p.javaName = name;
    }
  }

  /**
   * True when the generated class, an ancestor or a descendant keeps free-form keys, and so has
   * {@code additionalProperties()} (a property of that name would clash with it).
   */
  private boolean hasAdditionalPropertiesAccessor(ObjectDraft object) {
    List<ObjectDraft> related = new ArrayList<>(hierarchy.ancestors(object));
    related.add(object);
    related.addAll(hierarchy.descendants(object));
    return related.stream().anyMatch(o -> o.additionalProperties != null);
  }

  private static void nameConstants(EnumDraft e) {
    Set<String> taken = new HashSet<>();
    List<EnumDraft.Value> renamed = new ArrayList<>();
    for (EnumDraft.Value v : e.values) {
      String wanted = JavaNames.constantName(v.name() != null && !v.name().isBlank() ? v.name() : v.value());
      String name = wanted;
      for (int i = 2; !taken.add(name); i++) {
        name = wanted + "_" + i;
      }
      renamed.add(new EnumDraft.Value(v.value(), name, v.description()));
    }
    e.constantNames = renamed.stream().map(EnumDraft.Value::name).toList();
  }
}

package io.armgen.generator.normalize;

import io.armgen.generator.load.ResolvedRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves allOf: the first object base becomes the parent; further bases have their properties
 * copied in; inline parts are merged; cycles are reported ({@code ALLOF_CYCLE}) and cut; a property
 * that repeats an inherited one is dropped (with {@code PROPERTY_REDECLARED} when its type differs).
 */
final class AllOfPass {
  private final SchemaTable table;
  private final Reporter reporter;
  private final Hierarchy hierarchy;
  private final Set<SchemaId> done = new HashSet<>();
  private final Set<SchemaId> inProgress = new HashSet<>();

  AllOfPass(SchemaTable table, Reporter reporter) {
    this.table = table;
    this.reporter = reporter;
    this.hierarchy = new Hierarchy(table);
  }

  void run() {
    for (ObjectDraft o : table.objects()) {
      process(o);
    }
  }

  private void process(ObjectDraft object) {
    if (done.contains(object.id())) {
      return;
    }
    inProgress.add(object.id());
    List<ObjectDraft> bases = new ArrayList<>();
    for (DraftType ref : object.allOfRefs) {
      Optional<ObjectDraft> base = table.objectOf(ref);
      ResolvedRef site = object.site();
      if (base.isEmpty()) {
        reporter.warning("ALLOF_NOT_OBJECT", site.document(), Pointers.child(site.pointer(), "allOf"),
            "'" + object.definitionName + "' lists a base that is not an object schema; the base is ignored");
      } else if (inProgress.contains(base.get().id())) {
        reporter.error("ALLOF_CYCLE", site.document(), Pointers.child(site.pointer(), "allOf"),
            "allOf cycle: '" + object.definitionName + "' extends '" + base.get().definitionName + "' which extends it back; the link is cut");
      } else {
        process(base.get());
        bases.add(base.get());
      }
    }
    Map<String, PropertyDraft> merged = new LinkedHashMap<>();
    if (!bases.isEmpty()) {
      object.parent = new DraftType.Ref(bases.get(0).id());
      for (ObjectDraft extra : bases.subList(1, bases.size())) {
        hierarchy.effectiveProperties(extra).forEach(p -> merged.put(p.wireName(), p.copy()));
      }
    }
    object.inlineAllOfProperties.forEach(p -> merged.put(p.wireName(), p));
    object.properties.forEach(p -> merged.put(p.wireName(), p));
    object.properties = withoutInherited(object, new ArrayList<>(merged.values()));
    inProgress.remove(object.id());
    done.add(object.id());
  }

  private List<PropertyDraft> withoutInherited(ObjectDraft object, List<PropertyDraft> own) {
    Map<String, PropertyDraft> inherited = new LinkedHashMap<>();
    hierarchy.inheritedProperties(object).forEach(p -> inherited.put(p.wireName(), p));
    List<PropertyDraft> kept = new ArrayList<>();
    for (PropertyDraft p : own) {
      PropertyDraft base = inherited.get(p.wireName());
      if (base == null) {
        kept.add(p);
      } else if (!table.resolve(base.type).equals(table.resolve(p.type))) {
        reporter.warning("PROPERTY_REDECLARED", p.origin,
            "'" + object.definitionName + "." + p.wireName() + "' redeclares an inherited property with another type; the inherited one is used");
      }
    }
    return kept;
  }
}

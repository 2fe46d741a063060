package io.armgen.generator.normalize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Applies {@code x-ms-client-flatten: true}: the properties of the flattened object (its own and
 * inherited ones, recursively flattened first) are lifted into the owner with the wire path
 * {@code [outer, inner...]}. The lifted type itself is marked absorbed: it is generated only if
 * something else still uses it. Flattening a non-object, a polymorphic object or a free-form map
 * would lose information: such a property stays as it is, with a {@code FLATTEN_IGNORED} warning.
 */
final class FlattenPass {
  private final SchemaTable table;
  private final Reporter reporter;
  private final Hierarchy hierarchy;
  private final Set<SchemaId> done = new HashSet<>();
  private final Set<SchemaId> inProgress = new HashSet<>();

  FlattenPass(SchemaTable table, Reporter reporter) {
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
    if (done.contains(object.id()) || !inProgress.add(object.id())) {
      return;
    }
    for (ObjectDraft ancestor : hierarchy.ancestors(object)) {
      process(ancestor);
    }
    List<PropertyDraft> result = new ArrayList<>();
    for (PropertyDraft p : object.properties) {
      Optional<ObjectDraft> target = p.flatten ? flattenable(object, p) : Optional.empty();
      if (target.isEmpty()) {
        result.add(p);
        continue;
      }
      process(target.get());
      for (PropertyDraft inner : hierarchy.effectiveProperties(target.get())) {
        result.add(inner.liftedOutOf(p));
      }
      table.markAbsorbed(target.get().id());
    }
    object.properties = result;
    inProgress.remove(object.id());
    done.add(object.id());
  }

  private Optional<ObjectDraft> flattenable(ObjectDraft owner, PropertyDraft p) {
    Optional<ObjectDraft> target = table.objectOf(p.type);
    String why = null;
    if (target.isEmpty()) {
      why = "its type is not an object with properties";
    } else if (target.get().discriminator != null || hierarchy.ancestors(target.get()).stream().anyMatch(a -> a.discriminator != null)) {
      why = "its type is polymorphic";
    } else if (target.get().additionalProperties != null) {
      why = "its type also allows free-form keys";
    } else if (inProgress.contains(target.get().id())) {
      why = "its type contains the owner (a cycle)";
    } else if (hierarchy.runtimeBase(target.get()).isPresent()) {
      why = "its type extends a runtime base type";
    }
    if (why != null) {
      reporter.warning("FLATTEN_IGNORED", p.origin,
          "x-ms-client-flatten on '" + owner.definitionName + "." + p.wireName() + "' is ignored: " + why);
      return Optional.empty();
    }
    return target;
  }
}

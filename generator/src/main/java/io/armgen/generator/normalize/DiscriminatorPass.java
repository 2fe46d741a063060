package io.armgen.generator.normalize;

import io.armgen.generator.model.TypeRef.PrimitiveKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Polymorphism: a base with {@code discriminator} lists every descendant as a subtype; each
 * descendant's value is {@code x-ms-discriminator-value}, else its definition name.
 *
 * <p>What the generated code cannot honour is a warning at the schema: a discriminator that is
 * neither a string nor an enum (subtypes cannot set it, so they are sent without it unless the
 * caller sets it), a value its closed enum lacks (creating that subtype fails), two subtypes with
 * one value (the second is never read), and a polymorphic base
 * reached through a second {@code allOf} entry (Java extends the first only, so the model is not
 * read as that base's subtype).
 */
final class DiscriminatorPass {
  private final SchemaTable table;
  private final Reporter reporter;
  private final Hierarchy hierarchy;

  DiscriminatorPass(SchemaTable table, Reporter reporter) {
    this.table = table;
    this.reporter = reporter;
    this.hierarchy = new Hierarchy(table);
  }

  void run() {
    for (ObjectDraft base : table.objects()) {
      if (base.discriminator == null) {
        continue;
      }
      Optional<PropertyDraft> property = hierarchy.effectiveProperties(base).stream()
          .filter(p -> p.wireName().equals(base.discriminator)).findFirst();
      if (property.isEmpty()) {
        reporter.warning("DISCRIMINATOR_MISSING", base.origin,
            "discriminator '" + base.discriminator + "' of '" + base.definitionName + "' is not one of its properties");
      } else if (!settable(property.get().type)) {
        reporter.warning("DISCRIMINATOR_TYPE", property.get().origin,
            "discriminator '" + base.discriminator + "' of '" + base.definitionName + "' is neither a string nor an enum;"
                + " subtypes are read by its value but do not set it: callers must set it before sending one");
      }
      Map<String, ObjectDraft> byValue = new LinkedHashMap<>();
      if (base.discriminatorValue != null) {
        byValue.put(base.discriminatorValue, base);
      }
      for (ObjectDraft sub : hierarchy.descendants(base)) {
        if (sub.discriminatorValue == null) {
          sub.discriminatorValue = sub.definitionName;
        }
        if (!base.subtypes.contains(sub.id())) {
          base.subtypes.add(sub.id());
        }
        warnIfNotAnEnumValue(base, property, sub);
        ObjectDraft first = byValue.putIfAbsent(sub.discriminatorValue, sub);
        if (first != null) {
          reporter.warning("DISCRIMINATOR_VALUE_DUPLICATE", sub.origin,
              "'" + sub.definitionName + "' has the discriminator value '" + sub.discriminatorValue + "' of '"
                  + first.definitionName + "' (" + first.origin + "); a '" + base.definitionName
                  + "' with that value is read as '" + first.definitionName + "'");
        }
      }
    }
    for (ObjectDraft object : table.objects()) {
      warnAboutPolymorphicSecondBases(object);
    }
  }

  /** A closed enum discriminator that lacks a subtype's value: that subtype cannot be created. */
  private void warnIfNotAnEnumValue(ObjectDraft base, Optional<PropertyDraft> property, ObjectDraft sub) {
    Optional<EnumDraft> closed = property.flatMap(p -> table.enumOf(p.type)).filter(e -> !e.expandable);
    if (closed.isPresent() && closed.get().rawValues().stream().noneMatch(v -> v.equalsIgnoreCase(sub.discriminatorValue))) {
      reporter.warning("DISCRIMINATOR_VALUE_UNKNOWN", sub.origin,
          "the discriminator value '" + sub.discriminatorValue + "' of '" + sub.definitionName + "' is not a value of the"
              + " closed enum of '" + base.definitionName + "." + base.discriminator + "': creating one fails");
    }
  }

  private boolean settable(DraftType type) {
    if (table.enumOf(type).isPresent()) {
      return true;
    }
    return table.resolve(type) instanceof DraftType.Prim p
        && (p.kind() == PrimitiveKind.STRING || p.kind() == PrimitiveKind.ARM_ID);
  }

  private void warnAboutPolymorphicSecondBases(ObjectDraft object) {
    List<DraftType> bases = object.allOfRefs;
    for (int i = 1; i < bases.size(); i++) {
      Optional<ObjectDraft> base = table.objectOf(bases.get(i));
      if (base.isEmpty()) {
        continue;
      }
      Optional<ObjectDraft> polymorphic = hierarchy.ancestors(base.get()).stream()
          .filter(a -> a.discriminator != null).findFirst();
      if (base.get().discriminator != null) {
        polymorphic = base;
      }
      polymorphic.ifPresent(p -> reporter.warning("POLYMORPHIC_SECOND_BASE", object.origin,
          "'" + object.definitionName + "' lists the polymorphic '" + p.definitionName + "' as a second allOf base;"
              + " it extends only its first base, so a '" + p.definitionName + "' is never read as a '"
              + object.definitionName + "'"));
    }
  }
}

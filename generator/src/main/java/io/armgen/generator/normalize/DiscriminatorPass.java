package io.armgen.generator.normalize;

/**
 * Polymorphism: a base with {@code discriminator} lists every descendant as a subtype; each
 * descendant's value is {@code x-ms-discriminator-value}, else its definition name.
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
      boolean declared = hierarchy.effectiveProperties(base).stream().anyMatch(p -> p.wireName().equals(base.discriminator));
      if (!declared) {
        reporter.warning("DISCRIMINATOR_MISSING", base.origin,
            "discriminator '" + base.discriminator + "' of '" + base.definitionName + "' is not one of its properties");
      }
      for (ObjectDraft sub : hierarchy.descendants(base)) {
        if (sub.discriminatorValue == null) {
          sub.discriminatorValue = sub.definitionName;
        }
        if (!base.subtypes.contains(sub.id())) {
          base.subtypes.add(sub.id());
        }
      }
    }
  }
}

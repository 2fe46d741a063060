package io.armgen.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import io.armgen.generator.diagnostics.ClosestName;
import io.armgen.generator.load.LoadResult;
import io.armgen.generator.load.ResolvedRef;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Warns ({@code REQUIRED_UNKNOWN}) about a name in an object's {@code required} that is neither one
 * of its {@code properties} nor a property of its allOf parts (inline or by {@code $ref},
 * transitively): a typo there would otherwise leave the intended property optional, silently.
 */
final class RequiredNamesCheck {
  private final LoadResult loaded;
  private final Reporter reporter;

  RequiredNamesCheck(LoadResult loaded, Reporter reporter) {
    this.loaded = loaded;
    this.reporter = reporter;
  }

  void check(ResolvedRef site) {
    JsonNode required = site.node().get("required");
    if (required == null || !required.isArray() || required.isEmpty()) {
      return; // a non-array is reported where required is read
    }
    Set<String> known = new LinkedHashSet<>();
    collect(site, known, new HashSet<>());
    for (int i = 0; i < required.size(); i++) {
      JsonNode name = required.get(i);
      if (name.isTextual() && !known.contains(name.textValue())) {
        reporter.warning("REQUIRED_UNKNOWN", site.document(), Pointers.child(Pointers.child(site.pointer(), "required"), i),
            "'required' names '" + name.textValue() + "', which is not a property of this schema or of its allOf parts"
                + ClosestName.hint(name.textValue(), known));
      }
    }
  }

  /** The property names of {@code site} and of every allOf part it reaches. */
  private void collect(ResolvedRef site, Set<String> names, Set<SchemaId> seen) {
    if (!seen.add(SchemaId.of(site))) {
      return;
    }
    JsonNode properties = site.node().get("properties");
    if (properties != null && properties.isObject()) {
      for (Iterator<String> it = properties.fieldNames(); it.hasNext(); ) {
        names.add(it.next());
      }
    }
    JsonNode allOf = site.node().get("allOf");
    if (allOf == null || !allOf.isArray()) {
      return;
    }
    for (int i = 0; i < allOf.size(); i++) {
      JsonNode part = allOf.get(i);
      JsonNode ref = part.get("$ref");
      if (ref != null && ref.isTextual()) {
        loaded.resolve(site.document(), ref.textValue()).ifPresent(target -> collect(target, names, seen));
      } else if (part.isObject()) {
        collect(new ResolvedRef(site.document(), Pointers.child(Pointers.child(site.pointer(), "allOf"), i), part), names, seen);
      }
    }
  }
}

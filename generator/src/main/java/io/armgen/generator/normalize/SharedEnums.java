package io.armgen.generator.normalize;

import io.armgen.generator.model.EnumType;
import io.armgen.generator.model.SharedShape;
import io.armgen.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The shared enums of a run, one per shared property over enums. Services name the same enum
 * differently ({@code ConnectionStatus}, {@code PrivateEndpointServiceConnectionStatus}), so an enum
 * is found through the property it sits on and named after what most services call it (each service
 * counted once, whatever number of its api-versions take part, so adding a version never renames it).
 * A service whose property is a plain string joins as {@code String}: its common view converts by the
 * wire value.
 */
final class SharedEnums {
  private final String commonPackage;
  private final Set<String> objectNames;
  private final CommonNames javaNames;
  private final Function<String, String> serviceOfLabel;
  private final Map<String, SharedShape> shapes = new LinkedHashMap<>();

  /**
   * @param objectNames the concept names of the shared objects, which an enum concept must not take
   * @param serviceOfLabel the service name behind a service label
   */
  SharedEnums(String commonPackage, Collection<String> objectNames, CommonNames javaNames,
      Function<String, String> serviceOfLabel) {
    this.commonPackage = commonPackage;
    this.objectNames = new HashSet<>(objectNames);
    this.javaNames = javaNames;
    this.serviceOfLabel = serviceOfLabel;
  }

  /**
   * Records the enum behind {@code owner.property}.
   *
   * @return the shared enum's Java name in the common package
   */
  String add(String owner, String property, TypeUnifier.EnumUnion union,
      BiFunction<String, TypeRef, EnumType> enumOf) {
    List<SharedShape.Variant> joined = new ArrayList<>();
    Map<String, Set<String>> servicesByName = new TreeMap<>();
    String description = "";
    for (TypeUnifier.Slot s : union.enumSlots()) {
      EnumType e = enumOf.apply(s.service(), s.type());
      joined.add(new SharedShape.Variant(s.service(), e.name(), Map.of()));
      servicesByName.computeIfAbsent(e.name(), k -> new HashSet<>()).add(serviceOfLabel.apply(s.service()));
      description = description.isEmpty() && e.description() != null ? e.description() : description;
    }
    String via = owner + "." + property;
    // a plain string takes part by its wire value: the service's common view converts
    union.stringSlots().forEach(slot -> joined.add(new SharedShape.Variant(slot.service(), "String", Map.of())));
    String name = servicesByName.entrySet().stream()
        .max(Comparator.comparing((Map.Entry<String, Set<String>> e) -> e.getValue().size())
            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .orElseThrow().getKey();
    SharedShape same = shapes.get(name);
    if (same != null && same.joined().equals(joined)) {
      Set<String> values = new LinkedHashSet<>(same.knownValues());
      values.addAll(union.values());
      shapes.put(name, new SharedShape(name, same.javaName(), SharedShape.Kind.ENUM, commonPackage, same.description(),
          same.matchedBy() + ", " + via, List.of(), List.copyOf(values), joined, List.of()));
      return same.javaName();
    }
    if (same != null || objectNames.contains(name)) {
      String base = owner + Character.toUpperCase(property.charAt(0)) + property.substring(1);
      name = base;
      for (int i = 2; shapes.containsKey(name) || objectNames.contains(name); i++) {
        name = base + i;
      }
    }
    String javaName = javaNames.allocate(name);
    shapes.put(name, new SharedShape(name, javaName, SharedShape.Kind.ENUM, commonPackage, description, via, List.of(),
        union.values(), joined, List.of()));
    return javaName;
  }

  List<SharedShape> shapes() {
    return List.copyOf(shapes.values());
  }
}

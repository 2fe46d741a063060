package io.armgen.generator.normalize;

import io.armgen.generator.model.EnumType;
import io.armgen.generator.model.ObjectType;
import io.armgen.generator.model.OperationGroup;
import io.armgen.generator.model.Service;
import io.armgen.generator.model.SharedShape;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The simple names of the common package: {@code Common<Concept>}, e.g.
 * {@code CommonPrivateEndpointConnection} for the concept every service calls
 * {@code PrivateEndpointConnection}. A service's own type keeps the spec's name, so the two can
 * never be taken for each other, and an IDE's auto-import offers the shared type only to whoever
 * types {@code Common}. A name that a type of some service of the run already has (or that another
 * shared type took) gets a number: {@code Common<Concept>2}.
 *
 * <p>Each model that joins a shape gets a private nested {@code <name>View} class; that name is
 * kept free too, so the nested class never hides a model of the service.
 */
final class CommonNames {
  static final String PREFIX = "Common";

  private final Set<String> taken = new HashSet<>();

  CommonNames(List<Service> services) {
    taken.add(SharedShape.VALUES_CLASS);
    for (Service service : services) {
      service.objects().stream().map(ObjectType::name).forEach(taken::add);
      service.enums().stream().map(EnumType::name).forEach(taken::add);
      service.groups().stream().map(OperationGroup::name).forEach(g -> taken.add(g + "Client"));
    }
  }

  /** A new name for {@code concept}, taken from now on. */
  String allocate(String concept) {
    String base = PREFIX + concept;
    String name = base;
    for (int n = 2; taken.contains(name) || taken.contains(name + "View"); n++) {
      name = base + n;
    }
    taken.add(name);
    taken.add(name + "View");
    return name;
  }
}

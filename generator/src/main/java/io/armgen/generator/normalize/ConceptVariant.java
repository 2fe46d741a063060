package io.armgen.generator.normalize;

import io.armgen.generator.model.ObjectType;
import io.armgen.generator.model.Property;
import io.armgen.generator.model.Service;
import io.armgen.generator.model.SourceLocation;
import io.armgen.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One service's object type as a candidate for a shared shape: its properties by Java name, the
 * inherited ones included (a generated base class's, and {@code id}/{@code name}/{@code type}/...
 * of a runtime ARM base), because a shared interface is implemented by the class as a whole.
 *
 * @param serviceLabel the service as shared shapes name it ({@link io.armgen.generator.model.ServiceLabels})
 * @param ancestors the names of the service's types this one extends, nearest first
 */
record ConceptVariant(Service service, String serviceLabel, ObjectType type, Map<String, Property> properties,
    List<String> ancestors) {
  private static final String RESOURCE = "io.armgen.runtime.arm.Resource";
  private static final String PROXY_RESOURCE = "io.armgen.runtime.arm.ProxyResource";
  private static final String TRACKED_RESOURCE = "io.armgen.runtime.arm.TrackedResource";

  /**
   * Names no shared accessor may take: methods every model has already, and names the model
   * writer renames.
   */
  static final Set<String> RESERVED = Set.of("validate", "toString", "hashCode", "equals", "getClass",
      "toJsonString", "toJson", "notify", "notifyAll", "wait", "clone", "finalize", "initDiscriminator",
      "additionalProperties");

  /** The view of {@code type}, properties in declaration order, inherited ones first. */
  static ConceptVariant of(Service service, String serviceLabel, ObjectType type) {
    Map<String, ObjectType> objects = new LinkedHashMap<>();
    service.objects().forEach(o -> objects.putIfAbsent(o.name(), o));
    List<ObjectType> chain = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    ObjectType current = type;
    while (current != null && seen.add(current.name())) {
      chain.add(0, current);
      current = current.parent().filter(p -> p instanceof TypeRef.Named)
          .map(p -> objects.get(((TypeRef.Named) p).name())).orElse(null);
    }
    Map<String, Property> properties = new LinkedHashMap<>();
    Optional<TypeRef> top = chain.get(0).parent();
    if (top.isPresent() && top.get() instanceof TypeRef.Runtime r) {
      runtimeProperties(r.className(), type.origin()).forEach(p -> properties.put(p.javaName(), p));
    }
    Set<String> fromRuntime = Set.copyOf(properties.keySet());
    for (ObjectType level : chain) {
      for (Property p : level.properties()) {
        // the model writer renames a property that collides with a runtime accessor or a reserved
        // method; neither can be a shared accessor under its own name
        if (!fromRuntime.contains(p.javaName()) && !RESERVED.contains(p.javaName())) {
          properties.putIfAbsent(p.javaName(), p);
        }
      }
    }
    List<String> ancestors = new ArrayList<>();
    for (int i = chain.size() - 2; i >= 0; i--) {
      ancestors.add(chain.get(i).name());
    }
    return new ConceptVariant(service, serviceLabel, type, properties, List.copyOf(ancestors));
  }

  String label() {
    return serviceLabel + "'s " + type.name();
  }

  private static List<Property> runtimeProperties(String className, SourceLocation origin) {
    List<Property> result = new ArrayList<>();
    if (!className.equals(RESOURCE) && !className.equals(PROXY_RESOURCE) && !className.equals(TRACKED_RESOURCE)) {
      return result;
    }
    TypeRef string = TypeRef.of(TypeRef.PrimitiveKind.STRING);
    result.add(new Property(List.of("id"), "id", string, false, true, false, "The resource's ARM id.", origin));
    result.add(new Property(List.of("name"), "name", string, false, true, false, "The resource's name.", origin));
    result.add(new Property(List.of("type"), "type", string, false, true, false, "The resource's ARM type.", origin));
    result.add(new Property(List.of("systemData"), "systemData", new TypeRef.Runtime("io.armgen.runtime.arm.SystemData"),
        false, true, false, "Creation and last-modification metadata.", origin));
    if (className.equals(TRACKED_RESOURCE)) {
      result.add(new Property(List.of("location"), "location", string, true, false, false,
          "The geo-location where the resource lives.", origin));
      result.add(new Property(List.of("tags"), "tags", new TypeRef.MapOf(string), false, false, false,
          "Resource tags.", origin));
    }
    return result;
  }
}

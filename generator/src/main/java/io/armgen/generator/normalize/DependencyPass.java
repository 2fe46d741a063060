package io.armgen.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import io.armgen.generator.load.LoadResult;
import io.armgen.generator.load.SpecDocument;
import io.armgen.generator.model.Dependency;
import io.armgen.generator.model.Dependency.Evidence;
import io.armgen.generator.model.Dependency.Mutability;
import io.armgen.generator.model.ObjectType;
import io.armgen.generator.model.Property;
import io.armgen.generator.model.ResourceType;
import io.armgen.generator.model.SourceLocation;
import io.armgen.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds what each resource type depends on. Parents come from the id template (the resource
 * group, then every {@code type/{name}} pair before the resource's own). References come from the
 * properties of the resource's model, walked through nested objects and arrays: a string with
 * {@code format: arm-id}, a property with {@code x-ms-arm-id-details}, or an object whose only
 * writable property is {@code id}. Mutability is read from {@code readOnly} and
 * {@code x-ms-mutability} of the property and the properties enclosing it.
 */
final class DependencyPass {
  private static final String RESOURCE_GROUP_TYPE = "Microsoft.Resources/resourceGroups";

  private final Map<String, SpecDocument> documents = new HashMap<>();

  DependencyPass(LoadResult loaded) {
    for (SpecDocument doc : loaded.documents().values()) {
      documents.putIfAbsent(doc.displayName(), doc);
    }
  }

  List<Dependency> dependencies(List<ResourceType> resources, List<ObjectType> objects) {
    Map<String, ObjectType> byName = new LinkedHashMap<>();
    objects.forEach(o -> byName.putIfAbsent(o.name(), o));
    List<Dependency> out = new ArrayList<>();
    for (ResourceType resource : resources) {
      out.addAll(parents(resource, resources));
      ObjectType model = resource.modelType() == null ? null : byName.get(resource.modelType());
      if (model != null) {
        Walk walk = new Walk(resource, byName);
        walk.object(model, List.of(), false, Mutability.UPDATABLE, new HashSet<>());
        out.addAll(walk.found.values());
      }
    }
    return out;
  }

  private static List<Dependency> parents(ResourceType resource, List<ResourceType> all) {
    List<Dependency> out = new ArrayList<>();
    List<ResourceType.Segment> segments = resource.segments();
    if (segments.size() > 1) {
      out.add(parent(resource, "ResourceGroup", RESOURCE_GROUP_TYPE, segments.get(1)));
    }
    String namespace = resource.type().substring(0, Math.max(0, resource.type().indexOf('/')));
    StringBuilder type = new StringBuilder(namespace);
    for (int i = 2; i < segments.size() - 1; i++) {
      ResourceType.Segment s = segments.get(i);
      type.append('/').append(s.key());
      String parentType = type.toString();
      String name = all.stream().filter(r -> r.type().equalsIgnoreCase(parentType)).map(ResourceType::name)
          .findFirst().orElse(ResourcePass.singular(JavaNames.typeName(s.key())));
      out.add(parent(resource, name, parentType, s));
    }
    return out;
  }

  private static Dependency parent(ResourceType resource, String name, String type, ResourceType.Segment s) {
    return new Dependency(resource.name(), Dependency.Kind.PARENT, name, Optional.of(type), s.variable(),
        Mutability.CREATE_ONLY, Evidence.PATH, Optional.empty());
  }

  /** One resource's walk over its model; references found are keyed by their wire path. */
  private final class Walk {
    final ResourceType resource;
    final Map<String, ObjectType> objects;
    final Map<String, Dependency> found = new LinkedHashMap<>();

    Walk(ResourceType resource, Map<String, ObjectType> objects) {
      this.resource = resource;
      this.objects = objects;
    }

    void object(ObjectType type, List<String> prefix, boolean inArray, Mutability outer, Set<String> visiting) {
      if (!visiting.add(type.name())) {
        return;
      }
      for (ObjectType declaring : chain(type)) {
        for (Property p : declaring.properties()) {
          if (prefix.isEmpty() && p.wirePath().equals(List.of("id"))) {
            continue; // the resource's own id
          }
          List<String> path = new ArrayList<>(prefix);
          path.addAll(p.wirePath());
          property(declaring, p, path, inArray, narrower(outer, mutability(p)), visiting);
        }
      }
      visiting.remove(type.name());
    }

    private void property(ObjectType declaring, Property p, List<String> path, boolean inArray, Mutability m,
        Set<String> visiting) {
      TypeRef type = p.type();
      boolean array = false;
      if (type instanceof TypeRef.ArrayOf a) {
        type = a.items();
        array = true;
        path = new ArrayList<>(path);
        path.set(path.size() - 1, path.get(path.size() - 1) + "[]");
      }
      boolean elementOfArray = inArray || array;
      Optional<JsonNode> details = armIdDetails(p.origin());
      if (isIdString(type) && (details.isPresent() || isArmId(type))) {
        Optional<String> target = details.flatMap(DependencyPass::allowedType).or(() -> WellKnownTargets.typeOf(p.wireName()));
        add(path, target, WellKnownTargets.stem(p.wireName()), m, details.isPresent() ? Evidence.ARM_ID_DETAILS : Evidence.ARM_ID_FORMAT,
            elementOfArray ? null : new Dependency.Holder(declaring.name(), p.javaName(), Optional.empty()));
        return;
      }
      if (!(type instanceof TypeRef.Named n) || !objects.containsKey(n.name())) {
        return;
      }
      ObjectType target = objects.get(n.name());
      Optional<Property> id = idOnly(target);
      if (id.isPresent()) {
        List<String> idPath = new ArrayList<>(path);
        idPath.add("id");
        Optional<JsonNode> idDetails = armIdDetails(id.get().origin()).or(() -> details);
        Optional<String> targetType = idDetails.flatMap(DependencyPass::allowedType)
            .or(() -> WellKnownTargets.typeOf(p.wireName()))
            .or(() -> WellKnownTargets.typeOf(target.name()));
        add(idPath, targetType, p.wireName(), narrower(m, mutability(id.get())),
            idDetails.isPresent() ? Evidence.ARM_ID_DETAILS : Evidence.ID_OBJECT,
            elementOfArray ? null : new Dependency.Holder(declaring.name(), p.javaName(), Optional.of(id.get().javaName())));
        return;
      }
      object(target, path, elementOfArray, m, visiting);
    }

    private void add(List<String> path, Optional<String> targetType, String propertyName, Mutability m, Evidence evidence,
        Dependency.Holder holder) {
      String via = String.join(".", path);
      String name = targetType.map(DependencyPass::nameOfType).orElse(JavaNames.typeName(WellKnownTargets.stem(propertyName)));
      found.putIfAbsent(via, new Dependency(resource.name(), Dependency.Kind.REFERENCE, name, targetType, via, m,
          evidence, Optional.ofNullable(holder)));
    }

    /** {@code type} and its generated ancestors, the type itself first. */
    private List<ObjectType> chain(ObjectType type) {
      List<ObjectType> chain = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      ObjectType current = type;
      while (current != null && seen.add(current.name())) {
        chain.add(current);
        current = current.parent().filter(p -> p instanceof TypeRef.Named)
            .map(p -> objects.get(((TypeRef.Named) p).name())).orElse(null);
      }
      return chain;
    }
  }

  /**
   * The {@code id} property of an object that is nothing but a reference: {@code id} (a string) is
   * its only property that the caller may set. Objects with a base class or free-form keys are
   * more than a reference.
   */
  static Optional<Property> idOnly(ObjectType type) {
    if (type.parent().isPresent() || type.additionalProperties().isPresent()) {
      return Optional.empty();
    }
    Optional<Property> id = type.properties().stream().filter(p -> p.wirePath().equals(List.of("id"))).findFirst();
    boolean othersReadOnly = type.properties().stream().filter(p -> !p.wirePath().equals(List.of("id")))
        .allMatch(Property::readOnly);
    return id.filter(p -> isIdString(p.type())).filter(p -> othersReadOnly);
  }

  private static boolean isIdString(TypeRef type) {
    return type instanceof TypeRef.Primitive p
        && (p.kind() == TypeRef.PrimitiveKind.STRING || p.kind() == TypeRef.PrimitiveKind.ARM_ID);
  }

  private static boolean isArmId(TypeRef type) {
    return type instanceof TypeRef.Primitive p && p.kind() == TypeRef.PrimitiveKind.ARM_ID;
  }

  /** The stricter of two mutabilities: read-only beats create-only beats updatable. */
  private static Mutability narrower(Mutability a, Mutability b) {
    return a.ordinal() <= b.ordinal() ? a : b;
  }

  private Mutability mutability(Property p) {
    if (p.readOnly()) {
      return Mutability.READ_ONLY;
    }
    JsonNode values = raw(p.origin()).map(n -> n.path("x-ms-mutability")).orElse(null);
    if (values == null || !values.isArray()) {
      return Mutability.UPDATABLE;
    }
    boolean update = false;
    boolean create = false;
    for (JsonNode v : values) {
      update |= "update".equals(v.asText());
      create |= "create".equals(v.asText());
    }
    return update ? Mutability.UPDATABLE : create ? Mutability.CREATE_ONLY : Mutability.READ_ONLY;
  }

  private Optional<JsonNode> armIdDetails(SourceLocation origin) {
    return raw(origin).map(n -> n.get("x-ms-arm-id-details")).filter(JsonNode::isObject);
  }

  /** The property's own schema node in its document (before {@code $ref}s are followed). */
  private Optional<JsonNode> raw(SourceLocation origin) {
    if (origin == null || origin.pointer() == null) {
      return Optional.empty();
    }
    SpecDocument doc = documents.get(origin.file());
    if (doc == null) {
      return Optional.empty();
    }
    JsonNode node = doc.root().at(origin.pointer());
    return node.isMissingNode() ? Optional.empty() : Optional.of(node);
  }

  /** The first {@code allowedResources[].type} of {@code x-ms-arm-id-details}. */
  private static Optional<String> allowedType(JsonNode details) {
    for (JsonNode allowed : details.path("allowedResources")) {
      String type = allowed.path("type").asText("");
      if (!type.isBlank()) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  /** {@code Microsoft.Network/privateEndpoints} -> {@code PrivateEndpoint}. */
  static String nameOfType(String type) {
    String last = type.substring(type.lastIndexOf('/') + 1);
    return ResourcePass.singular(JavaNames.typeName(last));
  }
}

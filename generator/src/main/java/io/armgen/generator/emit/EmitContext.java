package io.armgen.generator.emit;

import io.armgen.generator.model.EnumType;
import io.armgen.generator.model.ObjectType;
import io.armgen.generator.model.Service;
import io.armgen.generator.model.SharedShape;
import io.armgen.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What every emitter of one service needs besides the type it is writing: the service, its
 * {@link TypeNames}, and lookups of the service's named types (is a {@link TypeRef.Named} an enum,
 * a closed enum or an object; which objects extend which).
 *
 * <p>Built once per service and shared by the model, enum and client writers. Lookups are by Java
 * simple name, as {@link TypeRef.Named} refers to types. Iteration orders follow the service's
 * lists, so everything derived from them is deterministic.
 */
final class EmitContext {
  private final Service service;
  private final TypeNames names;
  private final Map<String, ObjectType> objects = new LinkedHashMap<>();
  private final Map<String, EnumType> enums = new LinkedHashMap<>();
  /** Type name -> every object that has it among its ancestors, in service order; built once (O(n * depth)). */
  private final Map<String, List<ObjectType>> descendantsByName = new java.util.HashMap<>();
  private final List<SharedShape> sharedShapes;
  private final String serviceLabel;

  public EmitContext(Service service) {
    this(service, List.of(), service.name());
  }

  /**
   * A context that also knows the run's shared shapes, so writers can implement their interfaces.
   *
   * @param serviceLabel how the shared shapes name this service ({@link io.armgen.generator.model.ServiceLabels})
   */
  public EmitContext(Service service, List<SharedShape> sharedShapes, String serviceLabel) {
    this.service = service;
    this.serviceLabel = serviceLabel;
    this.sharedShapes = sharedShapes.stream().filter(SharedShape::isShared).toList();
    this.names = new TypeNames(service);
    for (ObjectType object : service.objects()) {
      objects.putIfAbsent(object.name(), object);
    }
    for (EnumType e : service.enums()) {
      enums.putIfAbsent(e.name(), e);
    }
    for (ObjectType candidate : service.objects()) {
      for (ObjectType ancestor : ancestors(candidate)) {
        descendantsByName.computeIfAbsent(ancestor.name(), k -> new ArrayList<>()).add(candidate);
      }
    }
  }

  public Service service() {
    return service;
  }

  /** How the shared shapes name this service: its name, or with its version when the run has several. */
  public String serviceLabel() {
    return serviceLabel;
  }

  public TypeNames names() {
    return names;
  }

  /** The emitted shared shapes of the run (empty when shared shapes are off). */
  public List<SharedShape> sharedShapes() {
    return sharedShapes;
  }

  /** The shared shape of {@code kind} that this service's {@code typeName} joined, if any. */
  public Optional<SharedShape> sharedShapeOf(SharedShape.Kind kind, String typeName) {
    return sharedShapes.stream()
        .filter(s -> s.kind() == kind && s.variantOf(serviceLabel).filter(v -> v.typeName().equals(typeName)).isPresent())
        .findFirst();
  }

  /** The emitted shared shape whose simple name in the common package is {@code javaName}, if any. */
  public Optional<SharedShape> sharedShape(String javaName) {
    return sharedShapes.stream().filter(s -> s.javaName().equals(javaName)).findFirst();
  }

  /** The object type with Java simple name {@code name}, if the service has one. */
  public Optional<ObjectType> object(String name) {
    return Optional.ofNullable(objects.get(name));
  }

  /** The enum with Java simple name {@code name}, if the service has one. */
  public Optional<EnumType> enumType(String name) {
    return Optional.ofNullable(enums.get(name));
  }

  public boolean isObject(String name) {
    return objects.containsKey(name);
  }

  /** True for open and closed enums alike. */
  public boolean isEnum(String name) {
    return enums.containsKey(name);
  }

  /** A Java {@code enum} that rejects unknown values. */
  public boolean isClosedEnum(String name) {
    EnumType e = enums.get(name);
    return e != null && !e.expandable();
  }

  /** A value class that keeps unknown values. */
  public boolean isExpandableEnum(String name) {
    EnumType e = enums.get(name);
    return e != null && e.expandable();
  }

  /** {@link #isEnum} as a predicate, the form {@link JsonReaderCode} takes. */
  public Predicate<String> enumPredicate() {
    return this::isEnum;
  }

  /** The generated parent of {@code type}, when its parent is a model of this service. */
  public Optional<ObjectType> parentObject(ObjectType type) {
    if (type.parent().isPresent() && type.parent().get() instanceof TypeRef.Named n) {
      return object(n.name());
    }
    return Optional.empty();
  }

  /**
   * The generated ancestors of {@code type}, nearest first; stops at a runtime base class. A
   * (malformed) cycle ends the walk instead of looping.
   */
  public List<ObjectType> ancestors(ObjectType type) {
    List<ObjectType> chain = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    seen.add(type.name());
    Optional<ObjectType> next = parentObject(type);
    while (next.isPresent() && seen.add(next.get().name())) {
      chain.add(next.get());
      next = parentObject(next.get());
    }
    return chain;
  }

  /**
   * The runtime class at the top of {@code type}'s chain of generated parents (e.g.
   * {@code io.armgen.runtime.arm.TrackedResource}), if the chain ends in one.
   */
  public Optional<String> runtimeBase(ObjectType type) {
    List<ObjectType> chain = ancestors(type);
    ObjectType top = chain.isEmpty() ? type : chain.get(chain.size() - 1);
    if (top.parent().isPresent() && top.parent().get() instanceof TypeRef.Runtime r) {
      return Optional.of(r.className());
    }
    return Optional.empty();
  }

  /**
   * Every object whose chain of parents includes {@code type}, in service order. Names in
   * {@link ObjectType#subtypes()} that do not actually extend {@code type} are not included: in Java
   * they are not assignable to it.
   */
  public List<ObjectType> descendants(ObjectType type) {
    return List.copyOf(descendantsByName.getOrDefault(type.name(), List.of()));
  }

  /** True when some object extends {@code type}: it must not be final. */
  public boolean hasDescendants(ObjectType type) {
    return !type.subtypes().isEmpty() || !descendants(type).isEmpty();
  }
}

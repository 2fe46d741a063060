package io.armgen.generator.normalize;

import io.armgen.generator.model.EnumType;
import io.armgen.generator.model.Property;
import io.armgen.generator.model.Service;
import io.armgen.generator.model.ServiceLabels;
import io.armgen.generator.model.SharedShape;
import io.armgen.generator.model.SourceLocation;
import io.armgen.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Runs after every service of the run is normalised: finds the concepts several services define
 * alike ({@link ConceptGroups}) and decides, by shape, which variants join a shared shape
 * ({@link TypeUnifier} for each property). A variant whose property types conflict with the others',
 * or which has too few of their properties, is left out and reported (INFO {@code SHARED_SHAPE_EXCLUDED}),
 * never forced. Enums are matched through the property they sit on, since services name them
 * differently; operation groups through the shared object they serve ({@link SharedOperationsMatcher}).
 *
 * <p>The newest api-version of each service decides what a concept shares. An older version joins
 * only when it has every member that shape offers, alike (same type, settable where it is), so
 * adding an older version to a run never takes a member away from the common interfaces.
 */
final class SharedShapePass {
  private final Reporter reporter;
  private final Map<String, List<ConceptVariant>> groups = new LinkedHashMap<>();
  private final Map<String, String> groupOf = new HashMap<>();
  private final Map<String, String> javaNames = new HashMap<>();
  private final Map<String, Resolution> resolved = new HashMap<>();
  private final Set<String> resolving = new HashSet<>();
  private final TypeUnifier unifier;
  private List<Service> services = List.of();
  private ServiceLabels labels = new ServiceLabels(List.of());

  SharedShapePass(Reporter reporter) {
    this.reporter = reporter;
    this.unifier = new TypeUnifier(new Types());
  }

  /** What became of one candidate group. */
  private record Resolution(String name, List<ConceptVariant> joined, List<SharedShape.Excluded> excluded,
      Map<String, TypeUnifier.Outcome> members) {}

  /** How a shared member looks to its users: its type (null: a shared enum) and whether it can be set. */
  private record Exposed(TypeRef type, boolean readOnly) {}

  /** The shared shapes of {@code services}: emitted ones and, for the report, those nobody joined. */
  List<SharedShape> run(List<Service> services, NormalizeOptions options) {
    if (options.sharedShapes() == SharedShapesMode.OFF) {
      return List.of();
    }
    // several api-versions of one service are one service: alone they share nothing
    if (services.stream().map(Service::name).distinct().count() < 2) {
      report(List.of(), options);
      return List.of();
    }
    this.services = services;
    this.labels = new ServiceLabels(services);
    CommonNames names = new CommonNames(services);
    for (List<ConceptVariant> group : ConceptGroups.of(services, labels)) {
      String name = ConceptGroups.name(group);
      groups.put(name, group);
      javaNames.put(name, names.allocate(name));
      group.forEach(v -> groupOf.put(key(v.serviceLabel(), v.type().name()), name));
    }
    String commonPackage = options.packagePrefix() + ".common";
    SharedEnums enums = new SharedEnums(commonPackage, groups.keySet(), names,
        label -> labels.service(label).orElseThrow().name());
    List<SharedShape> shapes = new ArrayList<>();
    for (String name : groups.keySet()) {
      Resolution r = resolve(name);
      shapes.add(objectShape(r, commonPackage, enums));
    }
    shapes.addAll(enums.shapes());
    List<SharedShape> objects = shapes.stream().filter(s -> s.kind() == SharedShape.Kind.OBJECT).toList();
    shapes.addAll(new SharedOperationsMatcher(labels, objects, names).match());
    shapes.sort(Comparator.comparing(SharedShape::kind).thenComparing(SharedShape::name));
    report(shapes, options);
    return shapes;
  }

  private Resolution resolve(String name) {
    Resolution done = resolved.get(name);
    if (done != null || !resolving.add(name)) {
      return done;
    }
    List<ConceptVariant> group = groups.get(name);
    List<ConceptVariant> leads = ApiVersionOrder.newestOfEachService(group);
    // by identity: a variant's record equality would hash its whole service
    Map<ConceptVariant, Integer> partners = new IdentityHashMap<>();
    for (ConceptVariant a : leads) {
      for (ConceptVariant b : leads) {
        if (a != b && misfit(List.of(a), b).isEmpty()) {
          partners.merge(a, sharedCount(List.of(a, b)), Integer::sum);
        }
      }
    }
    // the newest versions decide the shape: the one that shares the most with the others seeds it;
    // then the group's own name; then run order. Older versions come after them, newest first.
    List<ConceptVariant> order = new ArrayList<>(leads);
    order.sort(Comparator.<ConceptVariant>comparingInt(v -> -partners.getOrDefault(v, 0))
        .thenComparing(v -> v.type().name().equals(name) ? 0 : 1)
        .thenComparingInt(v -> services.indexOf(v.service())));
    Set<ConceptVariant> isLead = Collections.newSetFromMap(new IdentityHashMap<>());
    isLead.addAll(leads);
    List<ConceptVariant> older = group.stream().filter(v -> !isLead.contains(v))
        .sorted(Comparator.comparing(ApiVersionOrder::apiVersion, ApiVersionOrder.OLDEST_FIRST.reversed())
            .thenComparingInt(v -> services.indexOf(v.service())))
        .toList();
    order.addAll(older);
    List<ConceptVariant> joined = new ArrayList<>();
    List<SharedShape.Excluded> excluded = new ArrayList<>();
    for (ConceptVariant candidate : order) {
      Optional<String> reason = joinedAncestor(name, candidate);
      if (reason.isEmpty() && !joined.isEmpty()) {
        reason = misfit(joined, candidate);
      }
      if (reason.isEmpty() && !isLead.contains(candidate)) {
        reason = narrows(joined, candidate);
      }
      if (reason.isPresent()) {
        excluded.add(new SharedShape.Excluded(candidate.serviceLabel(), candidate.type().name(), reason.get()));
      } else {
        joined.add(candidate);
      }
    }
    // the newest versions first, so the members keep their order and their descriptions when an
    // older version joins
    joined.sort(Comparator.comparingInt((ConceptVariant v) -> isLead.contains(v) ? 0 : 1)
        .thenComparingInt(v -> services.indexOf(v.service())));
    Map<String, TypeUnifier.Outcome> members = new LinkedHashMap<>();
    if (joined.stream().map(v -> v.service().name()).distinct().count() >= 2) {
      for (String property : commonNames(joined)) {
        members.put(property, unifier.unify(slots(joined, property)));
      }
    } else {
      excluded.addAll(0, joined.stream().map(v -> new SharedShape.Excluded(v.serviceLabel(), v.type().name(),
          "no other service's definition fits it")).toList());
      joined.clear();
    }
    Resolution r = new Resolution(name, joined, excluded, members);
    resolving.remove(name);
    resolved.put(name, r);
    return r;
  }

  /**
   * Why {@code v} cannot join the concept {@code name} because a base class of it joined another
   * shape: a model has one common view ({@code asCommon()}), so a class and its base class cannot
   * offer two unrelated ones.
   */
  private Optional<String> joinedAncestor(String name, ConceptVariant v) {
    for (String ancestor : v.ancestors()) {
      String group = groupOf.get(key(v.serviceLabel(), ancestor));
      Resolution r = group == null || group.equals(name) ? null : resolve(group);
      if (r != null && r.joined().stream().anyMatch(j -> j.service() == v.service() && j.type().name().equals(ancestor))) {
        return Optional.of("its base class " + ancestor + " joined the shared shape " + group
            + ", and a model offers one common view");
      }
    }
    return Optional.empty();
  }

  /** Why {@code candidate} cannot join {@code joined}, or empty when it can. */
  private Optional<String> misfit(List<ConceptVariant> joined, ConceptVariant candidate) {
    for (ConceptVariant v : joined) {
      if (v.service() == candidate.service()) {
        return Optional.of("another definition of " + v.serviceLabel() + ", " + v.type().name() + ", joined");
      }
    }
    List<String> shared = commonNames(joined);
    List<String> common = shared.stream().filter(candidate.properties()::containsKey).toList();
    int larger = Math.max(shared.size(), candidate.properties().size());
    if (common.isEmpty() || common.size() * 2 < larger) {
      return Optional.of("it has only " + common.size() + " of the shared shape's " + shared.size()
          + " properties (and " + candidate.properties().size() + " of its own)");
    }
    List<ConceptVariant> together = new ArrayList<>(joined);
    together.add(candidate);
    for (String property : common) {
      if (unifier.unify(slots(together, property)) instanceof TypeUnifier.Conflict c) {
        if (c.hard()) {
          return Optional.of("property " + property + " does not fit: " + c.reason());
        }
        if (joined.size() >= 2 && unifier.unify(slots(joined, property)) instanceof TypeUnifier.Unified) {
          return Optional.of("property " + property + " would no longer be shared: " + c.reason());
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Why the older version {@code candidate} would take a member away from the shape {@code joined}
   * offers, or change one, or empty when it keeps every member as it is.
   */
  private Optional<String> narrows(List<ConceptVariant> joined, ConceptVariant candidate) {
    Map<String, Exposed> before = exposed(joined);
    List<ConceptVariant> together = new ArrayList<>(joined);
    together.add(candidate);
    Map<String, Exposed> after = exposed(together);
    for (Map.Entry<String, Exposed> member : before.entrySet()) {
      String property = member.getKey();
      Exposed with = after.get(property);
      if (!candidate.properties().containsKey(property)) {
        return Optional.of("it has no " + property + ", which the newest versions share (an older api-version joins"
            + " only with every shared member)");
      }
      if (with == null || !Objects.equals(with.type(), member.getValue().type())) {
        return Optional.of("its " + property + " does not fit the shared member the newest versions have");
      }
      if (with.readOnly() != member.getValue().readOnly()) {
        return Optional.of("its " + property + " is read-only, which would take the setter away from the shared member");
      }
    }
    return Optional.empty();
  }

  /** The members {@code variants} would share, by property. */
  private Map<String, Exposed> exposed(List<ConceptVariant> variants) {
    Map<String, Exposed> members = new LinkedHashMap<>();
    for (String property : commonNames(variants)) {
      if (unifier.unify(slots(variants, property)) instanceof TypeUnifier.Unified u) {
        boolean readOnly = variants.stream().map(v -> v.properties().get(property))
            .anyMatch(p -> p.readOnly() || p.isConstant());
        members.put(property, new Exposed(u.type(), readOnly));
      }
    }
    return members;
  }

  /** How many properties {@code variants} would share. */
  private int sharedCount(List<ConceptVariant> variants) {
    return (int) commonNames(variants).stream()
        .filter(n -> unifier.unify(slots(variants, n)) instanceof TypeUnifier.Unified)
        .count();
  }

  /** The property names every variant has, in the first variant's order. */
  private static List<String> commonNames(List<ConceptVariant> variants) {
    return variants.get(0).properties().keySet().stream()
        .filter(n -> variants.stream().allMatch(v -> v.properties().containsKey(n)))
        .toList();
  }

  private static List<TypeUnifier.Slot> slots(List<ConceptVariant> variants, String property) {
    return variants.stream()
        .map(v -> new TypeUnifier.Slot(v.serviceLabel(), v.properties().get(property).type()))
        .toList();
  }

  private SharedShape objectShape(Resolution r, String commonPackage, SharedEnums enums) {
    List<SharedShape.Member> members = new ArrayList<>();
    for (Map.Entry<String, TypeUnifier.Outcome> e : r.members().entrySet()) {
      if (!(e.getValue() instanceof TypeUnifier.Unified u)) {
        continue;
      }
      String javaName = e.getKey();
      List<Property> variants = r.joined().stream().map(v -> v.properties().get(javaName)).toList();
      TypeRef type = u.type();
      if (u.enums().isPresent()) {
        String enumName = enums.add(r.name(), javaName, u.enums().get(), this::enumOf);
        type = type == null ? new TypeRef.Named(enumName) : type;
      }
      // a constant has no setter in its model either
      boolean readOnly = variants.stream().anyMatch(p -> p.readOnly() || p.isConstant());
      Optional<String> setter = readOnly ? Optional.empty()
          : Optional.of("with" + Character.toUpperCase(javaName.charAt(0)) + javaName.substring(1));
      members.add(new SharedShape.Member(javaName, setter, type, variants.get(0).description()));
    }
    List<SharedShape.Variant> joined = r.joined().stream()
        .map(v -> new SharedShape.Variant(v.serviceLabel(), v.type().name(), Map.of()))
        .toList();
    String description = r.joined().isEmpty() ? "" : r.joined().get(0).type().description();
    return new SharedShape(r.name(), javaNames.get(r.name()), SharedShape.Kind.OBJECT, commonPackage, description,
        "same name", members,
        List.of(), joined, r.excluded());
  }

  private EnumType enumOf(String serviceLabel, TypeRef type) {
    if (!(type instanceof TypeRef.Named n)) {
      return null;
    }
    return labels.service(serviceLabel)
        .flatMap(s -> s.enums().stream().filter(e -> e.name().equals(n.name())).findFirst())
        .orElse(null);
  }

  private void report(List<SharedShape> shapes, NormalizeOptions options) {
    for (SharedShape shape : shapes) {
      if (shape.kind() != SharedShape.Kind.OBJECT) {
        continue;
      }
      for (SharedShape.Excluded x : shape.excluded()) {
        reporter.info("SHARED_SHAPE_EXCLUDED", originOf(x),
            x.service() + "'s " + x.typeName() + " does not join the shared shape " + shape.name() + ": " + x.reason());
      }
    }
    if (options.sharedShapes() == SharedShapesMode.ON && shapes.stream().noneMatch(SharedShape::isShared)) {
      reporter.info("SHARED_SHAPES_NONE", new SourceLocation("", "", 0, 0),
          "--shared-shapes=on, but no concept is defined alike by two services of this run");
    }
  }

  private SourceLocation originOf(SharedShape.Excluded x) {
    String group = groupOf.get(key(x.service(), x.typeName()));
    return groups.getOrDefault(group, List.of()).stream()
        .filter(v -> v.serviceLabel().equals(x.service()) && v.type().name().equals(x.typeName()))
        .map(v -> v.type().origin()).findFirst().orElse(new SourceLocation(x.service(), "", 0, 0));
  }

  private static String key(String service, String type) {
    return service + "\u0000" + type;
  }

  /** The unifier's view of the run: enums by service, and which shared shape objects joined. */
  private final class Types implements TypeUnifier.Types {
    @Override
    public EnumType enumOf(String service, TypeRef type) {
      return SharedShapePass.this.enumOf(service, type);
    }

    @Override
    public Optional<String> sharedObject(List<TypeUnifier.Slot> slots) {
      String group = null;
      for (TypeUnifier.Slot s : slots) {
        String g = groupOf.get(key(s.service(), ((TypeRef.Named) s.type()).name()));
        if (g == null || group != null && !group.equals(g)) {
          return Optional.empty();
        }
        group = g;
      }
      Resolution r = resolve(group);
      if (r == null) {
        // a shape that contains itself: still being resolved, and the types are candidates of it
        return Optional.of(javaNames.get(group));
      }
      for (TypeUnifier.Slot s : slots) {
        String typeName = ((TypeRef.Named) s.type()).name();
        if (r.joined().stream().noneMatch(v -> v.serviceLabel().equals(s.service()) && v.type().name().equals(typeName))) {
          return Optional.empty();
        }
      }
      return Optional.of(javaNames.get(group));
    }
  }
}

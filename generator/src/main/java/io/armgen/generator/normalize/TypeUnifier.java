package io.armgen.generator.normalize;

import io.armgen.generator.model.EnumType;
import io.armgen.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules that decide whether one property's types in several services can stand behind one
 * accessor of a shared interface, and what that accessor's type is:
 *
 * <ul>
 *   <li>equal primitives (strings and ARM ids count as strings) stay as they are;
 *   <li>string enums whose values overlap (open or closed alike) unify to one open enum whose known
 *       values are the union; a plain string among them takes part by its wire value (each
 *       model's common view converts);
 *   <li>objects unify when they joined the same shared shape; lists and maps of such objects too;
 *   <li>runtime types when they are the same class.
 * </ul>
 *
 * A hard conflict (a string here and a number there, enums with no value in common) keeps the
 * variant out of the shared shape; a soft one (a list of enums, nested objects that did not join
 * one shared shape) leaves the property out, unless the variant would take it away from others
 * that share it (then the pass keeps that variant out instead).
 */
final class TypeUnifier {

  /** One variant's type of the property. */
  record Slot(String service, TypeRef type) {}

  /** What the unifier needs to know about the named types of the services. */
  interface Types {
    /** The enum {@code type} names in {@code service}, or null when it is not an enum. */
    EnumType enumOf(String service, TypeRef type);

    /** The shared shape the object types of the slots all joined, or empty when they did not. */
    Optional<String> sharedObject(List<Slot> slots);
  }

  /** The result of unifying one property. */
  sealed interface Outcome permits Unified, Conflict {}

  /**
   * The property unifies.
   *
   * @param type the unified type, or null when it is a shared enum the caller still has to name
   * @param enums the enum union, when enums took part
   */
  record Unified(TypeRef type, Optional<EnumUnion> enums) implements Outcome {}

  /** The property does not unify; {@code hard} conflicts exclude a variant. */
  record Conflict(boolean hard, String reason) implements Outcome {}

  /**
   * The enums behind a unified property.
   *
   * @param values every known value, first spelling kept, in first-seen order
   * @param enumSlots the variants typed by an enum
   * @param stringSlots the variants typed by a plain string
   */
  record EnumUnion(List<String> values, List<Slot> enumSlots, List<Slot> stringSlots) {}

  private final Types types;

  TypeUnifier(Types types) {
    this.types = types;
  }

  Outcome unify(List<Slot> slots) {
    if (slots.stream().anyMatch(this::isEnum)) {
      return unifyEnums(slots);
    }
    TypeRef first = slots.get(0).type();
    if (first instanceof TypeRef.Primitive) {
      return samePrimitive(slots);
    }
    if (first instanceof TypeRef.Named) {
      if (!slots.stream().allMatch(s -> s.type() instanceof TypeRef.Named)) {
        return kindConflict(slots);
      }
      return types.sharedObject(slots)
          .<Outcome>map(name -> new Unified(new TypeRef.Named(name), Optional.empty()))
          .orElseGet(() -> new Conflict(false, "the " + describe(slots) + " did not join one shared shape"));
    }
    if (first instanceof TypeRef.ArrayOf || first instanceof TypeRef.MapOf) {
      return unifyContainers(slots);
    }
    TypeRef.Runtime runtime = (TypeRef.Runtime) first;
    return slots.stream().allMatch(s -> s.type().equals(runtime))
        ? new Unified(runtime, Optional.empty())
        : kindConflict(slots);
  }

  private Outcome samePrimitive(List<Slot> slots) {
    String kind = javaKind(slots.get(0).type());
    for (Slot s : slots) {
      if (!kind.equals(javaKind(s.type()))) {
        return kindConflict(slots);
      }
    }
    return new Unified(slots.get(0).type(), Optional.empty());
  }

  private Outcome unifyEnums(List<Slot> slots) {
    List<Slot> enums = new ArrayList<>();
    List<Slot> strings = new ArrayList<>();
    for (Slot s : slots) {
      EnumType e = types.enumOf(s.service(), s.type());
      if (e != null && e.valueType() == TypeRef.PrimitiveKind.STRING) {
        enums.add(s);
      } else if (e == null && "string".equals(javaKind(s.type()))) {
        strings.add(s);
      } else {
        return kindConflict(slots);
      }
    }
    Set<String> common = null;
    Map<String, String> union = new LinkedHashMap<>();
    for (Slot s : enums) {
      Set<String> values = new TreeSet<>();
      for (EnumType.EnumValue v : types.enumOf(s.service(), s.type()).values()) {
        values.add(v.value().toLowerCase(Locale.ROOT));
        union.putIfAbsent(v.value().toLowerCase(Locale.ROOT), v.value());
      }
      if (common == null) {
        common = values;
      } else {
        common.retainAll(values);
      }
    }
    if (common.isEmpty()) {
      return new Conflict(true, "the values of " + describe(enums) + " do not overlap");
    }
    return new Unified(null, Optional.of(new EnumUnion(List.copyOf(union.values()), enums, strings)));
  }

  private Outcome unifyContainers(List<Slot> slots) {
    boolean array = slots.get(0).type() instanceof TypeRef.ArrayOf;
    List<Slot> inner = new ArrayList<>();
    for (Slot s : slots) {
      if (array && s.type() instanceof TypeRef.ArrayOf a) {
        inner.add(new Slot(s.service(), a.items()));
      } else if (!array && s.type() instanceof TypeRef.MapOf m) {
        inner.add(new Slot(s.service(), m.values()));
      } else {
        return kindConflict(slots);
      }
    }
    if (inner.stream().anyMatch(this::isEnum)) {
      return new Conflict(false, "collections of enums are not unified");
    }
    Outcome element = unify(inner);
    if (!(element instanceof Unified u)) {
      return element;
    }
    if (u.enums().isPresent()) {
      return new Conflict(false, "collections of enums are not unified");
    }
    return new Unified(array ? new TypeRef.ArrayOf(u.type()) : new TypeRef.MapOf(u.type()), Optional.empty());
  }

  private boolean isEnum(Slot s) {
    return types.enumOf(s.service(), s.type()) != null;
  }

  /** The Java type a primitive becomes: strings and ARM ids are both {@code String}. */
  private static String javaKind(TypeRef type) {
    if (type instanceof TypeRef.Primitive p) {
      switch (p.kind()) {
        case STRING:
        case ARM_ID:
          return "string";
        default:
          return p.kind().name().toLowerCase(Locale.ROOT);
      }
    }
    return type.getClass().getSimpleName();
  }

  private Conflict kindConflict(List<Slot> slots) {
    return new Conflict(true, "the types differ: " + describe(slots));
  }

  private String describe(List<Slot> slots) {
    List<String> parts = new ArrayList<>();
    for (Slot s : slots) {
      EnumType e = types.enumOf(s.service(), s.type());
      String what = e != null ? (e.expandable() ? "open" : "closed") + " enum " + e.name() : display(s.type());
      parts.add(what + " in " + s.service());
    }
    return String.join(", ", parts);
  }

  private static String display(TypeRef type) {
    if (type instanceof TypeRef.Primitive p) {
      return p.kind().name().toLowerCase(Locale.ROOT);
    }
    if (type instanceof TypeRef.Named n) {
      return n.name();
    }
    if (type instanceof TypeRef.ArrayOf a) {
      return "list of " + display(a.items());
    }
    if (type instanceof TypeRef.MapOf m) {
      return "map of " + display(m.values());
    }
    return ((TypeRef.Runtime) type).className();
  }
}

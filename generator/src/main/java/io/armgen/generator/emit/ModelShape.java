package io.armgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.armgen.generator.model.ObjectType;
import io.armgen.generator.model.Property;
import io.armgen.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the model writers derive from an {@link ObjectType} before emitting it: the superclass and
 * what it already provides, the properties the class declares (including a discriminator property
 * the spec left implicit), and collision-free accessor names.
 */
final class ModelShape {
  static final ClassName JSON_MODEL = ClassName.get("io.armgen.runtime.json", "JsonModel");
  static final String RESOURCE = "io.armgen.runtime.arm.Resource";
  static final String PROXY_RESOURCE = "io.armgen.runtime.arm.ProxyResource";
  static final String TRACKED_RESOURCE = "io.armgen.runtime.arm.TrackedResource";

  /** Name of the package-private method a discriminator's declaring class offers its subtypes. */
  static final String INIT_DISCRIMINATOR = "initDiscriminator";

  /**
   * No-arg methods every model already has (or may have: {@code asCommon()} when its type joins a
   * shared shape): a property accessor must not take these names.
   */
  private static final Set<String> TAKEN = Set.of(
      "validate", "toString", "hashCode", "getClass", "toJsonString", "notify", "notifyAll", "wait",
      "clone", "finalize", INIT_DISCRIMINATOR, SharedModelViews.AS_COMMON);
  private static final Set<String> RESOURCE_ACCESSORS = Set.of("id", "name", "type", "systemData");
  private static final Set<String> TRACKED_ACCESSORS = Set.of("location", "tags");

  /** What the runtime class at the top of the hierarchy provides. */
  enum Base { JSON_MODEL, RESOURCE, TRACKED_RESOURCE, OTHER_RUNTIME }

  final ObjectType type;
  final ClassName className;
  final TypeName superclass;
  final boolean generatedParent;
  final Base base;
  final List<Property> properties;
  final boolean ownAdditionalProperties;
  final boolean open;
  private final EmitContext ctx;

  ModelShape(ObjectType type, EmitContext ctx) {
    this.type = type;
    this.ctx = ctx;
    this.className = ctx.names().model(type.name());
    this.generatedParent = ctx.parentObject(type).isPresent();
    this.superclass = type.parent().map(p -> ctx.names().of(p)).orElse(JSON_MODEL);
    this.base = baseOf(ctx.runtimeBase(type).orElse(null));
    this.properties = declaredProperties(type, ctx);
    this.ownAdditionalProperties = type.additionalProperties().isPresent()
        && ctx.ancestors(type).stream().noneMatch(a -> a.additionalProperties().isPresent());
    this.open = ctx.hasDescendants(type);
  }

  TypeNames typeNames() {
    return ctx.names();
  }

  /** The shape of another model of the same service (an ancestor, a subtype). */
  ModelShape of(ObjectType other) {
    return new ModelShape(other, ctx);
  }

  List<ModelShape> ancestors() {
    return ctx.ancestors(type).stream().map(this::of).toList();
  }

  /** True when this class or an ancestor keeps unknown fields. */
  boolean keepsAdditionalProperties() {
    return type.additionalProperties().isPresent()
        || ctx.ancestors(type).stream().anyMatch(a -> a.additionalProperties().isPresent());
  }

  /** The nearest discriminator property name on this type or its ancestors. */
  Optional<String> discriminator() {
    if (type.discriminator().isPresent()) {
      return type.discriminator();
    }
    return ctx.ancestors(type).stream().flatMap(a -> a.discriminator().stream()).findFirst();
  }

  /** The property that holds the discriminator value when this class declares it itself. */
  Optional<Property> ownDiscriminatorProperty() {
    Optional<String> d = discriminator();
    if (d.isEmpty()) {
      return Optional.empty();
    }
    return properties.stream().filter(p -> p.wirePath().equals(List.of(d.get()))).findFirst();
  }

  /** The class (this or an ancestor) declaring the discriminator property, with that property. */
  Optional<ModelShape> discriminatorDeclarer() {
    if (ownDiscriminatorProperty().isPresent()) {
      return Optional.of(this);
    }
    return ancestors().stream().filter(a -> a.ownDiscriminatorProperty().isPresent()).findFirst();
  }

  /** The getter name of {@code p}: its javaName unless that would collide with an inherited method. */
  String accessor(Property p) {
    String name = p.javaName();
    boolean taken = TAKEN.contains(name)
        || name.equals("additionalProperties") && keepsAdditionalProperties()
        || (base == Base.RESOURCE || base == Base.TRACKED_RESOURCE) && RESOURCE_ACCESSORS.contains(name)
        || base == Base.TRACKED_RESOURCE && TRACKED_ACCESSORS.contains(name);
    return taken ? name + "Property" : name;
  }

  /** The fluent setter name of {@code p}. */
  String setter(Property p) {
    return "with" + capitalize(accessor(p));
  }

  /** Read-only properties are set by the service and constants by the model itself: no setter. */
  static boolean hasSetter(Property p) {
    return !p.readOnly() && !p.isConstant();
  }

  /** Field names are the javaNames: fields are private and always accessed through {@code this}. */
  static String field(Property p) {
    return p.javaName();
  }

  static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  static boolean isSecret(TypeRef type) {
    if (type instanceof TypeRef.Primitive p) {
      return p.kind() == TypeRef.PrimitiveKind.SECRET_STRING;
    }
    if (type instanceof TypeRef.ArrayOf a) {
      return isSecret(a.items());
    }
    if (type instanceof TypeRef.MapOf m) {
      return isSecret(m.values());
    }
    return false;
  }

  static boolean isSecret(Property p) {
    return p.secret() || isSecret(p.type());
  }

  private static Base baseOf(String runtimeClass) {
    if (runtimeClass == null) {
      return Base.JSON_MODEL;
    }
    switch (runtimeClass) {
      case RESOURCE:
      case PROXY_RESOURCE:
        return Base.RESOURCE;
      case TRACKED_RESOURCE:
        return Base.TRACKED_RESOURCE;
      default:
        return Base.OTHER_RUNTIME;
    }
  }

  /**
   * The type's own properties, plus a string discriminator property when the type introduces a
   * discriminator that neither it nor an ancestor declares as a property (the value must still be
   * read, kept and written).
   */
  private static List<Property> declaredProperties(ObjectType type, EmitContext ctx) {
    List<Property> result = new ArrayList<>(type.properties());
    if (type.discriminator().isEmpty()) {
      return result;
    }
    List<String> path = List.of(type.discriminator().get());
    boolean declared = type.properties().stream().anyMatch(p -> p.wirePath().equals(path))
        || ctx.ancestors(type).stream().anyMatch(a -> a.discriminator().equals(type.discriminator())
            || a.properties().stream().anyMatch(p -> p.wirePath().equals(path)));
    if (!declared) {
      result.add(0, new Property(path, javaIdentifier(path.get(0)), TypeRef.of(TypeRef.PrimitiveKind.STRING),
          true, false, false, "The discriminator: which kind of " + type.name() + " this is.", type.origin()));
    }
    return result;
  }

  /** A lowerCamel Java identifier for a wire name the loader did not mangle (a discriminator). */
  private static String javaIdentifier(String wireName) {
    StringBuilder sb = new StringBuilder();
    boolean upper = false;
    for (int i = 0; i < wireName.length(); i++) {
      char c = wireName.charAt(i);
      if (Character.isJavaIdentifierPart(c) && c != '$' && !Character.isIdentifierIgnorable(c)) {
        sb.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      } else {
        upper = sb.length() > 0;
      }
    }
    if (sb.length() == 0 || !Character.isJavaIdentifierStart(sb.charAt(0))) {
      sb.insert(0, "value");
    }
    String s = Character.toLowerCase(sb.charAt(0)) + sb.substring(1);
    return javax.lang.model.SourceVersion.isKeyword(s) ? s + "Value" : s;
  }
}

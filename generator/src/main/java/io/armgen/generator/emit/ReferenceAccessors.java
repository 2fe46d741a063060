package io.armgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.armgen.generator.model.Dependency;
import io.armgen.generator.model.ObjectType;
import io.armgen.generator.model.Property;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Adds {@code <property>ResourceId()} next to each property that holds another resource's id (a
 * {@link Dependency.Kind#REFERENCE} of the service whose holder is this class): the id parsed as
 * the runtime's {@code ResourceId}, so callers need not split id strings themselves.
 */
final class ReferenceAccessors {
  static final ClassName RESOURCE_ID = ClassName.get("io.armgen.runtime.arm", "ResourceId");

  private final ModelShape shape;
  private final EmitContext ctx;

  ReferenceAccessors(ModelShape shape, EmitContext ctx) {
    this.shape = shape;
    this.ctx = ctx;
  }

  /** Adds one accessor per referencing property; skips one whose name another member already has. */
  void addTo(TypeSpec.Builder cls) {
    Set<String> taken = shape.properties.stream().map(shape::accessor).collect(Collectors.toSet());
    for (Map.Entry<Property, Dependency> e : referencing().entrySet()) {
      String name = accessorName(shape, e.getKey());
      if (taken.add(name)) {
        idExpression(e.getKey(), e.getValue().holder().orElseThrow())
            .ifPresent(id -> cls.addMethod(method(name, e.getKey(), e.getValue(), id)));
      }
    }
  }

  /** The accessor name for {@code p} of the class {@code shape} describes. */
  static String accessorName(ModelShape shape, Property p) {
    return shape.accessor(p) + "ResourceId";
  }

  /** This class's properties that hold a reference, with the first dependency naming each. */
  private Map<Property, Dependency> referencing() {
    Map<Property, Dependency> out = new LinkedHashMap<>();
    for (Dependency d : ctx.service().dependencies()) {
      Optional<Dependency.Holder> h = d.holder().filter(x -> x.objectType().equals(shape.type.name()));
      if (h.isEmpty()) {
        continue;
      }
      shape.properties.stream().filter(p -> p.javaName().equals(h.get().property())).findFirst()
          .ifPresent(p -> out.putIfAbsent(p, d));
    }
    return out;
  }

  /** Java code for the id string, and the condition under which it (or the object holding it) is null. */
  private record IdExpression(String value, String absent) {}

  /** How to reach the id string from this class. */
  private Optional<IdExpression> idExpression(Property p, Dependency.Holder holder) {
    String field = "this." + ModelShape.field(p);
    if (holder.idProperty().isEmpty()) {
      return Optional.of(new IdExpression(field, field + " == null"));
    }
    if (!(p.type() instanceof io.armgen.generator.model.TypeRef.Named n)) {
      return Optional.empty();
    }
    Optional<ObjectType> target = ctx.object(n.name());
    Optional<Property> id = target.flatMap(t -> t.properties().stream()
        .filter(q -> q.javaName().equals(holder.idProperty().get())).findFirst());
    if (id.isEmpty()) {
      return Optional.empty();
    }
    String value = field + "." + shape.of(target.get()).accessor(id.get()) + "()";
    return Optional.of(new IdExpression(value, field + " == null || " + value + " == null"));
  }

  private static MethodSpec method(String name, Property p, Dependency d, IdExpression id) {
    String target = d.targetType().map(t -> " (" + t + ")").orElse("");
    return MethodSpec.methodBuilder(name)
        .addJavadoc("The $L reference as a parsed ARM resource id$L.\n\n", p.javaName(), target)
        .addJavadoc("@return the id, or null when it is not set\n")
        .addJavadoc("@throws IllegalArgumentException when the value is not an ARM resource id\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(RESOURCE_ID)
        .addStatement("return $L ? null : $T.parse($L)", id.absent(), RESOURCE_ID, id.value())
        .build();
  }
}

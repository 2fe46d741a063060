package io.armgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.armgen.generator.model.Property;
import io.armgen.generator.model.SharedShape;
import io.armgen.generator.model.TypeRef;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Makes a model class implement the shared interface its type joined: adds {@code implements} and
 * the bridge methods the class's own accessors cannot stand in for. An accessor of the same name
 * and a covariant type implements the interface as it is (a nested model's class implements the
 * nested shared interface); a renamed one ({@code statusValue()} over an enum) converts by the wire
 * value; a setter taking a shared interface accepts another service's model by its JSON.
 */
final class SharedModelBridges {
  private SharedModelBridges() {}

  /** Where a member lives in the class: its property (null for a runtime base's) and accessors. */
  private record Located(TypeRef type, String getter, String setter) {}

  static void addTo(TypeSpec.Builder cls, ModelShape shape, EmitContext ctx) {
    Optional<SharedShape> shared = ctx.sharedShapeOf(SharedShape.Kind.OBJECT, shape.type.name());
    if (shared.isEmpty()) {
      return;
    }
    cls.addSuperinterface(SharedTypeNames.of(shared.get()));
    String pkg = shared.get().javaPackage();
    for (SharedShape.Member m : shared.get().members()) {
      Located at = locate(shape, m);
      TypeName sharedType = SharedTypeNames.member(m.type(), pkg);
      if (!m.getter().equals(at.getter()) || !covariant(at.type(), m.type(), ctx)) {
        cls.addMethod(MethodSpec.methodBuilder(m.getter())
            .addJavadoc("The $L property as the shared interface has it.\n\n@return the value\n", m.javaName())
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(sharedType)
            .addStatement("return $L", toShared(CodeBlock.of("$L()", at.getter()), at.type(), m.type(), ctx, pkg))
            .build());
      }
      if (m.setter().isPresent() && (!m.setter().get().equals(at.setter()) || !sameJavaType(at.type(), m.type()))) {
        cls.addMethod(MethodSpec.methodBuilder(m.setter().get())
            .addJavadoc("Sets the $L property from the shared interface's type.\n\n", m.javaName())
            .addJavadoc("@param value the value to set\n@return this $L\n", shape.type.name())
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(sharedType, "value")
            .returns(shape.className)
            .addStatement("return $L($L)", at.setter(), fromShared(at.type(), m.type(), ctx, pkg))
            .build());
      }
    }
  }

  private static Located locate(ModelShape shape, SharedShape.Member m) {
    for (Property p : shape.properties) {
      if (p.javaName().equals(m.javaName())) {
        return new Located(p.type(), shape.accessor(p), shape.setter(p));
      }
    }
    for (ModelShape ancestor : shape.ancestors()) {
      for (Property p : ancestor.properties) {
        if (p.javaName().equals(m.javaName())) {
          return new Located(p.type(), ancestor.accessor(p), ancestor.setter(p));
        }
      }
    }
    // provided by the runtime base class (id, name, type, ...): same type in every variant
    return new Located(m.type(), m.javaName(), "with" + ModelShape.capitalize(m.javaName()));
  }

  /** True when the class's own getter's return type is a subtype of the shared one. */
  private static boolean covariant(TypeRef own, TypeRef shared, EmitContext ctx) {
    if (shared instanceof TypeRef.Named n) {
      return ctx.sharedShape(n.name()).map(s -> s.kind() == SharedShape.Kind.OBJECT).orElse(false)
          && own instanceof TypeRef.Named o && ctx.isObject(o.name());
    }
    if (shared instanceof TypeRef.ArrayOf a && own instanceof TypeRef.ArrayOf b) {
      return covariant(b.items(), a.items(), ctx);
    }
    if (shared instanceof TypeRef.MapOf a && own instanceof TypeRef.MapOf b) {
      return covariant(b.values(), a.values(), ctx);
    }
    return sameJavaType(own, shared) && !(own instanceof TypeRef.Named);
  }

  private static boolean sameJavaType(TypeRef own, TypeRef shared) {
    if (own instanceof TypeRef.Primitive a && shared instanceof TypeRef.Primitive b) {
      return TypeNames.primitive(a.kind()).equals(TypeNames.primitive(b.kind()));
    }
    if (own instanceof TypeRef.ArrayOf a && shared instanceof TypeRef.ArrayOf b) {
      return sameJavaType(a.items(), b.items());
    }
    if (own instanceof TypeRef.MapOf a && shared instanceof TypeRef.MapOf b) {
      return sameJavaType(a.values(), b.values());
    }
    return own instanceof TypeRef.Runtime && own.equals(shared);
  }

  /** {@code value} (of the class's type) as the shared type. */
  private static CodeBlock toShared(CodeBlock value, TypeRef own, TypeRef shared, EmitContext ctx, String pkg) {
    boolean ownEnum = own instanceof TypeRef.Named o && ctx.isEnum(o.name());
    if (shared instanceof TypeRef.Named n && isSharedEnum(n, ctx)) {
      ClassName target = ClassName.get(pkg, n.name());
      return ownEnum ? CodeBlock.of("$T.of($L)", target, value) : CodeBlock.of("$T.fromString($L)", target, value);
    }
    if (ownEnum) {
      return CodeBlock.of("$T.toString($L, null)", java.util.Objects.class, value);
    }
    return value;
  }

  /** The setter's {@code value} (of the shared type) as the class's type. */
  private static CodeBlock fromShared(TypeRef own, TypeRef shared, EmitContext ctx, String pkg) {
    if (own instanceof TypeRef.Named o && ctx.isEnum(o.name())) {
      ClassName target = ctx.names().model(o.name());
      return shared instanceof TypeRef.Named
          ? CodeBlock.of("value == null ? null : $T.fromString(value.toString())", target)
          : CodeBlock.of("$T.fromString(value)", target);
    }
    if (shared instanceof TypeRef.Named n && isSharedEnum(n, ctx)) {
      return CodeBlock.of("value == null ? null : value.toString()");
    }
    if (shared instanceof TypeRef.Named && own instanceof TypeRef.Named o) {
      ClassName target = ctx.names().model(o.name());
      return CodeBlock.of("value instanceof $T own ? own : $T.convert(value, $T::fromJson)",
          target, SharedTypeNames.values(pkg), target);
    }
    return CodeBlock.of("value");
  }

  private static boolean isSharedEnum(TypeRef.Named n, EmitContext ctx) {
    return ctx.sharedShape(n.name()).map(s -> s.kind() == SharedShape.Kind.ENUM).orElse(false);
  }
}

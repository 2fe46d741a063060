package io.armgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.armgen.generator.model.Property;
import io.armgen.generator.model.SharedShape;
import io.armgen.generator.model.TypeRef;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Gives a model whose type joined a shared shape its common view. The model keeps one accessor per
 * property, typed as its spec says ({@code status()} returns the service's own enum); the shared
 * interface has one accessor per shared member, typed as the common package says. A class cannot be
 * both, so the model offers:
 *
 * <ul>
 *   <li>{@code asCommon()}: a view implementing {@code Common<Concept>} that reads and writes the
 *       model, converting on the way (enums and strings by their wire value, nested models through
 *       their own views, lists and maps element by element);
 *   <li>{@code static fromCommon(value)}: any service's common value as this model, the model
 *       behind it when it is one of this class's views, else a copy read from its JSON.
 * </ul>
 */
final class SharedModelViews {
  static final String AS_COMMON = "asCommon";
  static final String FROM_COMMON = "fromCommon";
  private static final ClassName JSON_WRITER = ClassName.get("io.armgen.runtime.json", "JsonWriter");
  private static final ClassName JSON_WRITE_MODE = ClassName.get("io.armgen.runtime.json", "JsonWriteMode");

  private final ModelShape shape;
  private final EmitContext ctx;
  private final SharedShape shared;
  private final ClassName common;
  private final ClassName view;
  private final ClassName values;

  private SharedModelViews(ModelShape shape, EmitContext ctx, SharedShape shared) {
    this.shape = shape;
    this.ctx = ctx;
    this.shared = shared;
    this.common = SharedTypeNames.of(shared);
    this.view = shape.className.nestedClass(shared.javaName() + "View");
    this.values = SharedTypeNames.values(shared.javaPackage());
  }

  static void addTo(TypeSpec.Builder cls, ModelShape shape, EmitContext ctx) {
    ctx.sharedShapeOf(SharedShape.Kind.OBJECT, shape.type.name())
        .ifPresent(shared -> new SharedModelViews(shape, ctx, shared).write(cls));
  }

  private void write(TypeSpec.Builder cls) {
    String model = shape.type.name();
    cls.addMethod(MethodSpec.methodBuilder(AS_COMMON)
        .addJavadoc("This $L as a {@link $T}, the interface the services of this run\n", model, common)
        .addJavadoc("share for it. The view reads and writes this object.\n\n@return the common view of this object\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(common)
        .addStatement("return new $T(this)", view)
        .build());
    cls.addMethod(MethodSpec.methodBuilder(FROM_COMMON)
        .addJavadoc("Any service's {@link $T} as this service's model: the object behind the view\n", common)
        .addJavadoc("when it is a view of this class, else a copy read from its JSON.\n\n")
        .addJavadoc("@param value the common value, or null\n@return the model, or null for null\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addParameter(common, "value")
        .returns(shape.className)
        .beginControlFlow("if (value instanceof $T view)", view)
        .addStatement("return view.model")
        .endControlFlow()
        .addStatement("return $T.convert(value, $T::fromJson)", values, shape.className)
        .build());
    cls.addType(viewClass());
  }

  private TypeSpec viewClass() {
    TypeSpec.Builder type = TypeSpec.classBuilder(view)
        .addJavadoc("{@link #$L()}: this model seen through {@link $T}.\n", AS_COMMON, common)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addSuperinterface(common)
        .addField(FieldSpec.builder(shape.className, "model", Modifier.PRIVATE, Modifier.FINAL).build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
            .addParameter(shape.className, "model")
            .addStatement("this.model = model")
            .build());
    String pkg = shared.javaPackage();
    for (SharedShape.Member m : shared.members()) {
      Located at = locate(m);
      TypeName memberType = SharedTypeNames.member(m.type(), pkg);
      type.addMethod(override(m.javaName()).returns(memberType)
          .addCode(getterBody(at, m.type()))
          .build());
      m.setter().ifPresent(setter -> type.addMethod(override(setter).returns(common)
          .addParameter(memberType, "value")
          .addStatement("model.$L($L)", at.setter(), fromCommon(at.type(), m.type()))
          .addStatement("return this")
          .build()));
    }
    type.addMethod(override("toJson")
        .addParameter(JSON_WRITER, "writer")
        .addParameter(JSON_WRITE_MODE, "mode")
        .addException(IOException.class)
        .addStatement("model.toJson(writer, mode)")
        .build());
    type.addMethod(override("equals").returns(TypeName.BOOLEAN)
        .addParameter(Object.class, "obj")
        .addStatement("return obj instanceof $T other && model.equals(other.model)", view)
        .build());
    type.addMethod(override("hashCode").returns(TypeName.INT).addStatement("return model.hashCode()").build());
    type.addMethod(override("toString").returns(String.class).addStatement("return model.toString()").build());
    return type.build();
  }

  private static MethodSpec.Builder override(String name) {
    return MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC);
  }

  /** Where a member lives in the model: the property's own type and the model's accessors for it. */
  private record Located(TypeRef type, String getter, String setter) {}

  private Located locate(SharedShape.Member m) {
    for (ModelShape level : levels()) {
      for (Property p : level.properties) {
        if (p.javaName().equals(m.javaName())) {
          return new Located(p.type(), level.accessor(p), level.setter(p));
        }
      }
    }
    // provided by the runtime base class (id, name, type, ...): the same type in every variant
    return new Located(m.type(), m.javaName(), "with" + ModelShape.capitalize(m.javaName()));
  }

  private List<ModelShape> levels() {
    List<ModelShape> levels = new ArrayList<>();
    levels.add(shape);
    levels.addAll(shape.ancestors());
    return levels;
  }

  private CodeBlock getterBody(Located at, TypeRef commonType) {
    CodeBlock value = CodeBlock.of("model.$L()", at.getter());
    Optional<ClassName> sharedEnum = sharedEnum(commonType);
    if (sharedEnum.isPresent()) {
      return CodeBlock.of("return $T.$L($L);\n", sharedEnum.get(), isOwnEnum(at.type()) ? "of" : "fromString", value);
    }
    if (commonType instanceof TypeRef.Named && at.type() instanceof TypeRef.Named own) {
      return CodeBlock.builder()
          .addStatement("$T value = $L", ctx.names().model(own.name()), value)
          .addStatement("return value == null ? null : value.$L()", AS_COMMON)
          .build();
    }
    if (holdsSharedObjects(commonType)) {
      return CodeBlock.of("return $L;\n", mapped(value, at.type(), true, 0));
    }
    return CodeBlock.of("return $L;\n", value);
  }

  /** The setter's {@code value} (of the common type) as the model's own type. */
  private CodeBlock fromCommon(TypeRef own, TypeRef commonType) {
    if (sharedEnum(commonType).isPresent()) {
      return isOwnEnum(own)
          ? CodeBlock.of("value == null ? null : $T.fromString(value.toString())", ctx.names().model(((TypeRef.Named) own).name()))
          : CodeBlock.of("value == null ? null : value.toString()");
    }
    if (commonType instanceof TypeRef.Named && own instanceof TypeRef.Named o) {
      return CodeBlock.of("$T.$L(value)", ctx.names().model(o.name()), FROM_COMMON);
    }
    if (holdsSharedObjects(commonType)) {
      return mapped(CodeBlock.of("value"), own, false, 0);
    }
    return CodeBlock.of("value");
  }

  /**
   * {@code value}, a list or map that holds models (or their views), with every model turned into
   * its view ({@code toCommon}) or back.
   */
  private CodeBlock mapped(CodeBlock value, TypeRef own, boolean toCommon, int depth) {
    String helper = own instanceof TypeRef.ArrayOf ? "mapList" : "mapValues";
    TypeRef element = own instanceof TypeRef.ArrayOf a ? a.items() : ((TypeRef.MapOf) own).values();
    CodeBlock function;
    if (element instanceof TypeRef.Named n) {
      function = CodeBlock.of("$T::$L", ctx.names().model(n.name()), toCommon ? AS_COMMON : FROM_COMMON);
    } else {
      String parameter = "inner" + (depth == 0 ? "" : depth);
      function = CodeBlock.of("$L -> $L", parameter, mapped(CodeBlock.of("$L", parameter), element, toCommon, depth + 1));
    }
    return CodeBlock.of("$T.$L($L, $L)", values, helper, value, function);
  }

  private boolean isOwnEnum(TypeRef own) {
    return own instanceof TypeRef.Named o && ctx.isEnum(o.name());
  }

  private Optional<ClassName> sharedEnum(TypeRef commonType) {
    if (commonType instanceof TypeRef.Named n
        && ctx.sharedShape(n.name()).map(s -> s.kind() == SharedShape.Kind.ENUM).orElse(false)) {
      return Optional.of(ClassName.get(shared.javaPackage(), n.name()));
    }
    return Optional.empty();
  }

  private static boolean holdsSharedObjects(TypeRef type) {
    if (type instanceof TypeRef.ArrayOf a) {
      return a.items() instanceof TypeRef.Named || holdsSharedObjects(a.items());
    }
    if (type instanceof TypeRef.MapOf m) {
      return m.values() instanceof TypeRef.Named || holdsSharedObjects(m.values());
    }
    return false;
  }
}

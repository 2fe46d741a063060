package io.armgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import io.armgen.generator.model.Property;
import io.armgen.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import javax.lang.model.element.Modifier;

/**
 * {@code validate}, {@code equals}, {@code hashCode} and {@code toString} of a model class.
 *
 * <p>The runtime base classes define no equals/hashCode/toString, so the class directly below one
 * compares and prints the inherited resource fields through their public accessors; classes below a
 * generated parent use {@code super.equals}/{@code super.hashCode} and print the inherited
 * properties through their accessors too (toString must see every field to redact secrets).
 */
final class ModelObjectMethods {
  private static final ClassName OBJECTS = ClassName.get(Objects.class);
  private static final ClassName ARRAYS = ClassName.get(Arrays.class);

  /**
   * One value as equals/hashCode/toString see it: its label, the expression reading it from
   * {@code this} and from {@code other} (the object compared with), and how to treat it.
   */
  private record Value(String label, CodeBlock expression, CodeBlock onOther, boolean bytes, boolean secret) {
    static Value field(String label, String field, boolean bytes, boolean secret) {
      return new Value(label, CodeBlock.of("this.$L", field), CodeBlock.of("other.$L", field), bytes, secret);
    }

    static Value accessor(String accessor, boolean bytes, boolean secret) {
      return new Value(accessor, CodeBlock.of("$L()", accessor), CodeBlock.of("other.$L()", accessor), bytes, secret);
    }
  }

  private final ModelShape shape;
  private final EmitContext ctx;

  ModelObjectMethods(ModelShape shape, EmitContext ctx) {
    this.shape = shape;
    this.ctx = ctx;
  }

  /** validate, equals, hashCode, toString (validate only when there is something to check). */
  List<MethodSpec> methods() {
    List<MethodSpec> methods = new ArrayList<>();
    CodeBlock checks = validationChecks();
    if (!checks.isEmpty()) {
      methods.add(MethodSpec.methodBuilder("validate")
          .addAnnotation(Override.class)
          .addModifiers(Modifier.PUBLIC)
          .addStatement("super.validate()")
          .addCode(checks)
          .build());
    }
    methods.add(equalsMethod());
    methods.add(hashCodeMethod());
    methods.add(toStringMethod());
    return methods;
  }

  private CodeBlock validationChecks() {
    CodeBlock.Builder code = CodeBlock.builder();
    for (Property p : shape.properties) {
      if (p.readOnly()) {
        continue;
      }
      String field = "this." + ModelShape.field(p);
      CodeBlock nested = validateNested(p.type(), CodeBlock.of("$L", field), 1);
      if (p.required()) {
        code.beginControlFlow("if ($L == null)", field)
            .addStatement("throw new $T($L)", IllegalArgumentException.class,
                DocText.literal("Missing required property " + String.join(".", p.wirePath()) + " in " + shape.type.name()))
            .endControlFlow()
            .add(nested);
      } else if (!nested.isEmpty()) {
        code.beginControlFlow("if ($L != null)", field).add(nested).endControlFlow();
      }
    }
    return code.build();
  }

  /** Calls validate() on every model reachable through {@code value} (non-null); empty if none can be. */
  private CodeBlock validateNested(TypeRef type, CodeBlock value, int depth) {
    if (type instanceof TypeRef.Named n && ctx.isObject(n.name())) {
      return CodeBlock.builder().addStatement("$L.validate()", value).build();
    }
    TypeRef inner;
    CodeBlock items;
    if (type instanceof TypeRef.ArrayOf a) {
      inner = a.items();
      items = value;
    } else if (type instanceof TypeRef.MapOf m) {
      inner = m.values();
      items = CodeBlock.of("$L.values()", value);
    } else {
      return CodeBlock.builder().build();
    }
    String item = "item" + depth;
    CodeBlock innerCode = validateNested(inner, CodeBlock.of("$L", item), depth + 1);
    if (innerCode.isEmpty()) {
      return innerCode;
    }
    return CodeBlock.builder()
        .beginControlFlow("for ($T $L : $L)", ctx.names().of(inner), item, items)
        .beginControlFlow("if ($L != null)", item)
        .add(innerCode)
        .endControlFlow()
        .endControlFlow()
        .build();
  }

  private MethodSpec equalsMethod() {
    List<CodeBlock> terms = new ArrayList<>();
    if (shape.generatedParent) {
      terms.add(CodeBlock.of("super.equals(obj)"));
    }
    for (Value v : comparedValues()) {
      CodeBlock other = v.onOther();
      terms.add(v.bytes()
          ? CodeBlock.of("$T.equals($L, $L)", ARRAYS, v.expression(), other)
          : CodeBlock.of("$T.equals($L, $L)", OBJECTS, v.expression(), other));
    }
    MethodSpec.Builder method = MethodSpec.methodBuilder("equals")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(boolean.class)
        .addParameter(Object.class, "obj")
        .beginControlFlow("if (this == obj)")
        .addStatement("return true")
        .endControlFlow()
        // getClass, not instanceof: equality must stay symmetric between a class and its subtypes
        .beginControlFlow("if (obj == null || getClass() != obj.getClass())")
        .addStatement("return false")
        .endControlFlow();
    if (terms.isEmpty()) {
      return method.addStatement("return true").build();
    }
    if (!comparedValues().isEmpty()) {
      method.addStatement("$T other = ($T) obj", shape.className, shape.className);
    }
    return method.addStatement("return $L", CodeBlock.join(terms, "\n    && ")).build();
  }

  private MethodSpec hashCodeMethod() {
    List<CodeBlock> terms = new ArrayList<>();
    if (shape.generatedParent) {
      terms.add(CodeBlock.of("super.hashCode()"));
    }
    for (Value v : comparedValues()) {
      terms.add(v.bytes() ? CodeBlock.of("$T.hashCode($L)", ARRAYS, v.expression()) : v.expression());
    }
    return MethodSpec.methodBuilder("hashCode")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(int.class)
        .addStatement("return $T.hash($L)", OBJECTS, CodeBlock.join(terms, ", "))
        .build();
  }

  private MethodSpec toStringMethod() {
    List<Value> shown = new ArrayList<>(inheritedValues());
    shown.addAll(ownValues());
    CodeBlock.Builder body = CodeBlock.builder()
        .addStatement("$T fields = new $T($S, $S, $S)", StringJoiner.class, StringJoiner.class,
            ", ", shape.type.name() + "{", "}");
    for (Value v : shown) {
      body.beginControlFlow("if ($L != null)", v.expression());
      if (v.secret()) {
        body.addStatement("fields.add($S)", v.label() + "=<redacted>");
      } else if (v.bytes()) {
        body.addStatement("fields.add($S + $L.length + $S)", v.label() + "=byte[", v.expression(), "]");
      } else {
        body.addStatement("fields.add($S + $L)", v.label() + "=", v.expression());
      }
      body.endControlFlow();
    }
    return MethodSpec.methodBuilder("toString")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addCode(body.build())
        .addStatement("return fields.toString()")
        .build();
  }

  /** What equals/hashCode compare here: the runtime base's fields when directly below it, then own. */
  private List<Value> comparedValues() {
    List<Value> result = new ArrayList<>();
    if (!shape.generatedParent) {
      result.addAll(runtimeBaseValues());
    }
    result.addAll(ownValues());
    return result;
  }

  private List<Value> ownValues() {
    List<Value> result = new ArrayList<>();
    for (Property p : shape.properties) {
      result.add(Value.field(shape.accessor(p), ModelShape.field(p), isBytes(p.type()), ModelShape.isSecret(p)));
    }
    if (shape.ownAdditionalProperties) {
      result.add(Value.field("additionalProperties", "additionalProperties", false, false));
    }
    return result;
  }

  /** Everything inherited, through accessors: runtime base fields, then ancestors from the top down. */
  private List<Value> inheritedValues() {
    List<Value> result = new ArrayList<>(runtimeBaseValues());
    List<ModelShape> ancestors = new ArrayList<>(shape.ancestors());
    Collections.reverse(ancestors);
    for (ModelShape a : ancestors) {
      for (Property p : a.properties) {
        String accessor = a.accessor(p);
        result.add(Value.accessor(accessor, isBytes(p.type()), ModelShape.isSecret(p)));
      }
      if (a.ownAdditionalProperties) {
        result.add(Value.accessor("additionalProperties", false, false));
      }
    }
    return result;
  }

  private List<Value> runtimeBaseValues() {
    List<Value> result = new ArrayList<>();
    if (shape.base == ModelShape.Base.RESOURCE || shape.base == ModelShape.Base.TRACKED_RESOURCE) {
      for (String accessor : List.of("id", "name", "type", "systemData")) {
        result.add(Value.accessor(accessor, false, false));
      }
    }
    if (shape.base == ModelShape.Base.TRACKED_RESOURCE) {
      for (String accessor : List.of("location", "tags")) {
        result.add(Value.accessor(accessor, false, false));
      }
    }
    return result;
  }

  private static boolean isBytes(TypeRef type) {
    return type instanceof TypeRef.Primitive p
        && (p.kind() == TypeRef.PrimitiveKind.BYTES || p.kind() == TypeRef.PrimitiveKind.BASE64URL);
  }
}

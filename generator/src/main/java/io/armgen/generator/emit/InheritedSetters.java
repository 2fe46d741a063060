package io.armgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.armgen.generator.model.Property;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Fluent setters for state a model inherits, returning the model's own type so that chains such as
 * {@code new Vault().withLocation("westus").withSku(...)} compile: {@code withLocation}/
 * {@code withTags} over TrackedResource's protected setters, and covariant overrides of every
 * setter of a generated base class.
 */
final class InheritedSetters {
  private static final TypeName STRING = ClassName.get(String.class);
  private static final TypeName TAGS = ParameterizedTypeName.get(ClassName.get(Map.class), STRING, STRING);

  private final ModelShape shape;
  private final EmitContext ctx;

  InheritedSetters(ModelShape shape, EmitContext ctx) {
    this.shape = shape;
    this.ctx = ctx;
  }

  void addTo(TypeSpec.Builder cls) {
    if (shape.base == ModelShape.Base.TRACKED_RESOURCE) {
      if (shape.generatedParent) {
        cls.addMethod(override("withLocation", STRING, "location"));
        cls.addMethod(override("withTags", TAGS, "tags"));
      } else {
        cls.addMethod(trackedSetter("withLocation", STRING, "location", "setLocation",
            "Sets the geo-location where the resource lives; required when it is created."));
        cls.addMethod(trackedSetter("withTags", TAGS, "tags", "setTags", "Sets the resource tags."));
      }
    }
    for (ModelShape ancestor : shape.ancestors()) {
      for (Property p : ancestor.properties) {
        if (ModelShape.hasSetter(p)) {
          cls.addMethod(override(ancestor.setter(p), ctx.names().of(p.type()), ModelShape.field(p)));
        }
      }
      if (ancestor.ownAdditionalProperties) {
        TypeName map = ParameterizedTypeName.get(ClassName.get(Map.class), STRING,
            ctx.names().of(ancestor.type.additionalProperties().orElseThrow()));
        cls.addMethod(override("withAdditionalProperties", map, "additionalProperties"));
      }
    }
  }

  private MethodSpec trackedSetter(String name, TypeName type, String param, String delegate, String doc) {
    return MethodSpec.methodBuilder(name)
        .addJavadoc("$L\n\n@param $L the value to set\n@return this $L\n", doc, param, shape.type.name())
        .addModifiers(Modifier.PUBLIC)
        .returns(shape.className)
        .addParameter(type, param)
        .addStatement("$L($L)", delegate, param)
        .addStatement("return this")
        .build();
  }

  private MethodSpec override(String name, TypeName type, String param) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(shape.className)
        .addParameter(type, param)
        .addStatement("super.$L($L)", name, param)
        .addStatement("return this")
        .build();
  }
}

package io.armgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.armgen.generator.model.ObjectType;
import io.armgen.generator.model.Property;
import io.armgen.generator.model.Service;
import io.armgen.generator.model.TypeRef;
import io.armgen.generator.model.XmlObject;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Emits one model class, {@code <javaPackage>.models.<Name>}: private fields, Azure-SDK-style
 * accessors ({@code name()}, fluent {@code withName(value)} unless read-only), streaming JSON
 * (reading and writing flattened properties nested as on the wire), validation, equals/hashCode and
 * a toString that redacts secrets.
 */
final class ModelClassWriter {
  private ModelClassWriter() {}

  /**
   * The Java source of {@code type}.
   *
   * @throws IllegalArgumentException when the model cannot be emitted faithfully (two properties on
   *     one wire path; a flattened object shared with a generated base class)
   */
  public static JavaFile write(Service service, ObjectType type, EmitContext ctx) {
    ModelShape shape = new ModelShape(type, ctx);
    ModelJsonMethods json = new ModelJsonMethods(shape, ctx);
    TypeSpec.Builder cls = TypeSpec.classBuilder(shape.className)
        .addJavadoc("$L\n", classDoc(type))
        .addModifiers(Modifier.PUBLIC)
        .superclass(shape.superclass);
    if (!shape.open) {
      cls.addModifiers(Modifier.FINAL);
    }
    cls.addFields(json.fieldNameConstants());
    PropertyInitialValues initial = new PropertyInitialValues(ctx);
    for (Property p : shape.properties) {
      FieldSpec.Builder field = FieldSpec.builder(ctx.names().of(p.type()), ModelShape.field(p), Modifier.PRIVATE);
      initial.of(p).ifPresent(field::initializer);
      cls.addField(field.build());
    }
    TypeName additionalType = additionalPropertiesType(shape, ctx);
    if (shape.ownAdditionalProperties) {
      cls.addField(FieldSpec.builder(additionalType, "additionalProperties", Modifier.PRIVATE).build());
    }
    cls.addMethod(constructor(shape, ctx));
    for (Property p : shape.properties) {
      cls.addMethod(getter(shape, p, ctx));
      if (ModelShape.hasSetter(p)) {
        cls.addMethod(setter(shape, p, ctx));
      }
    }
    new ReferenceAccessors(shape, ctx).addTo(cls);
    if (shape.ownAdditionalProperties) {
      addAdditionalPropertiesAccessors(cls, shape, additionalType);
    }
    new InheritedSetters(shape, ctx).addTo(cls);
    SharedModelViews.addTo(cls, shape, ctx);
    discriminatorInitializer(shape, ctx).ifPresent(cls::addMethod);
    cls.addMethod(json.fromJson(ctx));
    cls.addMethods(json.instanceMethods());
    XmlObject xml = ctx.service().xml().get(type.name());
    if (xml != null) {
      cls.addMethods(new ModelXmlMethods(shape, xml, ctx).methods());
    }
    cls.addMethods(new ModelObjectMethods(shape, ctx).methods());
    return JavaFile.builder(TypeNames.modelsPackage(service), cls.build())
        .skipJavaLangImports(true)
        .build();
  }

  private static String classDoc(ObjectType type) {
    String doc = DocText.javadoc(type.description());
    return doc.isEmpty() ? "The " + type.name() + " model." : doc;
  }

  private static String propertyDoc(Property p) {
    String doc = DocText.javadoc(p.description());
    return doc.isEmpty() ? "The " + p.javaName() + " property." : doc;
  }

  /** ": description" when the spec has one, else "." (a setter's summary then needs nothing more). */
  private static String described(Property p) {
    String doc = DocText.javadoc(p.description());
    return doc.isEmpty() ? "." : ": " + doc;
  }

  private static TypeName additionalPropertiesType(ModelShape shape, EmitContext ctx) {
    return shape.type.additionalProperties()
        .map(v -> (TypeName) ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
            ctx.names().of(v)))
        .orElse(null);
  }

  private static MethodSpec constructor(ModelShape shape, EmitContext ctx) {
    MethodSpec.Builder ctor = MethodSpec.constructorBuilder()
        .addJavadoc(shape.properties.stream().anyMatch(p -> p.isConstant() || p.clientDefault() != null)
            ? "Creates a new $L with its constants and defaults set.\n" : "Creates an empty $L.\n", shape.type.name())
        .addModifiers(Modifier.PUBLIC);
    Optional<String> value = shape.type.discriminatorValue();
    Optional<ModelShape> declarer = shape.discriminatorDeclarer();
    if (value.isPresent() && declarer.isPresent()) {
      Property d = declarer.get().ownDiscriminatorProperty().orElseThrow();
      Optional<CodeBlock> converted = fromDiscriminatorString(d.type(), CodeBlock.of("$L", DocText.literal(value.get())), ctx);
      if (converted.isPresent() && declarer.get() == shape) {
        ctor.addStatement("this.$L = $L", ModelShape.field(d), converted.get());
      } else if (converted.isPresent()) {
        ctor.addStatement("$L($L)", ModelShape.INIT_DISCRIMINATOR, DocText.literal(value.get()));
      }
    }
    return ctor.build();
  }

  /**
   * In the class declaring a discriminator property that subtypes must set: a package-private
   * method their constructors call (the field is private; all models share one package).
   */
  private static Optional<MethodSpec> discriminatorInitializer(ModelShape shape, EmitContext ctx) {
    Optional<Property> d = shape.ownDiscriminatorProperty();
    if (d.isEmpty() || !shape.open) {
      return Optional.empty();
    }
    return fromDiscriminatorString(d.get().type(), CodeBlock.of("value"), ctx).map(converted ->
        MethodSpec.methodBuilder(ModelShape.INIT_DISCRIMINATOR)
            .addJavadoc("Sets the discriminator; subtype constructors call this with their value.\n")
            .addModifiers(Modifier.FINAL)
            .addParameter(String.class, "value")
            .addStatement("this.$L = $L", ModelShape.field(d.get()), converted)
            .build());
  }

  /** {@code text} (a String expression) as a value of the discriminator's type, when it can be one. */
  private static Optional<CodeBlock> fromDiscriminatorString(TypeRef type, CodeBlock text, EmitContext ctx) {
    if (type instanceof TypeRef.Primitive p
        && (p.kind() == TypeRef.PrimitiveKind.STRING || p.kind() == TypeRef.PrimitiveKind.ARM_ID)) {
      return Optional.of(text);
    }
    if (type instanceof TypeRef.Named n && ctx.isEnum(n.name())) {
      return Optional.of(CodeBlock.of("$T.fromString($L)", ctx.names().model(n.name()), text));
    }
    return Optional.empty();
  }

  private static MethodSpec getter(ModelShape shape, Property p, EmitContext ctx) {
    return MethodSpec.methodBuilder(shape.accessor(p))
        .addJavadoc("$L\n", propertyDoc(p))
        .addJavadoc(p.readOnly() ? "\n<p>Read-only: set by the service, never sent.\n" : "")
        .addJavadoc(p.isConstant() ? "\n<p>Constant: the service accepts only this value, which every model starts with.\n" : "")
        .addJavadoc("\n@return the $L value\n", p.javaName())
        .addModifiers(Modifier.PUBLIC)
        .returns(ctx.names().of(p.type()))
        .addStatement("return this.$L", ModelShape.field(p))
        .build();
  }

  private static MethodSpec setter(ModelShape shape, Property p, EmitContext ctx) {
    String param = ModelShape.field(p);
    return MethodSpec.methodBuilder(shape.setter(p))
        .addJavadoc("Sets the $L property$L\n", p.javaName(), described(p))
        .addJavadoc("\n@param $L the $L value to set\n@return this $L\n", param, p.javaName(), shape.type.name())
        .addModifiers(Modifier.PUBLIC)
        .returns(shape.className)
        .addParameter(ctx.names().of(p.type()), param)
        .addStatement("this.$L = $L", ModelShape.field(p), param)
        .addStatement("return this")
        .build();
  }

  private static void addAdditionalPropertiesAccessors(TypeSpec.Builder cls, ModelShape shape, TypeName type) {
    cls.addMethod(MethodSpec.methodBuilder("additionalProperties")
        .addJavadoc("Fields of the JSON object that no property of this model describes.\n\n")
        .addJavadoc("@return the additional properties, or null when there were none\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(type)
        .addStatement("return this.additionalProperties")
        .build());
    cls.addMethod(MethodSpec.methodBuilder("withAdditionalProperties")
        .addJavadoc("Sets the fields written besides this model's properties.\n\n")
        .addJavadoc("@param additionalProperties the additional properties\n@return this $L\n", shape.type.name())
        .addModifiers(Modifier.PUBLIC)
        .returns(shape.className)
        .addParameter(type, "additionalProperties")
        .addStatement("this.additionalProperties = additionalProperties")
        .addStatement("return this")
        .build());
  }
}

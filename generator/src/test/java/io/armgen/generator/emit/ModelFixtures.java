package io.armgen.generator.emit;

import com.palantir.javapoet.JavaFile;
import io.armgen.generator.model.EnumType;
import io.armgen.generator.model.ObjectType;
import io.armgen.generator.model.Property;
import io.armgen.generator.model.Service;
import io.armgen.generator.model.SourceLocation;
import io.armgen.generator.model.TypeRef;
import io.armgen.generator.model.TypeRef.PrimitiveKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Hand-built common-model pieces for the model and enum writer tests. */
final class ModelFixtures {
  static final String PACKAGE = "io.armgen.generated.zoo";
  static final String MODELS = PACKAGE + ".models";
  static final SourceLocation HERE = SourceLocation.of("zoo.json", "");

  private ModelFixtures() {}

  /** A plain optional property at wire path {@code wire} (one element unless flattened). */
  static Property prop(String javaName, TypeRef type, String... wire) {
    List<String> path = wire.length == 0 ? List.of(javaName) : Arrays.asList(wire);
    return new Property(path, javaName, type, false, false, false, null, HERE);
  }

  static Property required(Property p) {
    return new Property(p.wirePath(), p.javaName(), p.type(), true, p.readOnly(), p.secret(), p.description(), p.origin());
  }

  static Property readOnly(Property p) {
    return new Property(p.wirePath(), p.javaName(), p.type(), p.required(), true, p.secret(), p.description(), p.origin());
  }

  static Property secret(Property p) {
    return new Property(p.wirePath(), p.javaName(), p.type(), p.required(), p.readOnly(), true, p.description(), p.origin());
  }

  static Property described(Property p, String description) {
    return new Property(p.wirePath(), p.javaName(), p.type(), p.required(), p.readOnly(), p.secret(), description, p.origin());
  }

  static TypeRef prim(PrimitiveKind kind) {
    return TypeRef.of(kind);
  }

  static TypeRef named(String name) {
    return new TypeRef.Named(name);
  }

  static TypeRef runtime(String className) {
    return new TypeRef.Runtime(className);
  }

  static ObjectType object(String name, TypeRef parent, Property... properties) {
    return new ObjectType(name, name, null, Optional.ofNullable(parent), List.of(properties), Optional.empty(),
        Optional.empty(), Optional.empty(), List.of(), false, HERE);
  }

  static ObjectType withAdditionalProperties(ObjectType o, TypeRef values) {
    return new ObjectType(o.name(), o.definitionName(), o.description(), o.parent(), o.properties(),
        Optional.of(values), o.discriminator(), o.discriminatorValue(), o.subtypes(), o.armResource(), o.origin());
  }

  static ObjectType withDiscriminator(ObjectType o, String discriminator, String... subtypes) {
    return new ObjectType(o.name(), o.definitionName(), o.description(), o.parent(), o.properties(),
        o.additionalProperties(), Optional.of(discriminator), o.discriminatorValue(), List.of(subtypes),
        o.armResource(), o.origin());
  }

  static ObjectType withDiscriminatorValue(ObjectType o, String value) {
    return new ObjectType(o.name(), o.definitionName(), o.description(), o.parent(), o.properties(),
        o.additionalProperties(), o.discriminator(), Optional.of(value), o.subtypes(), o.armResource(), o.origin());
  }

  static ObjectType describedObject(ObjectType o, String description) {
    return new ObjectType(o.name(), o.definitionName(), description, o.parent(), o.properties(),
        o.additionalProperties(), o.discriminator(), o.discriminatorValue(), o.subtypes(), o.armResource(), o.origin());
  }

  static EnumType enumType(String name, boolean expandable, PrimitiveKind valueType, String... valuesAndNames) {
    List<EnumType.EnumValue> values = new ArrayList<>();
    for (int i = 0; i < valuesAndNames.length; i += 2) {
      values.add(new EnumType.EnumValue(valuesAndNames[i], valuesAndNames[i + 1], null));
    }
    return new EnumType(name, null, expandable, valueType, values, HERE);
  }

  static Service service(List<ObjectType> objects, List<EnumType> enums) {
    return new Service("Zoo", "Microsoft.Zoo", "2024-01-01", "Zoo", null, PACKAGE, "zoo.json",
        objects, enums, List.of(), List.of());
  }

  /** Every model and enum of {@code service}, through the writers under test. */
  static List<JavaFile> emitAll(Service service) {
    EmitContext ctx = new EmitContext(service);
    List<JavaFile> files = new ArrayList<>();
    for (ObjectType o : service.objects()) {
      files.add(ModelClassWriter.write(service, o, ctx));
    }
    for (EnumType e : service.enums()) {
      files.add(e.expandable() ? ExpandableEnumWriter.write(service, e) : ClosedEnumWriter.write(service, e));
    }
    return files;
  }
}

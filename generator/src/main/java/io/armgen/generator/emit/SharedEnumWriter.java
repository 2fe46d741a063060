package io.armgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import io.armgen.generator.model.ApiModel;
import io.armgen.generator.model.EnumType;
import io.armgen.generator.model.Service;
import io.armgen.generator.model.ServiceLabels;
import io.armgen.generator.model.SharedShape;
import io.armgen.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Emits a shared enum, {@code <prefix>.common.<Name>}: an open value class whose known values are
 * the union of the services' enums (a closed enum and an open one unify to an open one), with
 * {@code of(Object)} converting any service's enum constant by its wire value.
 */
final class SharedEnumWriter {
  private SharedEnumWriter() {}

  static JavaFile write(SharedShape shape, ApiModel model) {
    List<EnumType.EnumValue> values = new ArrayList<>();
    for (String value : shape.knownValues()) {
      values.add(variantValue(shape, model, value)
          .orElse(new EnumType.EnumValue(value, value.toUpperCase(Locale.ROOT), "")));
    }
    String description = (shape.description() == null || shape.description().isBlank()
        ? "The " + shape.name() + " values" : shape.description().strip().replaceAll("\\.$", ""))
        + ", shared by " + String.join(", ", shape.joined().stream().map(SharedShape.Variant::service).toList())
        + " (as the property " + shape.matchedBy() + ").";
    EnumType type = new EnumType(shape.javaName(), description, true, TypeRef.PrimitiveKind.STRING, values, null);
    JavaFile file = ExpandableEnumWriter.write(shape.javaPackage(), type);
    ClassName self = SharedTypeNames.of(shape);
    MethodSpec of = MethodSpec.methodBuilder("of")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc("The shared value of any service's enum constant (or string), by its wire value.\n\n")
        .addJavadoc("@param value a service's enum constant, a string, or null\n")
        .addJavadoc("@return the shared value, or null when {@code value} is null\n")
        .addParameter(Object.class, "value")
        .returns(self)
        .addStatement("return value == null ? null : fromString(value.toString())")
        .build();
    return JavaFile.builder(file.packageName(), file.typeSpec().toBuilder().addMethod(of).build())
        .skipJavaLangImports(true)
        .build();
  }

  /** The value as a joined service's enum declares it: its constant name and description. */
  private static Optional<EnumType.EnumValue> variantValue(SharedShape shape, ApiModel model, String value) {
    ServiceLabels labels = new ServiceLabels(model.services());
    for (SharedShape.Variant v : shape.joined()) {
      List<EnumType> enums = labels.service(v.service()).map(Service::enums).orElse(List.of());
      for (EnumType e : enums) {
        if (e.name().equals(v.typeName())) {
          Optional<EnumType.EnumValue> found = e.values().stream()
              .filter(x -> x.value().equalsIgnoreCase(value)).findFirst();
          if (found.isPresent()) {
            return Optional.of(new EnumType.EnumValue(value, found.get().javaName(), found.get().description()));
          }
        }
      }
    }
    return Optional.empty();
  }
}

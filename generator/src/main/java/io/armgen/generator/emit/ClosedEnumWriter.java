package io.armgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.armgen.generator.model.EnumType;
import io.armgen.generator.model.Service;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Emits a closed enum ({@code x-ms-enum modelAsString: false}) as a Java {@code enum} whose
 * constants carry their wire value; reading a value it does not know fails, naming the value and
 * the known ones. Numeric wire values are held as text, as in {@link ExpandableEnumWriter}.
 */
final class ClosedEnumWriter {
  private ClosedEnumWriter() {}

  /**
   * The Java source of {@code type}, which must not be {@link EnumType#expandable()}.
   *
   * @throws IllegalArgumentException when the enum has no values (Java needs at least one constant
   *     to be useful, and a closed enum without values can never be read)
   */
  public static JavaFile write(Service service, EnumType type) {
    if (type.values().isEmpty()) {
      throw new IllegalArgumentException("Closed enum " + type.name() + " has no values");
    }
    ClassName name = ClassName.get(TypeNames.modelsPackage(service), type.name());
    TypeSpec.Builder e = TypeSpec.enumBuilder(name)
        .addJavadoc("$L\n", EnumDocs.typeDoc(type))
        .addModifiers(Modifier.PUBLIC);
    for (EnumType.EnumValue v : type.values()) {
      e.addEnumConstant(v.javaName(), TypeSpec.anonymousClassBuilder("$L", DocText.literal(v.value()))
          .addJavadoc("$L\n", EnumDocs.valueDoc(v))
          .build());
    }
    String known = type.values().stream().map(EnumType.EnumValue::value).collect(Collectors.joining(", "));
    e.addField(String.class, "value", Modifier.PRIVATE, Modifier.FINAL);
    e.addMethod(MethodSpec.constructorBuilder()
        .addParameter(String.class, "value")
        .addStatement("this.value = value")
        .build());
    e.addMethod(MethodSpec.methodBuilder("fromString")
        .addJavadoc("The constant for {@code value}: matched exactly, else ignoring case.\n\n")
        .addJavadoc("@param value the wire value\n@return the constant, or null when {@code value} is null\n")
        .addJavadoc("@throws IllegalArgumentException when {@code value} is not a known value\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(name)
        .addParameter(String.class, "value")
        .beginControlFlow("if (value == null)")
        .addStatement("return null")
        .endControlFlow()
        .beginControlFlow("for ($T known : values())", name)
        .beginControlFlow("if (known.value.equals(value))")
        .addStatement("return known")
        .endControlFlow()
        .endControlFlow()
        .beginControlFlow("for ($T known : values())", name)
        .beginControlFlow("if (known.value.equalsIgnoreCase(value))")
        .addStatement("return known")
        .endControlFlow()
        .endControlFlow()
        .addStatement("throw new $T($S + value + $L)", IllegalArgumentException.class,
            "Unknown " + type.name() + " value '", DocText.literal("'; known values: " + known))
        .build());
    e.addMethod(MethodSpec.methodBuilder("toString")
        .addJavadoc("The value as sent on the wire.\n")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("return this.value")
        .build());
    return JavaFile.builder(TypeNames.modelsPackage(service), e.build())
        .skipJavaLangImports(true)
        .build();
  }
}

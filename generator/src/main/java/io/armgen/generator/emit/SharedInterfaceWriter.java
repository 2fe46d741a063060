package io.armgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import io.armgen.generator.model.SharedShape;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.lang.model.element.Modifier;

/**
 * Emits the interface of a shared object shape, {@code <prefix>.common.<Name>}: a getter per
 * shared member and, for members writable in every variant, a fluent setter returning the
 * interface. Each joined service's model class implements it ({@link SharedModelBridges}).
 */
final class SharedInterfaceWriter {
  private SharedInterfaceWriter() {}

  static JavaFile write(SharedShape shape) {
    ClassName self = SharedTypeNames.of(shape);
    TypeSpec.Builder type = TypeSpec.interfaceBuilder(self)
        .addModifiers(Modifier.PUBLIC)
        .addSuperinterface(SharedTypeNames.JSON_WRITABLE)
        .addJavadoc("$L\n\n", doc(shape))
        .addJavadoc("<p>Implemented by $L.\n", variants(shape));
    for (SharedShape.Member m : shape.members()) {
      TypeName memberType = SharedTypeNames.member(m.type(), shape.javaPackage());
      type.addMethod(MethodSpec.methodBuilder(m.getter())
          .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
          .addJavadoc("$L\n", memberDoc(m))
          .addJavadoc(m.setter().isEmpty() ? "\n<p>Read-only here: read-only (or not settable alike) in some service.\n" : "")
          .addJavadoc("\n@return the $L value\n", m.javaName())
          .returns(memberType)
          .build());
      m.setter().ifPresent(setter -> type.addMethod(MethodSpec.methodBuilder(setter)
          .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
          .addJavadoc("Sets the $L property.\n\n@param value the value to set\n@return this object\n", m.javaName())
          .addParameter(memberType, "value")
          .returns(self)
          .build()));
    }
    return JavaFile.builder(shape.javaPackage(), type.build()).skipJavaLangImports(true).build();
  }

  /** The helper class converting a shared value into one service's model by its JSON. */
  static JavaFile valuesClass(String commonPackage) {
    ClassName self = SharedTypeNames.values(commonPackage);
    TypeVariableName t = TypeVariableName.get("T");
    ClassName json = ClassName.get("io.armgen.runtime.json", "Json");
    MethodSpec convert = MethodSpec.methodBuilder("convert")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addTypeVariable(t)
        .addJavadoc("Reads {@code value}, a model of any service, as another service's model through its JSON\n")
        .addJavadoc("(read-only properties included): the shapes are the same on the wire.\n\n")
        .addJavadoc("@param value the value, or null\n@param reader the target model's {@code fromJson}\n")
        .addJavadoc("@param <T> the target model\n@return the converted value, or null for null\n")
        .addParameter(SharedTypeNames.JSON_WRITABLE, "value")
        .addParameter(ParameterizedTypeName.get(ClassName.get("io.armgen.runtime.json", "JsonReadFunction"), t), "reader")
        .returns(t)
        .beginControlFlow("if (value == null)")
        .addStatement("return null")
        .endControlFlow()
        .beginControlFlow("try")
        .addStatement("return $T.parse($T.writeString(value, $T.FULL), reader)", json, json,
            ClassName.get("io.armgen.runtime.json", "JsonWriteMode"))
        .nextControlFlow("catch ($T e)", IOException.class)
        .addStatement("throw new $T(e)", UncheckedIOException.class)
        .endControlFlow()
        .build();
    TypeSpec type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("Conversions between the services' models of a shared shape.\n")
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(convert)
        .build();
    return JavaFile.builder(commonPackage, type).skipJavaLangImports(true).build();
  }

  static String variants(SharedShape shape) {
    return String.join(", ", shape.joined().stream()
        .map(v -> "{@code " + v.service() + "}'s {@code " + v.typeName() + "}").toList());
  }

  private static String doc(SharedShape shape) {
    String d = DocText.javadoc(shape.description());
    return (d.isEmpty() ? "The " + shape.name() + " shape." : d) + " Shared by the services of this run.";
  }

  private static String memberDoc(SharedShape.Member m) {
    String d = DocText.javadoc(m.description());
    return d.isEmpty() ? "The " + m.javaName() + " property." : d;
  }
}

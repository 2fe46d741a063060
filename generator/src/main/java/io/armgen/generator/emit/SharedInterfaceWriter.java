package io.armgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.armgen.generator.model.SharedShape;
import javax.lang.model.element.Modifier;

/**
 * Emits the interface of a shared object shape, {@code <prefix>.common.Common<Name>}: a getter per
 * shared member and, for members writable in every variant, a fluent setter returning the
 * interface. Each joined service's model offers it as its common view ({@link SharedModelViews}).
 */
final class SharedInterfaceWriter {
  private SharedInterfaceWriter() {}

  static JavaFile write(SharedShape shape) {
    ClassName self = SharedTypeNames.of(shape);
    TypeSpec.Builder type = TypeSpec.interfaceBuilder(self)
        .addModifiers(Modifier.PUBLIC)
        .addSuperinterface(SharedTypeNames.JSON_WRITABLE)
        .addJavadoc("$L\n\n", doc(shape))
        .addJavadoc("<p>Offered by $L, through their {@code asCommon()}.\n", variants(shape));
    for (SharedShape.Member m : shape.members()) {
      TypeName memberType = SharedTypeNames.member(m.type(), shape.javaPackage());
      type.addMethod(MethodSpec.methodBuilder(m.javaName())
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

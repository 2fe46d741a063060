package io.armgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.armgen.generator.model.EnumType;
import io.armgen.generator.model.Service;
import io.armgen.generator.model.TypeRef;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Emits an open ("expandable") enum as a final value class: one constant per known value, and
 * {@code fromString} keeps any other value in a new instance, so values a newer service version
 * introduces survive a read-modify-write round trip.
 *
 * <p>The value is always held as text, whatever the wire type: for a numeric (or boolean) enum it
 * is the number's JSON text ({@code "1"}), which the model writer sends back as a JSON number
 * ({@code JsonValueCode} writes it through {@code BigDecimal}, keeping the exact digits).
 */
final class ExpandableEnumWriter {
  private ExpandableEnumWriter() {}

  /** The Java source of {@code type}, which must be {@link EnumType#expandable()}. */
  public static JavaFile write(Service service, EnumType type) {
    return write(TypeNames.modelsPackage(service), type);
  }

  /** The Java source of {@code type} in {@code packageName} (the common package for shared enums). */
  public static JavaFile write(String packageName, EnumType type) {
    ClassName name = ClassName.get(packageName, type.name());
    TypeName known = ParameterizedTypeName.get(ClassName.get(List.class), name);
    String knownField = unusedName("KNOWN", type);
    TypeSpec.Builder cls = TypeSpec.classBuilder(name)
        .addJavadoc("$L\n", EnumDocs.typeDoc(type))
        .addJavadoc(numericNote(type))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL);
    for (EnumType.EnumValue v : type.values()) {
      cls.addField(FieldSpec.builder(name, v.javaName(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("$L\n", EnumDocs.valueDoc(v))
          .initializer("new $T($L)", name, DocText.literal(v.value()))
          .build());
    }
    CodeBlock constants = type.values().stream()
        .map(v -> CodeBlock.of("$L", v.javaName()))
        .collect(CodeBlock.joining(", "));
    cls.addField(FieldSpec.builder(known, knownField, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.of($L)", List.class, constants)
        .build());
    cls.addField(String.class, "value", Modifier.PRIVATE, Modifier.FINAL);
    cls.addMethod(MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(String.class, "value")
        .addStatement("this.value = value")
        .build());
    cls.addMethod(fromString(name, knownField));
    cls.addMethod(MethodSpec.methodBuilder("values")
        .addJavadoc("The known values, in the order the service declares them.\n\n@return the known values\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(ClassName.get(Collection.class), name))
        .addStatement("return $L", knownField)
        .build());
    cls.addMethod(MethodSpec.methodBuilder("toString")
        .addJavadoc("The value as sent on the wire.\n")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("return this.value")
        .build());
    cls.addMethod(MethodSpec.methodBuilder("equals")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(boolean.class)
        .addParameter(Object.class, "obj")
        .addStatement("return obj instanceof $T other && this.value.equals(other.value)", name)
        .build());
    cls.addMethod(MethodSpec.methodBuilder("hashCode")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(int.class)
        .addStatement("return $T.hashCode(this.value)", Objects.class)
        .build());
    return JavaFile.builder(packageName, cls.build())
        .skipJavaLangImports(true)
        .build();
  }

  /** Exact match first, so values differing only in case still map to their own constants. */
  private static MethodSpec fromString(ClassName name, String knownField) {
    return MethodSpec.methodBuilder("fromString")
        .addJavadoc("The constant for {@code value}: matched exactly, else ignoring case; any other\n")
        .addJavadoc("value is kept in a new instance.\n\n")
        .addJavadoc("@param value the wire value\n@return the matching value, or null when {@code value} is null\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(name)
        .addParameter(String.class, "value")
        .beginControlFlow("if (value == null)")
        .addStatement("return null")
        .endControlFlow()
        .beginControlFlow("for ($T known : $L)", name, knownField)
        .beginControlFlow("if (known.value.equals(value))")
        .addStatement("return known")
        .endControlFlow()
        .endControlFlow()
        .beginControlFlow("for ($T known : $L)", name, knownField)
        .beginControlFlow("if (known.value.equalsIgnoreCase(value))")
        .addStatement("return known")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return new $T(value)", name)
        .build();
  }

  private static CodeBlock numericNote(EnumType type) {
    if (type.valueType() == TypeRef.PrimitiveKind.STRING || type.valueType() == null) {
      return CodeBlock.of("");
    }
    return CodeBlock.of("\n<p>On the wire a $L; held here as its JSON text.\n", type.valueType().name().toLowerCase(Locale.ROOT));
  }

  /** {@code base}, or base with underscores appended, that no constant of {@code type} uses. */
  private static String unusedName(String base, EnumType type) {
    Set<String> taken = new HashSet<>();
    type.values().forEach(v -> taken.add(v.javaName()));
    String name = base;
    while (taken.contains(name)) {
      name = name + "_";
    }
    return name;
  }
}

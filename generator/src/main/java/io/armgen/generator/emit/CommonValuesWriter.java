package io.armgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * Emits {@code CommonValues}, the helper class of the common package that the models' common views
 * ({@link SharedModelViews}) call.
 */
final class CommonValuesWriter {
  private CommonValuesWriter() {}

  /**
   * The helper class of the common views: converting a shared value into one service's model by its
   * JSON, and lists and maps element by element.
   */
  static JavaFile write(String commonPackage) {
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
        .addMethod(mapList())
        .addMethod(mapValues())
        .build();
    return JavaFile.builder(commonPackage, type).skipJavaLangImports(true).build();
  }

  private static final TypeVariableName A = TypeVariableName.get("A");
  private static final TypeVariableName B = TypeVariableName.get("B");

  private static MethodSpec mapList() {
    return mapping("mapList", "list", ParameterizedTypeName.get(ClassName.get(List.class), A),
        ParameterizedTypeName.get(ClassName.get(List.class), B),
        "A new list of {@code list}'s elements, each turned by {@code function} (a null element stays\nnull).")
        .addStatement("$T<$T> result = new $T<>(list.size())", List.class, B, ArrayList.class)
        .beginControlFlow("for ($T element : list)", A)
        .addStatement("result.add(element == null ? null : function.apply(element))")
        .endControlFlow()
        .addStatement("return result")
        .build();
  }

  private static MethodSpec mapValues() {
    ClassName string = ClassName.get(String.class);
    return mapping("mapValues", "map", ParameterizedTypeName.get(ClassName.get(Map.class), string, A),
        ParameterizedTypeName.get(ClassName.get(Map.class), string, B),
        "A new map of {@code map}'s entries in their order, each value turned by {@code function} (a\nnull value stays null).")
        .addStatement("$T<String, $T> result = new $T<>()", Map.class, B, LinkedHashMap.class)
        .beginControlFlow("for ($T<String, $T> entry : map.entrySet())", Map.Entry.class, A)
        .addStatement("result.put(entry.getKey(), entry.getValue() == null ? null : function.apply(entry.getValue()))")
        .endControlFlow()
        .addStatement("return result")
        .build();
  }

  /** A static {@code <A, B>} method turning the elements of a container by a function; null stays null. */
  private static MethodSpec.Builder mapping(String name, String parameter, TypeName from, TypeName to, String summary) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addTypeVariables(List.of(A, B))
        .addJavadoc("$L\n\n@param $L the $L, or null\n@param function turns one element\n", summary, parameter, parameter)
        .addJavadoc("@param <A> the elements' type\n@param <B> the new elements' type\n")
        .addJavadoc("@return the new $L, or null for null\n", parameter)
        .addParameter(from, parameter)
        .addParameter(ParameterizedTypeName.get(ClassName.get(Function.class), WildcardTypeName.supertypeOf(A),
            WildcardTypeName.subtypeOf(B)), "function")
        .returns(to)
        .beginControlFlow("if ($L == null)", parameter)
        .addStatement("return null")
        .endControlFlow();
  }
}

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

  private static MethodSpec mapList() {
    TypeVariableName a = TypeVariableName.get("A");
    TypeVariableName b = TypeVariableName.get("B");
    return MethodSpec.methodBuilder("mapList")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addTypeVariables(List.of(a, b))
        .addJavadoc("A new list of {@code list}'s elements, each turned by {@code function} (a null element\n")
        .addJavadoc("stays null).\n\n@param list the list, or null\n@param function turns one element\n")
        .addJavadoc("@param <A> the elements' type\n@param <B> the new elements' type\n")
        .addJavadoc("@return the new list, or null for null\n")
        .addParameter(ParameterizedTypeName.get(ClassName.get(List.class), a), "list")
        .addParameter(function(a, b), "function")
        .returns(ParameterizedTypeName.get(ClassName.get(List.class), b))
        .beginControlFlow("if (list == null)")
        .addStatement("return null")
        .endControlFlow()
        .addStatement("$T<$T> result = new $T<>(list.size())", List.class, b, ArrayList.class)
        .beginControlFlow("for ($T element : list)", a)
        .addStatement("result.add(element == null ? null : function.apply(element))")
        .endControlFlow()
        .addStatement("return result")
        .build();
  }

  private static MethodSpec mapValues() {
    TypeVariableName a = TypeVariableName.get("A");
    TypeVariableName b = TypeVariableName.get("B");
    return MethodSpec.methodBuilder("mapValues")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addTypeVariables(List.of(a, b))
        .addJavadoc("A new map of {@code map}'s entries in their order, each value turned by {@code function} (a\n")
        .addJavadoc("null value stays null).\n\n@param map the map, or null\n@param function turns one value\n")
        .addJavadoc("@param <A> the values' type\n@param <B> the new values' type\n")
        .addJavadoc("@return the new map, or null for null\n")
        .addParameter(ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), a), "map")
        .addParameter(function(a, b), "function")
        .returns(ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), b))
        .beginControlFlow("if (map == null)")
        .addStatement("return null")
        .endControlFlow()
        .addStatement("$T<String, $T> result = new $T<>()", Map.class, b, LinkedHashMap.class)
        .beginControlFlow("for ($T<String, $T> entry : map.entrySet())", Map.Entry.class, a)
        .addStatement("result.put(entry.getKey(), entry.getValue() == null ? null : function.apply(entry.getValue()))")
        .endControlFlow()
        .addStatement("return result")
        .build();
  }

  private static TypeName function(TypeVariableName from, TypeVariableName to) {
    return ParameterizedTypeName.get(ClassName.get(Function.class), WildcardTypeName.supertypeOf(from),
        WildcardTypeName.subtypeOf(to));
  }
}

package io.armgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.armgen.generator.model.SharedShape;
import io.armgen.generator.model.TypeRef;
import java.util.List;
import java.util.Map;

/** Java types of the common package: shared interfaces, shared enums, and unified member types. */
final class SharedTypeNames {
  static final ClassName JSON_WRITABLE = ClassName.get("io.armgen.runtime.json", "JsonWritable");

  private SharedTypeNames() {}

  static ClassName of(SharedShape shape) {
    return ClassName.get(shape.javaPackage(), shape.javaName());
  }

  /** The helper class of the common package that converts between services' models. */
  static ClassName values(String commonPackage) {
    return ClassName.get(commonPackage, SharedShape.VALUES_CLASS);
  }

  /**
   * The Java type of a unified member: a {@link TypeRef.Named} is another type of the common
   * package, a list or map holds them ({@code List<CommonPrivateEndpointConnection>}).
   */
  static TypeName member(TypeRef type, String commonPackage) {
    if (type instanceof TypeRef.Named n) {
      return ClassName.get(commonPackage, n.name());
    }
    if (type instanceof TypeRef.ArrayOf a) {
      return ParameterizedTypeName.get(ClassName.get(List.class), member(a.items(), commonPackage));
    }
    if (type instanceof TypeRef.MapOf m) {
      return ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
          member(m.values(), commonPackage));
    }
    if (type instanceof TypeRef.Runtime r) {
      return ClassName.bestGuess(r.className());
    }
    return TypeNames.primitive(((TypeRef.Primitive) type).kind());
  }
}

package io.armgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import io.armgen.generator.model.SharedShape;
import io.armgen.generator.model.TypeRef;
import java.util.List;
import java.util.Map;

/** Java types of the common package: shared interfaces, shared enums, and unified member types. */
final class SharedTypeNames {
  static final ClassName JSON_WRITABLE = ClassName.get("io.armgen.runtime.json", "JsonWritable");
  static final String VALUES_CLASS = "SharedValues";

  private SharedTypeNames() {}

  static ClassName of(SharedShape shape) {
    return ClassName.get(shape.javaPackage(), shape.name());
  }

  /** The helper class of the common package that converts between services' models. */
  static ClassName values(String commonPackage) {
    return ClassName.get(commonPackage, VALUES_CLASS);
  }

  /**
   * The Java type of a unified member: a list or map of shared objects is read through a
   * wildcard ({@code List<? extends PrivateEndpointConnection>}), which each service's
   * {@code List<ItsOwnClass>} accessor satisfies as a covariant return.
   */
  static TypeName member(TypeRef type, String commonPackage) {
    if (type instanceof TypeRef.Named n) {
      return ClassName.get(commonPackage, n.name());
    }
    if (type instanceof TypeRef.ArrayOf a) {
      return ParameterizedTypeName.get(ClassName.get(List.class), element(a.items(), commonPackage));
    }
    if (type instanceof TypeRef.MapOf m) {
      return ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
          element(m.values(), commonPackage));
    }
    if (type instanceof TypeRef.Runtime r) {
      return ClassName.bestGuess(r.className());
    }
    return TypeNames.primitive(((TypeRef.Primitive) type).kind());
  }

  private static TypeName element(TypeRef type, String commonPackage) {
    TypeName inner = member(type, commonPackage);
    return type instanceof TypeRef.Named ? WildcardTypeName.subtypeOf(inner) : inner;
  }
}

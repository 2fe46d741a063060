package io.armgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.armgen.generator.model.Service;
import io.armgen.generator.model.TypeRef;

/** Maps common-model types to Java types for one service's generated code; public for tests outside {@code emit}. */
public final class TypeNames {
  private final String modelsPackage;

  /**
   * @param service the service whose model classes named types refer to
   */
  public TypeNames(Service service) {
    this.modelsPackage = modelsPackage(service);
  }

  /**
   * Where model classes, enums and resource ids go.
   *
   * @param service the service
   * @return {@code <javaPackage>.models}
   */
  public static String modelsPackage(Service service) {
    return service.javaPackage() + ".models";
  }

  /**
   * The Java type of a model type.
   *
   * @param type the type
   * @return the Java type, boxed for primitives (every property may be absent); {@code List} and
   *     {@code Map} for arrays and maps
   */
  public TypeName of(TypeRef type) {
    if (type instanceof TypeRef.Primitive p) {
      return primitive(p.kind());
    }
    if (type instanceof TypeRef.ArrayOf a) {
      return ParameterizedTypeName.get(ClassName.get("java.util", "List"), of(a.items()));
    }
    if (type instanceof TypeRef.MapOf m) {
      return ParameterizedTypeName.get(ClassName.get("java.util", "Map"), ClassName.get(String.class), of(m.values()));
    }
    if (type instanceof TypeRef.Named n) {
      return model(n.name());
    }
    TypeRef.Runtime r = (TypeRef.Runtime) type;
    return ClassName.bestGuess(r.className());
  }

  /**
   * A model class of this service.
   *
   * @param simpleName the class's simple name
   * @return the class name in the models package
   */
  public ClassName model(String simpleName) {
    return ClassName.get(modelsPackage, simpleName);
  }

  static TypeName primitive(TypeRef.PrimitiveKind kind) {
    switch (kind) {
      case STRING:
      case SECRET_STRING:
      case ARM_ID:
        return ClassName.get(String.class);
      case INT32:
        return ClassName.get(Integer.class);
      case INT64:
        return ClassName.get(Long.class);
      case FLOAT:
        return ClassName.get(Float.class);
      case DOUBLE:
        return ClassName.get(Double.class);
      case DECIMAL:
        return ClassName.get(java.math.BigDecimal.class);
      case BOOLEAN:
        return ClassName.get(Boolean.class);
      case DATE_TIME:
      case DATE_TIME_RFC1123:
      case UNIX_TIME:
        return ClassName.get(java.time.OffsetDateTime.class);
      case DATE:
        return ClassName.get(java.time.LocalDate.class);
      case DURATION:
        return ClassName.get(java.time.Duration.class);
      case UUID:
        return ClassName.get(java.util.UUID.class);
      case BYTES:
      case BASE64URL:
        return TypeName.get(byte[].class);
      case ANY:
      default:
        return ClassName.get(Object.class);
    }
  }
}

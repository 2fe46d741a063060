package io.armgen.generator.emit;

import io.armgen.generator.model.EnumType;
import io.armgen.generator.model.ObjectType;
import io.armgen.generator.model.Operation;
import io.armgen.generator.model.Parameter;
import io.armgen.generator.model.ResourceType;
import io.armgen.generator.model.Service;
import io.armgen.generator.model.SourceLocation;
import java.util.Locale;

/**
 * Where a diagnostic of the emitters about a model element points: the element's {@code origin},
 * or, for a model built without origins (tests, tools), the element's place in the service's
 * entry file ({@code /paths/~1things/get}, {@code /definitions/Thing}). Never the empty pointer:
 * the rule is that every diagnostic names a file and a JSON pointer.
 */
final class ModelLocations {
  private ModelLocations() {}

  /** The service as a whole: its {@code info} object, which names it. */
  static SourceLocation service(Service service) {
    return service.origin() != null ? service.origin() : SourceLocation.of(service.sourceFile(), "/info");
  }

  static SourceLocation of(Service service, Operation operation) {
    if (operation.origin() != null) {
      return operation.origin();
    }
    return SourceLocation.of(service.sourceFile(),
        "/paths/" + token(operation.path()) + "/" + operation.httpMethod().toLowerCase(Locale.ROOT));
  }

  /** A parameter of {@code operation}: where it is declared, else the operation. */
  static SourceLocation of(Service service, Operation operation, Parameter parameter) {
    SourceLocation declared = parameter.details().origin();
    return declared != null ? declared : of(service, operation);
  }

  static SourceLocation of(Service service, ObjectType object) {
    return object.origin() != null ? object.origin()
        : SourceLocation.of(service.sourceFile(), "/definitions/" + token(object.definitionName()));
  }

  static SourceLocation of(Service service, EnumType enumType) {
    return enumType.origin() != null ? enumType.origin()
        : SourceLocation.of(service.sourceFile(), "/definitions/" + token(enumType.name()));
  }

  /** A resource type: the operation whose path is its id template. */
  static SourceLocation of(Service service, ResourceType resource) {
    return resource.origin() != null ? resource.origin()
        : SourceLocation.of(service.sourceFile(), "/paths/" + token(resource.idTemplate()));
  }

  /** An {@code x-ms-examples} entry of {@code operation}. */
  static SourceLocation of(Service service, Operation operation, Operation.Example example) {
    if (example.origin() != null) {
      return example.origin();
    }
    SourceLocation op = of(service, operation);
    return SourceLocation.of(op.file(), op.pointer() + "/x-ms-examples/" + token(example.title()));
  }

  /** One JSON pointer token (RFC 6901). */
  private static String token(String text) {
    return (text == null ? "" : text).replace("~", "~0").replace("/", "~1");
  }
}

package io.armgen.generator.emit;

import static io.armgen.generator.emit.ModelFixtures.HERE;
import static io.armgen.generator.emit.ModelFixtures.service;
import static io.armgen.generator.model.TypeRef.PrimitiveKind.STRING;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.armgen.generator.model.EnumType;
import io.armgen.generator.model.ObjectType;
import io.armgen.generator.model.Service;
import io.armgen.generator.model.SourceLocation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every diagnostic names a file and a JSON pointer: a model element the loader recorded no origin
 * for (a synthesized one) is located by its spec file and the pointer its name gives, escaped as
 * RFC 6901 says; a recorded origin is used as it is.
 */
class FallbackLocationsTest {
  private static ObjectType object(String definitionName, SourceLocation origin) {
    return new ObjectType("Thing", definitionName, null, Optional.empty(), List.of(), Optional.empty(),
        Optional.empty(), Optional.empty(), List.of(), false, origin);
  }

  private static EnumType enumType(String name, SourceLocation origin) {
    return new EnumType(name, null, true, STRING, List.of(new EnumType.EnumValue("a", "A", null)), origin);
  }

  @Test
  void aServiceWithoutAnOriginIsLocatedAtItsInfoObject() {
    Service zoo = service(List.of(), List.of());
    assertEquals(SourceLocation.of("zoo.json", "/info"), ModelLocations.service(zoo));
  }

  @Test
  void aDefinitionWithoutAnOriginIsLocatedByItsEscapedName() {
    Service zoo = service(List.of(), List.of());
    assertEquals(SourceLocation.of("zoo.json", "/definitions/Pet~1Cat~0v2"),
        ModelLocations.of(zoo, object("Pet/Cat~v2", null)));
    assertEquals(SourceLocation.of("zoo.json", "/definitions/Size"), ModelLocations.of(zoo, enumType("Size", null)));
  }

  @Test
  void aRecordedOriginIsKept() {
    Service zoo = service(List.of(), List.of());
    SourceLocation at = new SourceLocation("specs/zoo.json", "/definitions/Pet", 12, 5);
    assertEquals(at, ModelLocations.of(zoo, object("Pet", at)));
    assertEquals(HERE, ModelLocations.of(zoo, enumType("Size", HERE)));
  }
}

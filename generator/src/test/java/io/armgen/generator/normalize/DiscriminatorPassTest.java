package io.armgen.generator.normalize;

import static io.armgen.generator.normalize.Fixtures.object;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.armgen.generator.model.Service;
import io.armgen.generator.model.TypeRef;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DiscriminatorPassTest {
  @Test
  void subtypesAreFoundEvenWhenOnlyTheBaseIsReferenced() {
    Service s = Fixtures.only(Fixtures.normalize(TestLoad.inline(
        "spec.json", TestLoad.swagger(
            "'/pets': {'get': {'operationId': 'Pets_Get', 'responses': {'200': {'description': 'ok', 'schema': {'$ref': '../common/pets.json#/definitions/Pet'}}}}}", ""),
        "../common/pets.json", TestLoad.swagger("", """
            'Pet': {'type': 'object', 'discriminator': 'kind', 'required': ['kind'], 'properties': {'kind': {'type': 'string'}}},
            'Cat': {'allOf': [{'$ref': '#/definitions/Pet'}], 'x-ms-discriminator-value': 'cat', 'properties': {'lives': {'type': 'integer'}}},
            'Lion': {'allOf': [{'$ref': '#/definitions/Cat'}]},
            'Rock': {'type': 'object', 'properties': {'weight': {'type': 'number'}}}
            """))));
    assertEquals(Optional.of("kind"), object(s, "Pet").discriminator());
    assertEquals(List.of("Cat", "Lion"), object(s, "Pet").subtypes());
    assertEquals(Optional.of("cat"), object(s, "Cat").discriminatorValue());
    assertEquals(Optional.of("Lion"), object(s, "Lion").discriminatorValue());
    assertEquals(Optional.of(new TypeRef.Named("Cat")), object(s, "Lion").parent());
    assertEquals(3, s.objects().size(), "Rock is neither referenced nor a subtype");
  }
}

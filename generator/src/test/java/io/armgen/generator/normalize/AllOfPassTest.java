package io.armgen.generator.normalize;

import static io.armgen.generator.normalize.Fixtures.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.generator.model.ObjectType;
import io.armgen.generator.model.Property;
import io.armgen.generator.model.Service;
import io.armgen.generator.model.TypeRef;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AllOfPassTest {
  private static List<String> names(ObjectType o) {
    return o.properties().stream().map(Property::javaName).toList();
  }

  @Test
  void singleBaseBecomesParent() {
    Service s = Fixtures.only(Fixtures.normalize(TestLoad.inline("spec.json", TestLoad.swagger("", """
        'Animal': {'type': 'object', 'properties': {'legs': {'type': 'integer'}}},
        'Dog': {'allOf': [{'$ref': '#/definitions/Animal'}], 'properties': {'legs': {'type': 'integer'}, 'bark': {'type': 'string'}}}
        """))));
    ObjectType dog = object(s, "Dog");
    assertEquals(Optional.of(new TypeRef.Named("Animal")), dog.parent());
    assertEquals(List.of("bark"), names(dog), "an inherited property is not repeated");
  }

  @Test
  void severalBasesFirstIsParentOthersCopiedInlineMerged() {
    Service s = Fixtures.only(Fixtures.normalize(TestLoad.inline("spec.json", TestLoad.swagger("", """
        'A': {'type': 'object', 'properties': {'a': {'type': 'string'}}},
        'B0': {'type': 'object', 'properties': {'b0': {'type': 'string'}}},
        'B': {'allOf': [{'$ref': '#/definitions/B0'}], 'properties': {'b': {'type': 'string'}, 'shared': {'type': 'string'}}},
        'C': {'allOf': [{'$ref': '#/definitions/A'}, {'$ref': '#/definitions/B'},
                        {'type': 'object', 'required': ['inline'], 'properties': {'inline': {'type': 'string'}}}],
              'properties': {'shared': {'type': 'integer'}, 'own': {'type': 'string'}}}
        """))));
    ObjectType c = object(s, "C");
    assertEquals(Optional.of(new TypeRef.Named("A")), c.parent());
    assertEquals(List.of("b0", "b", "shared", "inline", "own"), names(c));
    assertEquals(TypeRef.of(TypeRef.PrimitiveKind.INT32), Fixtures.property(c, "shared").type(), "later wins");
    assertTrue(Fixtures.property(c, "inline").required());
  }

  @Test
  void cycleIsReportedAndCut() {
    NormalizeResult r = Fixtures.normalize(TestLoad.inline("spec.json", TestLoad.swagger("", """
        'X': {'allOf': [{'$ref': '#/definitions/Y'}], 'properties': {'x': {'type': 'string'}}},
        'Y': {'allOf': [{'$ref': '#/definitions/X'}], 'properties': {'y': {'type': 'string'}}}
        """)));
    assertEquals(1, Fixtures.withCode(r, "ALLOF_CYCLE").size(), () -> r.diagnostics().toString());
    Service s = Fixtures.only(r);
    assertTrue(object(s, "X").parent().isEmpty() || object(s, "Y").parent().isEmpty());
  }
}

package io.armgen.generator.normalize;

import static io.armgen.generator.normalize.Fixtures.hasObject;
import static io.armgen.generator.normalize.Fixtures.object;
import static io.armgen.generator.normalize.Fixtures.property;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.generator.model.ObjectType;
import io.armgen.generator.model.Service;
import io.armgen.generator.model.TypeRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaCollectorTest {
  @Test
  void sameNamedDefinitionsOfTwoFilesStayDistinct() {
    NormalizeResult r = Fixtures.normalize(TestLoad.inline(
        "spec.json", TestLoad.swagger("", """
            'Widget': {'type': 'object', 'properties': {'name': {'type': 'string'}}},
            'Holder': {'type': 'object', 'properties': {
              'local': {'$ref': '#/definitions/Widget'},
              'shared': {'$ref': '../common/types.json#/definitions/Widget'}}}
            """),
        "../common/types.json", TestLoad.swagger("", "'Widget': {'type': 'object', 'properties': {'size': {'type': 'integer'}}}")));
    Service s = Fixtures.only(r);
    ObjectType holder = object(s, "Holder");
    assertEquals(new TypeRef.Named("Widget"), property(holder, "local").type(), "the entry document wins the plain name");
    assertEquals(new TypeRef.Named("Widget2"), property(holder, "shared").type());
    assertEquals("size", object(s, "Widget2").properties().get(0).javaName());
    assertEquals(1, Fixtures.withCode(r, "NAME_COLLISION").size(), "never silently");
    assertEquals("../common/types.json", Fixtures.withCode(r, "NAME_COLLISION").get(0).file());
  }

  @Test
  void collectsEntryDefinitionsAndReachableOnesOnly() {
    Service s = Fixtures.only(Fixtures.normalize(TestLoad.inline(
        "spec.json", TestLoad.swagger("", """
            'Unused': {'type': 'object', 'properties': {'a': {'type': 'string'}}},
            'Uses': {'type': 'object', 'properties': {'b': {'$ref': '../common/types.json#/definitions/Used'}}}
            """),
        "../common/types.json", TestLoad.swagger("", """
            'Used': {'type': 'object', 'properties': {'c': {'type': 'string'}}},
            'NotReached': {'type': 'object', 'properties': {'d': {'type': 'string'}}}
            """))));
    assertTrue(hasObject(s, "Unused"), "every definition of the entry document");
    assertTrue(hasObject(s, "Used"));
    assertFalse(hasObject(s, "NotReached"));
    assertEquals(List.of("Unused", "Used", "Uses"), s.objects().stream().map(ObjectType::name).toList(), "sorted by name");
  }

  @Test
  void inlineSchemasGetOwnerPlusPropertyNames() {
    Service s = Fixtures.only(Fixtures.normalize(TestLoad.inline("spec.json", TestLoad.swagger("", """
        'Vault': {'type': 'object', 'properties': {
          'network_acls': {'type': 'object', 'properties': {'bypass': {'type': 'string', 'enum': ['A', 'B']}}}}}
        """))));
    ObjectType acls = object(s, "VaultNetworkAcls");
    assertEquals("Vault", object(s, "Vault").definitionName());
    assertEquals(new TypeRef.Named("VaultNetworkAclsBypass"), property(acls, "bypass").type());
    assertEquals("networkAcls", object(s, "Vault").properties().get(0).javaName());
  }

  @Test
  void aPropertyTakesReadOnlySecretAndDescriptionFromTheDefinitionItRefersTo() {
    Service s = Fixtures.only(Fixtures.normalize(TestLoad.inline("spec.json", TestLoad.swagger("", """
        'Holder': {'type': 'object', 'properties': {
          'meta': {'$ref': '#/definitions/Meta'},
          'described': {'$ref': '#/definitions/Meta', 'description': 'its own words'},
          'plain': {'$ref': '#/definitions/Plain'}}},
        'Meta': {'type': 'object', 'readOnly': true, 'x-ms-secret': true, 'description': 'the target words',
          'properties': {'a': {'type': 'string'}}},
        'Plain': {'type': 'object', 'properties': {'b': {'type': 'string'}}}
        """))));
    ObjectType holder = object(s, "Holder");
    assertTrue(property(holder, "meta").readOnly());
    assertTrue(property(holder, "meta").secret());
    assertEquals("the target words", property(holder, "meta").description());
    assertEquals("its own words", property(holder, "described").description());
    assertFalse(property(holder, "plain").readOnly());
    assertFalse(property(holder, "plain").secret());
  }

  @Test
  void theBasesOfAnInlineAllOfPartAreTheOwnersToo() {
    Service s = Fixtures.only(Fixtures.normalize(TestLoad.inline("spec.json", TestLoad.swagger("", """
        'Base': {'type': 'object', 'properties': {'fromBase': {'type': 'string'}}},
        'Owner': {'type': 'object', 'allOf': [{'allOf': [{'$ref': '#/definitions/Base'}],
          'properties': {'fromPart': {'type': 'string'}}}], 'properties': {'own': {'type': 'string'}}}
        """))));
    ObjectType owner = object(s, "Owner");
    assertEquals(java.util.Optional.of(new TypeRef.Named("Base")), owner.parent());
    assertEquals(List.of("fromPart", "own"), owner.properties().stream().map(p -> p.javaName()).sorted().toList());
  }
}

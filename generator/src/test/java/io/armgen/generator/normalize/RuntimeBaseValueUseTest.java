package io.armgen.generator.normalize;

import static io.armgen.generator.normalize.Fixtures.hasObject;
import static io.armgen.generator.normalize.Fixtures.object;
import static io.armgen.generator.normalize.Fixtures.property;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.generator.model.Service;
import io.armgen.generator.model.TypeRef;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Regression (found by SpecFuzzTest, mutant #482 of seed 20260601): a resource base that is also
 * used as a property's value type must stay a generated model, because the runtime's Resource
 * classes are abstract and have no fromJson; the generated reader called one that does not exist.
 */
class RuntimeBaseValueUseTest {
  @Test
  void resourceBaseUsedAsAValueStaysAModel() {
    NormalizeResult r = Fixtures.normalize(TestLoad.inline("spec.json", TestLoad.swagger("",
        "'ProxyResource': {'type': 'object', 'properties': {'id': {'type': 'string', 'readOnly': true},"
            + " 'name': {'type': 'string', 'readOnly': true}, 'type': {'type': 'string', 'readOnly': true}}},"
            + "'Child': {'allOf': [{'$ref': '#/definitions/ProxyResource'}], 'properties': {'x': {'type': 'string'}}},"
            + "'Holder': {'type': 'object', 'properties': {'items': {'type': 'array', 'items': {'$ref': '#/definitions/ProxyResource'}}}}")));
    Fixtures.assertNoErrors(r);
    Service s = Fixtures.only(r);
    assertTrue(hasObject(s, "ProxyResource"), "kept as a model: it is read as a value");
    TypeRef items = property(object(s, "Holder"), "items").type();
    assertEquals(new TypeRef.ArrayOf(new TypeRef.Named("ProxyResource")), items);
    assertEquals(Optional.of(new TypeRef.Named("ProxyResource")), object(s, "Child").parent());
  }

  /**
   * Regression (the 20,000-mutant long run, mutant #6857 of seed 20260601, a swapped $ref put
   * systemData into a model's allOf): a SystemData look-alike used as a base must stay a model,
   * since the runtime's SystemData is final; the child extended it and did not compile.
   */
  @Test
  void systemDataUsedAsABaseStaysAModel() {
    NormalizeResult r = Fixtures.normalize(TestLoad.inline("spec.json", TestLoad.swagger("",
        "'systemData': {'type': 'object', 'properties': {'createdBy': {'type': 'string'},"
            + " 'createdAt': {'type': 'string', 'format': 'date-time'}, 'lastModifiedAt': {'type': 'string', 'format': 'date-time'}}},"
            + "'Child': {'allOf': [{'$ref': '#/definitions/systemData'}], 'properties': {'x': {'type': 'string'}}},"
            + "'Holder': {'type': 'object', 'properties': {'data': {'$ref': '#/definitions/systemData'}}}")));
    Fixtures.assertNoErrors(r);
    Service s = Fixtures.only(r);
    assertTrue(hasObject(s, "SystemData"), "kept as a model: it is extended");
    assertEquals(Optional.of(new TypeRef.Named("SystemData")), object(s, "Child").parent());
    assertEquals(new TypeRef.Named("SystemData"), property(object(s, "Holder"), "data").type());
  }
}

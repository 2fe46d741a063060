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
}

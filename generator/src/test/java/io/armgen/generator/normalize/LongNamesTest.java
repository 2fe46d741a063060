package io.armgen.generator.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.generator.model.ObjectType;
import io.armgen.generator.model.OperationGroup;
import io.armgen.generator.model.Service;
import org.junit.jupiter.api.Test;

/**
 * Regressions: names become file names, and file systems refuse more than 255 bytes, so a type or
 * operation-group name is cut at {@link JavaNaming#MAX_TYPE_NAME} characters with a warning.
 * Found by HostileLimitsTest (495 nested inline schemas) and by SpecFuzzTest (mutants #743, #4127,
 * #5090 of seed 20260601: a 600-character operationId), which failed at write time instead.
 */
class LongNamesTest {
  @Test
  void longTypeAndGroupNamesAreCutWithAWarning() {
    String longName = "Very".repeat(100);
    NormalizeResult r = Fixtures.normalize(TestLoad.inline("spec.json", TestLoad.swagger(
        "'/a': {'get': {'operationId': '" + longName + "_Get', 'responses': {'200': {'description': 'ok',"
            + " 'schema': {'$ref': '#/definitions/" + longName + "'}}}}}",
        "'" + longName + "': {'type': 'object', 'properties': {'x': {'type': 'string'}}},"
            + "'" + longName + "Two': {'type': 'object', 'properties': {'y': {'type': 'string'}}}")));
    Fixtures.assertNoErrors(r);
    Service s = Fixtures.only(r);
    for (ObjectType o : s.objects()) {
      assertTrue(o.name().length() <= JavaNaming.MAX_TYPE_NAME + 1, o.name());
    }
    assertEquals(2, s.objects().stream().map(o -> o.name().toLowerCase(java.util.Locale.ROOT)).distinct().count(),
        "the two cut names stay distinct");
    for (OperationGroup g : s.groups()) {
      assertEquals(JavaNaming.MAX_TYPE_NAME, g.name().length(), g.name());
    }
    assertEquals(3, Fixtures.withCode(r, "NAME_TOO_LONG").size(), r.diagnostics()::toString);
  }
}

package io.armgen.generator.emit;

import static io.armgen.generator.emit.ModelFixtures.prim;
import static io.armgen.generator.emit.ModelFixtures.prop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.palantir.javapoet.FieldSpec;
import io.armgen.generator.model.TypeRef.PrimitiveKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The constants generated models keep their pre-encoded JSON field names in. */
class JsonFieldNameConstantsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "privateLinkServiceConnectionState | PRIVATE_LINK_SERVICE_CONNECTION_STATE",
      "id | ID", "ipV4Address | IP_V4_ADDRESS", "p2pKey | P2P_KEY", "URLPath | URLPATH",
      "@odata.type | ODATA_TYPE", "x-ms-client-name | X_MS_CLIENT_NAME", "base_product_id | BASE_PRODUCT_ID",
      "fish.type | FISH_TYPE", "$ref | REF", "1st | FIELD_1ST", "_ | FIELD", "'' | FIELD",
      "caf\u00e9 | CAF", "\u540d\u524d | FIELD", "a\u2028b | A_B"})
  void constantNamesAreUpperSnakeCaseJavaIdentifiers(String wireName, String constant) {
    assertEquals(constant, JsonFieldNameConstants.constantName(wireName));
  }

  @Test
  void oneConstantPerDistinctKeyNestedOnesIncludedInWriteOrder() {
    WireTree tree = WireTree.of("Connection", List.of(
        prop("id", prim(PrimitiveKind.STRING)),
        prop("endpointId", prim(PrimitiveKind.STRING), "properties", "privateEndpoint", "id"),
        prop("status", prim(PrimitiveKind.STRING), "properties", "status"),
        prop("dashed", prim(PrimitiveKind.STRING), "a-b"),
        prop("camel", prim(PrimitiveKind.STRING), "aB")));
    JsonFieldNameConstants constants = new JsonFieldNameConstants(tree);
    assertEquals(List.of(
            "private static final io.armgen.runtime.json.JsonFieldName ID = io.armgen.runtime.json.JsonFieldName.of(\"id\");\n",
            "private static final io.armgen.runtime.json.JsonFieldName PROPERTIES = io.armgen.runtime.json.JsonFieldName.of(\"properties\");\n",
            "private static final io.armgen.runtime.json.JsonFieldName PRIVATE_ENDPOINT = io.armgen.runtime.json.JsonFieldName.of(\"privateEndpoint\");\n",
            "private static final io.armgen.runtime.json.JsonFieldName STATUS = io.armgen.runtime.json.JsonFieldName.of(\"status\");\n",
            "private static final io.armgen.runtime.json.JsonFieldName A_B = io.armgen.runtime.json.JsonFieldName.of(\"a-b\");\n",
            "private static final io.armgen.runtime.json.JsonFieldName A_B_2 = io.armgen.runtime.json.JsonFieldName.of(\"aB\");\n"),
        constants.fields().stream().map(FieldSpec::toString).toList());
    assertEquals("A_B_2", constants.of("aB"));
    assertThrows(IllegalArgumentException.class, () -> constants.of("missing"));
  }
}

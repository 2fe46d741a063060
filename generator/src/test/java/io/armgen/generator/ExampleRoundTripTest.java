package io.armgen.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.armgen.generator.emit.TypeNames;
import io.armgen.generator.model.Operation;
import io.armgen.generator.model.Service;
import io.armgen.generator.model.TypeRef;
import io.armgen.generator.testing.GeneratedCode;
import io.armgen.generator.testing.RepoPaths;
import io.armgen.runtime.json.Json;
import io.armgen.runtime.json.JsonWritable;
import io.armgen.runtime.json.JsonWriteMode;
import java.lang.reflect.Method;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every x-ms-examples response body of the four specs parses into its typed class and writes back
 * equal (date-times compared as instants); unknown fields are ignored and unknown enum values kept.
 */
class ExampleRoundTripTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static GeneratorResult result;
  private static ClassLoader loader;

  @BeforeAll
  static void generateAndCompile() {
    result = new Generator().generate(GeneratorOptions.of(List.of(RepoPaths.specs())));
    assertFalse(result.hasErrors(), () -> result.diagnostics().toString());
    loader = GeneratedCode.load(GeneratedCode.compileClean(result.files()));
  }

  @TestFactory
  Stream<DynamicTest> everyExampleResponseRoundTrips() throws Exception {
    List<DynamicTest> tests = new ArrayList<>();
    for (Service service : result.model().services()) {
      TypeNames names = new TypeNames(service);
      service.groups().forEach(g -> g.operations().forEach(op -> {
        for (Operation.Example ex : op.examples()) {
          JsonNode responses;
          try {
            responses = MAPPER.readTree(ex.json()).path("responses");
          } catch (Exception e) {
            throw new AssertionError(ex.file(), e);
          }
          for (Operation.Response r : op.responses()) {
            JsonNode body = responses.path(String.valueOf(r.status())).path("body");
            if (r.body().isEmpty() || body.isMissingNode()) {
              continue;
            }
            TypeRef type = r.body().get();
            tests.add(DynamicTest.dynamicTest(service.name() + " " + op.operationId() + " " + ex.title() + " " + r.status(),
                () -> assertRoundTrip(names, service, type, body)));
          }
        }
      }));
    }
    assertTrue(tests.size() >= 12, "expected response examples for all four services, found " + tests.size());
    return tests.stream();
  }

  @Test
  void unknownFieldsAreIgnoredAndUnknownEnumValuesSurvive() throws Exception {
    Class<?> cls = loader.loadClass("io.armgen.generated.containerregistry.v2021_09_01.models.PrivateEndpointConnection");
    String json = "{\"id\":\"/x\",\"futureField\":{\"a\":[1,2]},\"properties\":{\"privateLinkServiceConnectionState\":"
        + "{\"status\":\"PendingReview\",\"actionsRequired\":\"Recreate\"},\"provisioningState\":\"Migrating\"}}";
    Object model = read(cls, json);
    JsonNode back = MAPPER.readTree(Json.writeString((JsonWritable) model, JsonWriteMode.FULL));
    assertEquals("PendingReview", back.at("/properties/privateLinkServiceConnectionState/status").asText());
    assertEquals("Migrating", back.at("/properties/provisioningState").asText());
    assertTrue(back.path("futureField").isMissingNode());
    Object state = cls.getMethod("privateLinkServiceConnectionState").invoke(model);
    Object status = state.getClass().getMethod("status").invoke(state);
    assertEquals("PendingReview", status.toString());
  }

  @Test
  void readOnlyPropertiesAreNotSentInRequests() throws Exception {
    Class<?> cls = loader.loadClass("io.armgen.generated.containerregistry.v2021_09_01.models.PrivateEndpointConnection");
    String json = "{\"id\":\"/subscriptions/s/x\",\"name\":\"c\",\"properties\":{\"provisioningState\":\"Succeeded\","
        + "\"privateLinkServiceConnectionState\":{\"status\":\"Approved\"}}}";
    Object model = read(cls, json);
    JsonNode request = MAPPER.readTree(Json.writeString((JsonWritable) model, JsonWriteMode.REQUEST));
    assertTrue(request.path("id").isMissingNode(), request.toString());
    assertTrue(request.at("/properties/provisioningState").isMissingNode(), request.toString());
    assertEquals("Approved", request.at("/properties/privateLinkServiceConnectionState/status").asText());
  }

  private static void assertRoundTrip(TypeNames names, Service service, TypeRef type, JsonNode body) throws Exception {
    String className = type instanceof TypeRef.Named n ? names.model(n.name()).canonicalName()
        : ((TypeRef.Runtime) type).className();
    Class<?> cls = loader.loadClass(className);
    Object model = read(cls, body.toString());
    assertNotNull(model);
    JsonNode back = MAPPER.readTree(Json.writeString((JsonWritable) model, JsonWriteMode.FULL));
    assertEquals(normalize(body), normalize(back), () -> service.name() + " " + className);
  }

  private static Object read(Class<?> cls, String json) throws Exception {
    Method fromJson = cls.getMethod("fromJson", JsonParser.class);
    try (JsonParser p = Json.factory().createParser(json)) {
      p.nextToken();
      return fromJson.invoke(null, p);
    }
  }

  /** Date-time strings compared as instants: "2021-01-01T00:00:00Z" equals "2021-01-01T00:00:00+00:00". */
  private static JsonNode normalize(JsonNode node) {
    if (node.isObject()) {
      ObjectNode copy = MAPPER.createObjectNode();
      Iterator<Map.Entry<String, JsonNode>> it = node.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        copy.set(e.getKey(), normalize(e.getValue()));
      }
      return copy;
    }
    if (node.isArray()) {
      var arr = MAPPER.createArrayNode();
      node.forEach(n -> arr.add(normalize(n)));
      return arr;
    }
    if (node.isTextual()) {
      try {
        return MAPPER.getNodeFactory().textNode(OffsetDateTime.parse(node.asText()).toInstant().toString());
      } catch (RuntimeException notADate) {
        return node;
      }
    }
    return node;
  }
}

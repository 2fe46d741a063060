package io.armgen.generator.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.testing.compile.Compilation;
import io.armgen.generator.emit.GeneratedFile;
import io.armgen.generator.testing.GeneratedCode;
import java.lang.reflect.Method;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 section 4, samples: the strings of an {@code x-ms-examples} file (parameter values,
 * body fields, map keys, the example's title) become string literals of a runnable sample. The
 * sample must compile with the client and send exactly the example's values.
 */
class HostileExamplesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String INJECTION = SpecTextInjectionTest.INJECTION;

  @TempDir
  Path tmp;

  @Test
  void anExampleFullOfHostileStringsBecomesASampleThatSendsThem() throws Exception {
    String thingName = "*/ y /*\\u000a";
    String query = "line\u2028separator \u202e";
    String field = "nul\u0000 esc\u001b \"q\\";
    String key = INJECTION;
    Path spec = writeSpec(thingName, query, field, key);
    CliRun run = CliRun.generate(spec, tmp.resolve("out"), "--samples", tmp.resolve("samples").toString());
    run.assertCompiles();
    List<GeneratedFile> all = new ArrayList<>(CliRun.javaFiles(tmp.resolve("out")));
    List<GeneratedFile> samples = CliRun.javaFiles(tmp.resolve("samples"));
    assertEquals(1, samples.size(), () -> "one sample: " + samples);
    all.addAll(samples);
    Compilation compiled = GeneratedCode.compileClean(all);
    compiled.generatedFiles().forEach(f -> assertFalse(f.getName().matches(".*/Injected\\d*\\.class"), f.getName()));
    ClassLoader loader = GeneratedCode.load(compiled);

    Class<?> sample = loader.loadClass(samples.get(0).relativePath().replace(".java", "").replace('/', '.'));
    Class<?> clientType = loader.loadClass(CliRun.className(all, "ThingsClient"));
    try (CapturingServer server = new CapturingServer()) {
      Method runIt = sample.getMethod("run", clientType);
      runIt.invoke(null, server.client(clientType));
      CapturingServer.Seen seen = server.last();
      String path = URLDecoder.decode(seen.rawPath().replace("+", "%2B"), StandardCharsets.UTF_8);
      assertEquals("/subscriptions/sub-1/providers/Microsoft.Hostile/things/" + thingName, path);
      assertEquals(query, seen.query().get("q"));
      ObjectNode body = (ObjectNode) JSON.readTree(seen.body());
      assertEquals(field, body.path("s").asText());
      assertEquals(field, body.path("m").path(key).asText());
      assertEquals(key, body.path("any").path(field).get(0).asText());
    }
  }

  private Path writeSpec(String thingName, String query, String field, String key) throws JsonProcessingException {
    ObjectNode root = JSON.createObjectNode().put("swagger", "2.0");
    root.putObject("info").put("title", "Hostile").put("version", "1");
    ObjectNode put = root.putObject("paths").putObject("/subscriptions/{subscriptionId}/providers/Microsoft.Hostile/things/{thingName}")
        .putObject("put").put("operationId", "Things_Put");
    put.putObject("x-ms-examples").putObject("Put " + INJECTION).put("$ref", "./examples/put.json");
    ArrayNode parameters = put.putArray("parameters");
    for (String name : List.of("subscriptionId", "thingName")) {
      parameters.addObject().put("name", name).put("in", "path").put("required", true).put("type", "string");
    }
    for (String name : List.of("api-version", "q")) {
      parameters.addObject().put("name", name).put("in", "query").put("required", true).put("type", "string");
    }
    parameters.addObject().put("name", "body").put("in", "body").put("required", true)
        .putObject("schema").put("$ref", "#/definitions/Thing");
    put.putObject("responses").putObject("200").put("description", "ok").putObject("schema").put("$ref", "#/definitions/Thing");
    ObjectNode properties = root.putObject("definitions").putObject("Thing").put("type", "object").putObject("properties");
    properties.putObject("s").put("type", "string");
    properties.putObject("m").put("type", "object").putObject("additionalProperties").put("type", "string");
    properties.putObject("any").put("type", "object");

    ObjectNode example = JSON.createObjectNode();
    ObjectNode values = example.putObject("parameters").put("subscriptionId", "sub-1").put("thingName", thingName)
        .put("api-version", "1").put("q", query);
    ObjectNode body = values.putObject("body").put("s", field);
    body.putObject("m").put(key, field);
    body.putObject("any").putArray(field).add(key);
    example.putObject("responses").putObject("200").putObject("body");
    ObjectMapper ascii = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    HostileSpec.write(tmp, "examples/put.json", ascii.writeValueAsString(example));
    return HostileSpec.write(tmp, "spec.json", ascii.writeValueAsString(root));
  }
}

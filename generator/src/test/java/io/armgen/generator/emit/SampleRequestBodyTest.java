package io.armgen.generator.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.armgen.generator.Generator;
import io.armgen.generator.GeneratorOptions;
import io.armgen.generator.GeneratorResult;
import io.armgen.runtime.arm.ArmClientBuilder;
import io.armgen.runtime.http.HttpHeaders;
import io.armgen.runtime.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated sample sends its example's request body: a tracked resource's location and tags,
 * a map too large for {@code Map.of}, and a list that holds a null. Written from the example text
 * here, not from the generator's model; answered in memory by a pipeline policy.
 */
class SampleRequestBodyTest {
  private static final String PATH =
      "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Zoo/cages/{cageName}";
  private static final String SPEC = """
      {"swagger": "2.0", "info": {"title": "Zoo", "version": "2024-01-01"}, "host": "management.azure.com",
       "paths": {"%s": {"put": {"operationId": "Cages_Create",
         "parameters": [
           {"name": "subscriptionId", "in": "path", "required": true, "type": "string"},
           {"name": "resourceGroupName", "in": "path", "required": true, "type": "string"},
           {"name": "cageName", "in": "path", "required": true, "type": "string"},
           {"name": "api-version", "in": "query", "required": true, "type": "string"},
           {"name": "body", "in": "body", "required": true, "schema": {"$ref": "#/definitions/Cage"}}],
         "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Cage"}}},
         "x-ms-examples": {"Create": {"$ref": "./examples/create.json"}}}}},
       "definitions": {
        "Cage": {"type": "object", "x-ms-azure-resource": true, "required": ["location"], "properties": {
          "id": {"type": "string", "readOnly": true}, "name": {"type": "string", "readOnly": true},
          "type": {"type": "string", "readOnly": true}, "location": {"type": "string"},
          "tags": {"type": "object", "additionalProperties": {"type": "string"}},
          "properties": {"x-ms-client-flatten": true, "$ref": "#/definitions/CageProperties"}}},
        "CageProperties": {"type": "object", "properties": {
          "sizes": {"type": "array", "items": {"type": "integer", "format": "int32"}},
          "labels": {"type": "object", "additionalProperties": {"type": "string"}}}}}}
      """.formatted(PATH);
  private static final String BODY = """
      {"location": "westus", "tags": {"env": "test"},
       "properties": {"sizes": [1, null, 3], "labels": {"a": "1", "b": "2", "c": "3", "d": "4", "e": "5", "f": "6",
         "g": "7", "h": "8", "i": "9", "j": "10", "k": "11"}}}""";
  private static final String EXAMPLE = """
      {"parameters": {"subscriptionId": "sub1", "resourceGroupName": "rg1", "cageName": "c1",
        "api-version": "2024-01-01", "body": %s},
       "responses": {"200": {"body": {"location": "westus"}}}}
      """.formatted(BODY);

  @TempDir
  Path tmp;

  @Test
  void theSampleSendsTheExamplesBody() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("specification/zoo"));
    Files.writeString(dir.resolve("zoo.json"), SPEC);
    Files.writeString(Files.createDirectories(dir.resolve("examples")).resolve("create.json"), EXAMPLE);
    GeneratorResult result = new Generator().generate(
        new GeneratorOptions(List.of(dir.resolve("zoo.json")), "com.example", false, List.of()));
    assertFalse(result.hasErrors(), () -> result.diagnostics().toString());
    List<String> notes = new ArrayList<>();
    List<SampleEmitter.Sample> samples = new SampleEmitter().emit(result.model(), (at, note) -> notes.add(note));
    assertEquals(List.of(), notes);
    assertEquals(1, samples.size());
    List<GeneratedFile> files = new ArrayList<>(result.files());
    files.add(samples.get(0).file());
    Map<String, String> sources = files.stream().filter(f -> f.relativePath().endsWith(".java"))
        .collect(Collectors.toMap(GeneratedFile::relativePath, GeneratedFile::content));
    ClassLoader loader = GeneratedCode.compileOnce(sources).loader();

    List<String> sent = new ArrayList<>();
    SampleEmitter.Sample sample = samples.get(0);
    Class<?> clientType = loader.loadClass(sample.service().javaPackage() + "." + sample.group().name() + "Client");
    ArmClientBuilder<?> builder = (ArmClientBuilder<?>) clientType.getMethod("builder").invoke(null);
    builder.addPolicy((request, next) -> {
      sent.add(new String(request.body(), StandardCharsets.UTF_8));
      return new HttpResponse(200, HttpHeaders.of(Map.of("content-type", List.of("application/json"))),
          "{\"location\": \"westus\"}".getBytes(StandardCharsets.UTF_8));
    });
    builder.getClass().getMethod("endpoint", String.class).invoke(builder, "http://127.0.0.1:1");
    builder.getClass().getMethod("subscriptionId", String.class).invoke(builder, "sub1");
    Object client = builder.getClass().getMethod("build").invoke(builder);
    loader.loadClass(sample.className()).getMethod("run", clientType).invoke(null, client);

    ObjectMapper json = new ObjectMapper();
    JsonNode expected = json.readTree(BODY);
    assertEquals(1, sent.size());
    assertEquals(expected, json.readTree(sent.get(0)));
  }
}

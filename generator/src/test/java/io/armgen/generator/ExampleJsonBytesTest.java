package io.armgen.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.armgen.generator.emit.TypeNames;
import io.armgen.generator.model.Operation;
import io.armgen.generator.model.Service;
import io.armgen.generator.model.TypeRef;
import io.armgen.generator.testing.GeneratedCode;
import io.armgen.generator.testing.RepoPaths;
import io.armgen.runtime.json.Json;
import io.armgen.runtime.json.JsonWritable;
import io.armgen.runtime.json.JsonWriteMode;
import io.armgen.runtime.json.JsonWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every x-ms-examples body (request and responses) of the bundled specs and of the upstream Azure
 * specs, read into its generated model, is written by the runtime's own writer byte for byte as
 * jackson-core's generator writes it from the same model: the generated {@code toJson} runs once
 * on each ({@code JsonWriter.of} forwards every call to jackson-core), in both write modes, as
 * UTF-8 bytes and as text.
 */
class ExampleJsonBytesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory JACKSON = new JsonFactory();
  /** The upstream entry specs that have example files in the corpus. */
  private static final List<String> UPSTREAM_WITH_EXAMPLES =
      List.of("containerregistry.json", "keyvault.json", "privateEndpointConnection.json");

  @TestFactory
  Stream<DynamicTest> bundledExamples() {
    List<DynamicTest> tests = examplesOf(List.of(RepoPaths.specs()));
    // 16 example files: 3 request bodies and 16 response bodies with a model type
    assertTrue(tests.size() >= 19, "expected the bodies of the bundled examples, found " + tests.size());
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> upstreamExamples() throws IOException {
    Path root = RepoPaths.upstreamSpecsOrSkip();
    List<Path> entries;
    try (Stream<Path> files = Files.walk(root)) {
      entries = files.filter(p -> UPSTREAM_WITH_EXAMPLES.contains(p.getFileName().toString())).sorted().toList();
    }
    assertEquals(UPSTREAM_WITH_EXAMPLES.size(), entries.size(), () -> "upstream entry specs: " + entries);
    List<DynamicTest> tests = examplesOf(entries);
    // ACR get, KeyVault list, Cosmos update (request and response); the delete examples have no body
    assertTrue(tests.size() >= 4, "expected the bodies of the upstream examples, found " + tests.size());
    return tests.stream();
  }

  private static List<DynamicTest> examplesOf(List<Path> specs) {
    GeneratorResult result = new Generator().generate(GeneratorOptions.of(specs));
    assertFalse(result.hasErrors(), () -> result.diagnostics().toString());
    ClassLoader loader = GeneratedCode.load(GeneratedCode.compileClean(result.files()));
    List<DynamicTest> tests = new ArrayList<>();
    for (Service service : result.model().services()) {
      TypeNames names = new TypeNames(service);
      service.groups().forEach(group -> group.operations().forEach(op -> {
        for (Operation.Example example : op.examples()) {
          JsonNode json = readTree(example);
          String name = service.name() + " " + op.operationId() + " " + example.title();
          op.body().ifPresent(body -> addBody(tests, loader, modelClass(service, names, body.type()),
              name + " request", json.path("parameters").path(body.wireName())));
          for (Operation.Response response : op.responses()) {
            response.body().ifPresent(type -> addBody(tests, loader, modelClass(service, names, type),
                name + " " + response.status(), json.path("responses").path(String.valueOf(response.status()))
                    .path("body")));
          }
        }
      }));
    }
    return tests;
  }

  /** The generated (or runtime) model class of {@code type}; null for enums, arrays, maps and scalars. */
  private static String modelClass(Service service, TypeNames names, TypeRef type) {
    if (type instanceof TypeRef.Named n && service.objects().stream().anyMatch(o -> o.name().equals(n.name()))) {
      return names.model(n.name()).canonicalName();
    }
    return type instanceof TypeRef.Runtime r ? r.className() : null;
  }

  /** A test for one body, when the example has it and its type is a model. */
  private static void addBody(List<DynamicTest> tests, ClassLoader loader, String className, String name,
      JsonNode body) {
    if (body.isMissingNode() || className == null) {
      return;
    }
    tests.add(DynamicTest.dynamicTest(name, () -> {
      JsonWritable model = (JsonWritable) read(loader.loadClass(className), body.toString());
      assertNotNull(model, name);
      for (JsonWriteMode mode : JsonWriteMode.values()) {
        assertEquals(jacksonBytes(model, mode), latin1(Json.writeBytes(model, mode)), () -> name + " " + mode);
        assertEquals(jacksonText(model, mode), Json.writeString(model, mode), () -> name + " " + mode + " text");
      }
    }));
  }

  private static Object read(Class<?> cls, String json) throws Exception {
    try (JsonParser p = Json.factory().createParser(json)) {
      p.nextToken();
      return cls.getMethod("fromJson", JsonParser.class).invoke(null, p);
    }
  }

  private static String jacksonBytes(JsonWritable model, JsonWriteMode mode) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = JACKSON.createGenerator(out)) {
      model.toJson(JsonWriter.of(g), mode);
    }
    return latin1(out.toByteArray());
  }

  private static String jacksonText(JsonWritable model, JsonWriteMode mode) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JACKSON.createGenerator(out)) {
      model.toJson(JsonWriter.of(g), mode);
    }
    return out.toString();
  }

  /** Bytes as Latin-1 text, so that a failure shows where they differ. */
  private static String latin1(byte[] bytes) {
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }

  private static JsonNode readTree(Operation.Example example) {
    try {
      return MAPPER.readTree(example.json());
    } catch (IOException e) {
      throw new AssertionError(example.file(), e);
    }
  }
}

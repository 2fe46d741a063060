package io.armgen.generator.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.armgen.generator.Generator;
import io.armgen.generator.GeneratorOptions;
import io.armgen.generator.GeneratorResult;
import io.armgen.generator.emit.GeneratedFile;
import io.armgen.generator.emit.SampleEmitter;
import io.armgen.generator.model.Operation;
import io.armgen.generator.model.Parameter;
import io.armgen.generator.testing.GeneratedCode;
import io.armgen.generator.testing.JsonTrees;
import io.armgen.generator.testing.RepoPaths;
import io.armgen.runtime.arm.ArmClientBuilder;
import io.armgen.runtime.arm.PagedIterable;
import io.armgen.runtime.arm.ResourceId;
import io.armgen.runtime.auth.StaticTokenCredential;
import io.armgen.runtime.json.Json;
import io.armgen.runtime.json.JsonWritable;
import io.armgen.runtime.json.JsonWriteMode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every sample generated from the four specs' x-ms-examples compiles (with the generated clients,
 * {@code -Xlint:all -Werror}) and, run against a loopback server replaying its example, (a) sends
 * the example's request (path values, api-version, body as a JSON tree less what the spec's JSON
 * marks read-only: {@link SpecBodies}) and (b) returns the example's response parsed into the
 * typed class.
 */
class SamplesReplayTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
  /** The read-only fields an example's request body loses come from the spec's JSON, not from our model. */
  private static final SpecBodies SPEC = new SpecBodies();
  private static List<SampleEmitter.Sample> samples;
  private static ClassLoader loader;

  @BeforeAll
  static void generateAndCompile() {
    GeneratorResult result = new Generator().generate(GeneratorOptions.of(List.of(RepoPaths.specs())));
    assertFalse(result.hasErrors(), () -> result.diagnostics().toString());
    List<String> notes = new ArrayList<>();
    samples = new SampleEmitter().emit(result.model(), (at, note) -> notes.add(note));
    assertEquals(List.of(), notes);
    List<GeneratedFile> files = new ArrayList<>(result.files());
    samples.forEach(s -> files.add(s.file()));
    loader = GeneratedCode.load(GeneratedCode.compileClean(files));
  }

  @TestFactory
  @org.junit.jupiter.api.Timeout(value = 120, unit = java.util.concurrent.TimeUnit.SECONDS)
  Stream<DynamicTest> everySampleSendsItsExampleAndReadsTheResponse() {
    long examples = samples.stream().map(SampleEmitter.Sample::service).distinct()
        .flatMap(s -> s.groups().stream()).flatMap(g -> g.operations().stream())
        .mapToLong(op -> op.examples().size()).sum();
    assertEquals(16, examples, "the four specs have four examples each");
    assertEquals(examples, samples.size(), "one sample per example");
    return samples.stream().map(s -> DynamicTest.dynamicTest(s.service().name() + " " + s.className(), () -> replay(s)));
  }

  @Test
  void referencesAreOfferedAsTypedIds() throws Exception {
    SampleEmitter.Sample get = samples.stream()
        .filter(s -> s.className().endsWith("containerregistry.v2021_09_01.samples.PrivateEndpointConnectionGetSample"))
        .findFirst().orElseThrow();
    Object connection = run(get).result;
    ResourceId id = (ResourceId) connection.getClass().getMethod("privateEndpointResourceId").invoke(connection);
    assertEquals("Microsoft.Network/privateEndpoints", id.resourceType());
    assertEquals("peexample01", id.name());
    assertEquals("myResourceGroup", id.resourceGroupName().orElseThrow());
  }

  private record Run(ReplayServer server, Object result, boolean returnsValue) {}

  private static Run run(SampleEmitter.Sample sample) throws Exception {
    JsonNode example = JSON.readTree(sample.example().json());
    String nextLink = sample.operation().paging().flatMap(Operation.Paging::nextLinkName).orElse(null);
    try (ReplayServer server = new ReplayServer(example.path("responses"), nextLink)) {
      Class<?> clientClass = loader.loadClass(sample.service().javaPackage() + "." + sample.group().name() + "Client");
      ArmClientBuilder<?> builder = (ArmClientBuilder<?>) clientClass.getMethod("builder").invoke(null);
      builder.endpoint(server.endpoint())
          .credential(new StaticTokenCredential("replay-token"))
          .subscriptionId(example.path("parameters").path("subscriptionId").asText())
          .pollInterval(Duration.ofMillis(1));
      Object client = builder.getClass().getMethod("build").invoke(builder);
      java.lang.reflect.Method sampleRun = loader.loadClass(sample.className()).getMethod("run", clientClass);
      Object result = sampleRun.invoke(null, client);
      if (result instanceof PagedIterable<?> paged) {
        List<Object> items = new ArrayList<>();
        paged.forEach(items::add);
        result = items;
      }
      return new Run(server, result, sampleRun.getReturnType() != void.class);
    }
  }

  private static void replay(SampleEmitter.Sample sample) throws Exception {
    Operation op = sample.operation();
    JsonNode parameters = JSON.readTree(sample.example().json()).path("parameters");
    Run run = run(sample);
    ReplayServer.Recorded sent = run.server.requests().get(0);

    // (a) the request
    assertEquals(op.httpMethod(), sent.method());
    assertEquals(expectedPath(op.path(), parameters), sent.path());
    assertEquals(parameters.path("api-version").asText(), queryValue(sent.query(), "api-version"));
    if (op.body().isPresent()) {
      Parameter body = op.body().get();
      SpecBodies.Schema schema = SPEC.bodySchema(Path.of(sample.service().sourceFile()), op.operationId());
      JsonNode expected = SPEC.writable(parameters.get(body.wireName()), schema);
      assertEquals(expected, JSON.readTree(sent.body()), "request body");
    } else {
      assertTrue(sent.body().isEmpty(), "no body expected: " + sent.body());
    }

    // (b) the response, parsed into the typed class and written back
    JsonNode finalBody = run.server.finalBody().orElse(null);
    if (op.paging().isPresent()) {
      ArrayNode items = JSON.createArrayNode();
      for (Object item : (List<?>) run.result) {
        items.add(JSON.readTree(Json.writeString((JsonWritable) item, JsonWriteMode.FULL)));
      }
      JsonNode expected = finalBody.path(op.paging().get().itemName());
      assertEquals(JsonTrees.datesAsInstants(expected), JsonTrees.datesAsInstants(items), "items");
    } else if (run.returnsValue) {
      // includes KeyVault's Delete: a DELETE whose spec declares a 200 body returns the final Location body
      JsonNode back = JSON.readTree(Json.writeString((JsonWritable) run.result, JsonWriteMode.FULL));
      assertEquals(JsonTrees.datesAsInstants(finalBody), JsonTrees.datesAsInstants(back), "response");
    } else {
      assertNull(run.result, "a void sample returns nothing");
    }
    if (op.longRunning().isPresent() && run.server.initialStatus() != 200) {
      assertTrue(run.server.requests().size() > 1, "the long-running operation was polled");
    }
  }

  /** The operation path with the example's values; as the server sees it (decoded). */
  private static String expectedPath(String template, JsonNode parameters) {
    Matcher m = VARIABLE.matcher(template);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement(parameters.path(m.group(1)).asText()));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private static String queryValue(String rawQuery, String name) {
    for (String pair : rawQuery == null ? new String[0] : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8).equals(name)) {
        return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      }
    }
    return null;
  }
}

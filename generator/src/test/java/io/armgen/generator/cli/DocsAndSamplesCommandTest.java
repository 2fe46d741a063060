package io.armgen.generator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.armgen.generator.testing.RepoPaths;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code armgen docs}, {@code generate --samples} and the dependencies in {@code armgen model}. */
class DocsAndSamplesCommandTest {
  @TempDir
  Path tmp;

  private static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = ArmgenCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new String[] {String.valueOf(code), out.toString(), err.toString()};
  }

  @Test
  void docsWritesAnIndexAndOnePagePerResource() throws Exception {
    Path out = tmp.resolve("pages");
    String[] r = run("docs", RepoPaths.specs().toString(), "-o", out.toString());
    assertEquals("0", r[0], r[2]);
    assertTrue(r[1].contains("5 pages written"), r[1]);
    String page = Files.readString(out.resolve("KeyVault/PrivateEndpointConnection.md"));
    assertTrue(page.startsWith("# PrivateEndpointConnection\n\nProvides a **PrivateEndpointConnection** from the **KeyVault** group."),
        page);
    assertTrue(page.contains("```java\n") && page.contains("## Dependencies") && page.contains("## Schema"), page);
    assertTrue(Files.readString(out.resolve("index.md")).contains("(KeyVault/PrivateEndpointConnection.md)"));
    assertTrue(run("docs", RepoPaths.specs().toString(), "-o", out.toString())[1].contains("up to date"));
  }

  @Test
  void generateWritesSamplesIntoTheirOwnFolder() throws Exception {
    Path samples = tmp.resolve("samples");
    String[] r = run("generate", RepoPaths.specs().toString(), "-o", tmp.resolve("gen").toString(), "--samples",
        samples.toString());
    assertEquals("0", r[0], r[2]);
    assertTrue(r[1].contains("16 samples in"), r[1]);
    String sample = Files.readString(samples.resolve(
        "io/armgen/generated/containerregistry/v2021_09_01/samples/PrivateEndpointConnectionCreateOrUpdateSample.java"));
    assertTrue(sample.contains(".withStatus(ConnectionStatus.APPROVED)"), sample);
    assertTrue(Files.notExists(tmp.resolve("gen/io/armgen/generated/containerregistry/v2021_09_01/samples")),
        "samples stay out of the client sources");
  }

  @Test
  void modelShowsDependencies() throws Exception {
    String[] r = run("model", RepoPaths.specs().resolve("containerregistry").toString());
    assertEquals("0", r[0], r[2]);
    JsonNode deps = new ObjectMapper().readTree(r[1]).at("/services/0/dependencies");
    assertEquals(3, deps.size(), deps.toString());
    assertEquals("Registry", deps.get(1).path("targetName").asText());
    assertEquals("properties.privateEndpoint.id", deps.get(2).path("via").asText());
    assertEquals("Microsoft.Network/privateEndpoints", deps.get(2).path("targetType").asText());
  }
}

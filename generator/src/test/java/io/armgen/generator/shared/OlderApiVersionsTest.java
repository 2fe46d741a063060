package io.armgen.generator.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.generator.Generator;
import io.armgen.generator.GeneratorOptions;
import io.armgen.generator.GeneratorResult;
import io.armgen.generator.diagnostics.Severity;
import io.armgen.generator.emit.GeneratedFile;
import io.armgen.generator.model.SharedShape;
import io.armgen.generator.testing.FileTrees;
import io.armgen.generator.testing.GeneratedCode;
import io.armgen.generator.testing.RepoPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The newest api-version of each service decides what a concept shares; an older version joins only
 * with every member that shape offers. So adding an older, poorer version to a run never takes a
 * member (and with it, say, {@code approve}/{@code reject}) away from the common interfaces.
 */
class OlderApiVersionsTest {
  private static final String COMMON = "io/armgen/generated/common/";
  private static final String OLD_ACR = "ContainerRegistry v2020_01_01";
  private static final String DESCRIPTION = """
        "description": {
          "type": "string",
          "description": "Why the connection has this status, e.g. the reason for a rejection."
        },
""";

  @TempDir
  Path tmp;
  private Path specs;
  private String acr;

  @BeforeEach
  void copySpecs() throws IOException {
    specs = tmp.resolve("specs");
    FileTrees.copy(RepoPaths.specs(), specs);
    acr = Files.readString(specs.resolve("containerregistry/2021-09-01/privateEndpointConnections.json"));
    assertTrue(acr.contains("\"version\": \"2021-09-01\"") && acr.contains(DESCRIPTION), "the bundled ACR spec changed");
  }

  /** Adds ContainerRegistry 2020-01-01: the 2021-09-01 spec with {@code from} replaced by {@code to}. */
  private void addOldAcr(String from, String to) throws IOException {
    assertTrue(acr.contains(from), from);
    Path old = specs.resolve("containerregistry/2020-01-01/privateEndpointConnections.json");
    Files.createDirectories(old.getParent());
    Files.writeString(old, acr.replace("\"version\": \"2021-09-01\"", "\"version\": \"2020-01-01\"").replace(from, to));
  }

  private GeneratorResult generate() {
    GeneratorResult result = new Generator().generate(GeneratorOptions.of(List.of(specs)));
    assertFalse(result.hasErrors(), () -> result.diagnostics().toString());
    return result;
  }

  private static SharedShape shape(GeneratorResult result, String concept) {
    return result.model().sharedShapes().stream().filter(s -> s.name().equals(concept)).findFirst().orElseThrow();
  }

  private static List<String> joined(GeneratorResult result, String concept) {
    return shape(result, concept).joined().stream().map(SharedShape.Variant::service).toList();
  }

  @Test
  void anOlderVersionWithoutAMemberStaysOutAndTheMemberStaysIn() throws Exception {
    addOldAcr(DESCRIPTION, "");
    GeneratorResult result = generate();

    SharedShape state = shape(result, "PrivateLinkServiceConnectionState");
    assertEquals(List.of("status", "description"), state.members().stream().map(SharedShape.Member::javaName).toList());
    assertTrue(state.members().get(1).setter().isPresent());
    SharedShape.Excluded out = state.excluded().stream().filter(x -> x.service().equals(OLD_ACR)).findFirst().orElseThrow();
    assertTrue(out.reason().startsWith("it has no description"), out.reason());
    // its connection holds a state that did not join, so it stays out too; approve/reject stay
    assertFalse(joined(result, "PrivateEndpointConnection").contains(OLD_ACR));
    assertEquals(List.of("list", "get", "approve", "reject", "delete"),
        shape(result, "PrivateEndpointConnectionOperations").members().stream().map(SharedShape.Member::javaName).toList());
    assertTrue(result.diagnostics().stream().anyMatch(d -> d.severity() == Severity.INFO
        && d.code().equals("SHARED_SHAPE_EXCLUDED") && d.file().contains("2020-01-01")
        && d.message().contains("it has no description")), result.diagnostics()::toString);

    ClassLoader loader = GeneratedCode.load(GeneratedCode.compileClean(result.files()));
    Class<?> operations = loader.loadClass("io.armgen.generated.common.CommonPrivateEndpointConnectionOperations");
    assertFalse(operations.isAssignableFrom(
        loader.loadClass("io.armgen.generated.containerregistry.v2020_01_01.PrivateEndpointConnectionsClient")));
    assertTrue(operations.isAssignableFrom(
        loader.loadClass("io.armgen.generated.containerregistry.v2021_09_01.PrivateEndpointConnectionsClient")));
  }

  @Test
  void addingAnOlderPoorerVersionKeepsEveryCommonTypeAndMember() throws IOException {
    Map<String, String> four = common(generate());
    assertTrue(declarations(four.get(COMMON + "CommonPrivateLinkServiceConnectionState.java"))
        .contains("CommonPrivateLinkServiceConnectionState withDescription(String value)"), four::toString);
    assertTrue(declarations(four.get(COMMON + "CommonPrivateEndpointConnectionOperations.java"))
        .contains("CommonPrivateEndpointConnection approve(String id, String description)"));
    addOldAcr(DESCRIPTION, "");
    Map<String, String> five = common(generate());
    assertEquals(four.keySet(), five.keySet());
    for (Map.Entry<String, String> file : four.entrySet()) {
      List<String> missing = declarations(file.getValue()).stream()
          .filter(d -> !declarations(five.get(file.getKey())).contains(d)).toList();
      assertEquals(List.of(), missing, file.getKey());
    }
  }

  @Test
  void anOlderVersionWithEveryMemberJoins() throws Exception {
    // without actionsRequired, which only some services have and no common interface offers
    addOldAcr("\"actionsRequired\": {", "\"actionsNeeded\": {");
    GeneratorResult result = generate();
    assertTrue(joined(result, "PrivateEndpointConnection").contains(OLD_ACR), () -> joined(result, "PrivateEndpointConnection").toString());
    assertTrue(joined(result, "PrivateEndpointConnectionOperations").contains(OLD_ACR));
    ClassLoader loader = GeneratedCode.load(GeneratedCode.compileClean(result.files()));
    assertTrue(loader.loadClass("io.armgen.generated.common.CommonPrivateEndpointConnectionOperations").isAssignableFrom(
        loader.loadClass("io.armgen.generated.containerregistry.v2020_01_01.PrivateEndpointConnectionsClient")));
  }

  /** The files of the common package by path. */
  private static Map<String, String> common(GeneratorResult result) {
    return result.files().stream().filter(f -> f.relativePath().startsWith(COMMON))
        .collect(Collectors.toMap(GeneratedFile::relativePath, GeneratedFile::content, (a, b) -> a, TreeMap::new));
  }

  /** A common file's method signatures and constants, comments and bodies left out. */
  private static List<String> declarations(String source) {
    String code = source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "").replaceAll("\\s+", " ");
    return Arrays.stream(code.split("[;{}]")).map(String::strip)
        .filter(s -> s.startsWith("public static final") || !s.startsWith("return") && !s.startsWith("throw")
            && s.matches("[\\w<>,?. ]+ \\w+\\([^)]*\\)"))
        .map(s -> s.contains("=") ? s.substring(0, s.indexOf('=')).strip() : s)
        .toList();
  }

  @Test
  void anOlderVersionWhoseMemberIsReadOnlyOrOfAnotherTypeStaysOut() throws Exception {
    addOldAcr(DESCRIPTION, DESCRIPTION.replace("\"type\": \"string\",", "\"type\": \"string\", \"readOnly\": true,"));
    GeneratorResult result = generate();
    SharedShape state = shape(result, "PrivateLinkServiceConnectionState");
    assertTrue(state.members().get(1).setter().isPresent(), "the newest versions keep the setter");
    SharedShape.Excluded out = state.excluded().stream().filter(x -> x.service().equals(OLD_ACR)).findFirst().orElseThrow();
    assertEquals("its description is read-only, which would take the setter away from the shared member", out.reason());
  }

  @Test
  void anOlderVersionWhoseMemberHasAnotherTypeStaysOut() throws Exception {
    addOldAcr(DESCRIPTION, DESCRIPTION.replace("\"type\": \"string\",", "\"type\": \"integer\",")
        .replace("\"description\": \"Why", "\"format\": \"int32\", \"description\": \"Why"));
    GeneratorResult result = generate();
    SharedShape.Excluded out = shape(result, "PrivateLinkServiceConnectionState").excluded().stream()
        .filter(x -> x.service().equals(OLD_ACR)).findFirst().orElseThrow();
    assertTrue(out.reason().startsWith("property description does not fit") || out.reason().startsWith("its description does not fit"),
        out.reason());
  }
}

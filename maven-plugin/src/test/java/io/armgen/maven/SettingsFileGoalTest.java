package io.armgen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin side of the settings file (docs/configuration.md): one test per setting, each showing
 * the setting's effect from {@code armgen.yaml} next to the pom and a pom parameter overriding it.
 * The goal runs as Maven would run it, with the fields Maven injects.
 */
class SettingsFileGoalTest {
  @TempDir
  Path project;

  private final RecordingLog log = new RecordingLog();
  private MavenProject mavenProject;

  @BeforeEach
  void copySpecs() {
    SpecFixtures.copyRepoSpecs(project);
  }

  private void settings(String yaml) throws IOException {
    Files.writeString(project.resolve("armgen.yaml"), yaml);
  }

  /** Runs armgen:generate with these pom parameters (name, value pairs). */
  private GenerateMojo generate(Object... parameters) throws Exception {
    mavenProject = new MavenProject();
    mavenProject.setFile(project.resolve("pom.xml").toFile());
    mavenProject.getBuild().setDirectory(project.resolve("target").toString());
    GenerateMojo mojo = new GenerateMojo();
    mojo.setLog(log);
    inject(mojo, "project", mavenProject);
    inject(mojo, "mojoExecution", new MojoExecution(new MojoDescriptor(), "default"));
    inject(mojo, "force", true);
    for (int i = 0; i < parameters.length; i += 2) {
      inject(mojo, (String) parameters[i], parameters[i + 1]);
    }
    mojo.execute();
    return mojo;
  }

  private static void inject(Object mojo, String name, Object value) throws ReflectiveOperationException {
    for (Class<?> c = mojo.getClass(); c != null; c = c.getSuperclass()) {
      try {
        Field f = c.getDeclaredField(name);
        f.setAccessible(true);
        f.set(mojo, value);
        return;
      } catch (NoSuchFieldException e) {
        // declared further up
      }
    }
    throw new NoSuchFieldException(name);
  }

  private Path out() {
    return project.resolve("target/generated-sources/armgen");
  }

  /** The "N operations" of the last summary line. */
  private int operations() {
    Matcher m = Pattern.compile("armgen: \\d+ services, \\d+ types, (\\d+) operations").matcher(log.all());
    int last = -1;
    while (m.find()) {
      last = Integer.parseInt(m.group(1));
    }
    return last;
  }

  private boolean generated(String relative) {
    return Files.exists(out().resolve(relative));
  }

  @Test
  void specsFromTheFileAndThePomWins() throws Exception {
    settings("specs: [specs/keyvault]\n");
    generate();
    assertTrue(generated("io/armgen/generated/keyvault"), log.all());
    assertTrue(log.all().contains("(settings: armgen.yaml)"), log.all());
    generate("specs", List.of("specs/containerregistry"));
    assertTrue(generated("io/armgen/generated/containerregistry"));
    assertFalse(generated("io/armgen/generated/keyvault"), "the pom's specs replace the file's");
  }

  @Test
  void apiVersionsFromTheFileAndOneMatchingNothingFails() throws Exception {
    settings("specs: [specs]\napiVersions: ['2021-09-01']\n");
    generate();
    assertTrue(generated("io/armgen/generated/containerregistry"));
    assertFalse(generated("io/armgen/generated/keyvault"));
    generate("apiVersions", List.of("2021-06-01-preview"));
    assertTrue(generated("io/armgen/generated/keyvault"));
    settings("specs: [specs]\napiVersions: ['2021-09-02']\n");
    assertThrows(MojoFailureException.class, this::generate);
    assertTrue(log.all().contains("ERROR armgen.yaml apiVersions: error API_VERSION_UNMATCHED"), log.all());
  }

  @Test
  void packagePrefixFromTheFileAndABadOneIsReportedThere() throws Exception {
    settings("specs: [specs/keyvault]\npackagePrefix: com.example.fromfile\n");
    generate();
    assertTrue(generated("com/example/fromfile/keyvault"));
    generate("packagePrefix", "com.example.pom");
    assertTrue(generated("com/example/pom/keyvault"));
    settings("specs: [specs/keyvault]\npackagePrefix: com.example.class\n");
    assertThrows(MojoFailureException.class, this::generate);
    assertTrue(log.all().contains("ERROR armgen.yaml:2:16: error CONFIG_INVALID: 'com.example.class' is not a valid"
        + " package prefix: 'class' is a Java keyword"), log.all());
    settings("specs: [specs/keyvault]\n");
    MojoFailureException pom = assertThrows(MojoFailureException.class, () -> generate("packagePrefix", "Com.Example"));
    assertTrue(pom.getMessage().contains("<packagePrefix>: 'Com.Example' is not a valid package prefix"), pom.getMessage());
  }

  @Test
  void outputFromTheFileRelativeToItAndThePomWins() throws Exception {
    settings("specs: [specs/keyvault]\noutput: src/generated/java\n");
    generate();
    assertTrue(Files.isDirectory(project.resolve("src/generated/java/io/armgen/generated/keyvault")));
    assertTrue(mavenProject.getCompileSourceRoots().contains(project.resolve("src/generated/java").toString()));
    generate("outputDirectory", project.resolve("elsewhere").toFile());
    assertTrue(Files.isDirectory(project.resolve("elsewhere/io/armgen/generated/keyvault")));
  }

  @Test
  void samplesAreWrittenAndCompiledWithTheTests() throws Exception {
    settings("specs: [specs/keyvault]\nsamples: target/armgen-samples\n");
    generate();
    Path samples = project.resolve("target/armgen-samples");
    try (Stream<Path> files = Files.walk(samples)) {
      assertTrue(files.anyMatch(f -> f.toString().endsWith("Sample.java")), "sample classes");
    }
    assertTrue(mavenProject.getTestCompileSourceRoots().contains(samples.toString()), mavenProject.getTestCompileSourceRoots().toString());
    assertTrue(log.all().contains("samples in " + samples), log.all());
    File pomSamples = project.resolve("pom-samples").toFile();
    generate("samplesDirectory", pomSamples);
    assertTrue(pomSamples.isDirectory());
  }

  @Test
  void sharedShapesFromTheFileAndThePomWins() throws Exception {
    settings("specs: [specs]\nsharedShapes: off\n");
    generate();
    assertFalse(generated("io/armgen/generated/common"));
    generate("sharedShapes", "on");
    assertTrue(generated("io/armgen/generated/common"));
    MojoFailureException bad = assertThrows(MojoFailureException.class, () -> generate("sharedShapes", "maybe"));
    assertTrue(bad.getMessage().contains("<sharedShapes> must be auto, on or off"), bad.getMessage());
  }

  @Test
  void strictFromTheFileAndThePomWins() throws Exception {
    Path spec = project.resolve("specs/keyvault/2021-06-01-preview/privateEndpointConnections.json");
    Files.writeString(spec, Files.readString(spec).replaceFirst("\"properties\": \\{", "\"required\": [\"propertiez\"], \"properties\": {"));
    settings("specs: [specs/keyvault]\nstrict: true\n");
    MojoFailureException e = assertThrows(MojoFailureException.class, this::generate);
    assertTrue(e.getMessage().contains("strict: warnings count as errors"), e.getMessage());
    assertTrue(log.all().contains("warning REQUIRED_UNKNOWN"), log.all());
    generate("strict", false);
    assertTrue(generated("io/armgen/generated/keyvault"));
  }

  @Test
  void allowRemoteRefsFromTheFile() throws Exception {
    Path spec = project.resolve("specs/keyvault/2021-06-01-preview/privateEndpointConnections.json");
    Files.writeString(spec, Files.readString(spec).replaceFirst(
        "\"\\$ref\": \"\\.\\./\\.\\./common-types/v1/types\\.json#/parameters/ApiVersionParameter\"",
        "\"\\$ref\": \"https://example.invalid/types.json#/parameters/ApiVersionParameter\""));
    settings("specs: [specs/keyvault]\n");
    assertThrows(MojoFailureException.class, this::generate);
    assertTrue(log.all().contains("error REF_REMOTE_URL"), log.all());
    settings("specs: [specs/keyvault]\nallowRemoteRefs: true\n");
    log.lines.clear();
    generate();
    assertTrue(log.all().contains("warning REF_REMOTE_URL"), "allowed, and said to stay unresolved: " + log.all());
    log.lines.clear();
    assertThrows(MojoFailureException.class, () -> generate("allowRemoteRefs", false));
    assertTrue(log.all().contains("error REF_REMOTE_URL"), "the pom wins: " + log.all());
  }

  @Test
  void allowedRootsFromTheFileRelativeToIt() throws Exception {
    Files.createDirectories(project.resolve("api"));
    Files.move(project.resolve("specs"), project.resolve("api/specs"));
    Path shared = Files.createDirectories(project.resolve("shared"));
    Files.move(project.resolve("api/specs/common-types"), shared.resolve("common-types"));
    Path spec = project.resolve("api/specs/keyvault/2021-06-01-preview/privateEndpointConnections.json");
    Files.writeString(spec, Files.readString(spec).replace("../../common-types/", "../../../../shared/common-types/"));
    settings("specs: [api/specs/keyvault]\n");
    assertThrows(MojoFailureException.class, this::generate);
    assertTrue(log.all().contains("REF_OUTSIDE_ROOT"), log.all());
    settings("specs: [api/specs/keyvault]\nallowedRoots: [shared]\n");
    generate();
    assertTrue(generated("io/armgen/generated/keyvault"));
  }

  @Test
  void operationFiltersFromTheFileAndThePomWins() throws Exception {
    settings("specs: [specs/keyvault]\nincludeOperations: ['*_Get']\n");
    generate();
    assertEquals(1, operations(), log.all());
    generate("includeOperations", List.of("*_Get", "*_ListByResource"));
    assertEquals(2, operations(), log.all());
    settings("specs: [specs/keyvault]\nexcludeOperations: ['*_Delete']\n");
    generate();
    assertEquals(3, operations(), log.all());
  }

  @Test
  void tagFiltersFromTheFile() throws Exception {
    settings("specs: [specs/keyvault]\nexcludeTags: [PrivateEndpointConnections]\n");
    generate();
    assertEquals(0, operations(), log.all());
    settings("specs: [specs/keyvault]\nincludeTags: [privateendpointconnections]\n");
    generate();
    assertEquals(4, operations(), log.all());
    generate("excludeTags", List.of("PrivateEndpointConnections"));
    assertEquals(0, operations(), "the pom adds to the file's other lists: " + log.all());
  }

  @Test
  void aFilterMatchingNothingFailsTheBuildAtItsLine() throws Exception {
    settings("specs: [specs/keyvault]\nincludeOperations:\n  - '*_Get'\n  - PrivateEndpointConnections_Gett\n");
    assertThrows(MojoFailureException.class, this::generate);
    assertTrue(log.all().contains("ERROR armgen.yaml:4:5: error FILTER_UNMATCHED: includeOperations "
        + "'PrivateEndpointConnections_Gett' matches no operationId of the specs"), log.all());
    log.lines.clear();
    settings("specs: [specs/keyvault]\n");
    assertThrows(MojoFailureException.class, () -> generate("includeTags", List.of("Nope")));
    assertTrue(log.all().contains("pom.xml: error FILTER_UNMATCHED: <includeTags> 'Nope' matches no tag"), log.all());
  }

  @Test
  void anExplicitConfigFileAndNoSpecsAnywhere() throws Exception {
    Files.createDirectories(project.resolve("config"));
    Files.writeString(project.resolve("config/team.json"), "{\"specs\": [\"../specs/documentdb\"]}");
    generate("configFile", project.resolve("config/team.json").toFile());
    assertTrue(generated("io/armgen/generated/documentdb"));
    MojoFailureException none = assertThrows(MojoFailureException.class, this::generate);
    assertTrue(none.getMessage().contains("no specs: set <specs> in the plugin configuration or specs in an armgen.yaml"),
        none.getMessage());
  }
}

package io.armgen.releasecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What this build deployed to target/release-repo is what Maven Central accepts: for every
 * published module the pom, the jar, a sources jar and a javadoc jar with checksums, and in the
 * effective pom a name, description, url, license, developer and scm.
 */
class ReleaseRepositoryTest {
  private static final Path REPO = Path.of(System.getProperty("armgen.releaseRepo"));
  private static final String VERSION = System.getProperty("armgen.projectVersion");
  private static final List<String> JARS = List.of("armgen-runtime", "armgen-generator", "armgen-maven-plugin",
      "armgen-azure-private-endpoints");

  @BeforeAll
  static void deployedUnlessOffline() {
    boolean offline = "true".equals(System.getProperty("armgen.offline"));
    if (offline && "true".equals(System.getenv("CI"))) {
      fail("CI=true needs the release check, and offline (mvn -o) Maven deploys nothing to check");
    }
    assumeFalse(offline, "offline (mvn -o): Maven refuses to deploy, even to a folder, so there is no release"
        + " repository to check; the readme-pom IT is skipped too. Run without -o to check the release.");
  }

  private static Path file(String artifact, String suffix) {
    return REPO.resolve("io/armgen").resolve(artifact).resolve(VERSION).resolve(artifact + "-" + VERSION + suffix);
  }

  @Test
  void everyPublishedModuleHasItsJarSourcesJavadocAndChecksums() {
    List<String> missing = new ArrayList<>();
    for (String artifact : JARS) {
      for (String suffix : List.of(".pom", ".jar", "-sources.jar", "-javadoc.jar")) {
        for (String checksum : List.of("", ".sha1", ".md5")) {
          Path f = file(artifact, suffix + checksum);
          if (!Files.isRegularFile(f)) {
            missing.add(REPO.relativize(f).toString());
          }
        }
      }
    }
    for (String checksum : List.of("", ".sha1", ".md5")) {
      if (!Files.isRegularFile(file("armgen-parent", ".pom" + checksum))) {
        missing.add("armgen-parent .pom" + checksum);
      }
    }
    assertEquals(List.of(), missing, "missing from " + REPO);
  }

  @Test
  void nothingUnpublishedWasDeployed() throws Exception {
    try (var artifacts = Files.list(REPO.resolve("io/armgen"))) {
      List<String> names = artifacts.map(p -> p.getFileName().toString()).sorted().toList();
      List<String> expected = new ArrayList<>(JARS);
      expected.add("armgen-parent");
      assertEquals(expected.stream().sorted().toList(), names);
    }
  }

  @Test
  void everyPomCarriesWhatCentralRequires() throws Exception {
    String parent = Files.readString(file("armgen-parent", ".pom"), StandardCharsets.UTF_8);
    for (String element : List.of("url", "licenses", "developers", "scm")) {
      assertTrue(parent.contains("<" + element + ">") || parent.contains("<" + element + " "), "parent pom has <" + element + ">");
    }
    assertTrue(parent.contains("child.project.url.inherit.append.path=\"false\""), "modules inherit the url as is");
    assertTrue(parent.contains("<name>Apache-2.0</name>"));
    for (String artifact : JARS) {
      String pom = Files.readString(file(artifact, ".pom"), StandardCharsets.UTF_8);
      assertTrue(Pattern.compile("<name>[^<]+</name>").matcher(pom).find(), artifact + " has a name");
      assertTrue(Pattern.compile("<description>\\s*\\S[^<]*</description>").matcher(pom).find(), artifact + " has a description");
      Matcher parentRef = Pattern.compile("<parent>.*?<artifactId>armgen-parent</artifactId>.*?<version>([^<]+)</version>",
          Pattern.DOTALL).matcher(pom);
      assertTrue(parentRef.find() && parentRef.group(1).equals(VERSION), artifact + " inherits the rest from armgen-parent " + VERSION);
      assertTrue(!pom.contains("SNAPSHOT"), artifact + " depends on no SNAPSHOT");
    }
  }
}

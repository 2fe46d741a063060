package io.armgen.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archives as a user gets them: unpacked into a temporary folder with {@code lib/} read-only,
 * {@code bin/armgen} linked from another folder and run from a third, with its own (empty) user
 * cache. Proves the launcher finds itself through the link, prints version and commit, generates,
 * records its class-data archive in the cache and uses it on the next run.
 */
class DistributionIT {
  private static final String VERSION = System.getProperty("armgen.projectVersion");

  @TempDir
  Path tmp;

  private Path home;
  private Path cache;

  @BeforeEach
  void folders() throws IOException {
    home = Files.createDirectories(tmp.resolve("home"));
    cache = home.resolve(".cache");
  }

  private static Path archive(String property) {
    Path p = Path.of(System.getProperty(property));
    assertTrue(Files.isRegularFile(p), "the build made " + p);
    return p;
  }

  private record Run(int exit, String output) {}

  private Run run(Path launcher, Path workingDirectory, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(launcher.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true);
    Map<String, String> env = pb.environment();
    env.put("HOME", home.toString());
    env.remove("XDG_CACHE_HOME");
    env.remove("ARMGEN_JAVA_OPTS");
    env.remove("ARMGEN_CDS");
    env.put("JAVA_HOME", System.getProperty("java.home"));
    Process p = pb.start();
    try {
      assertTrue(p.waitFor(120, TimeUnit.SECONDS), "armgen finished: " + command);
      return new Run(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    } finally {
      p.destroyForcibly();
    }
  }

  /** Unpacks the tar.gz with tar (which keeps the file modes), as a user would. */
  private Path untar(Path into) throws Exception {
    Files.createDirectories(into);
    Process tar = new ProcessBuilder("tar", "-xzf", archive("armgen.distribution.tar").toString(), "-C", into.toString())
        .redirectErrorStream(true).start();
    assertTrue(tar.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, tar.exitValue(), new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    return into.resolve("armgen-" + VERSION);
  }

  @Test
  void theTarballRunsThroughASymlinkFromAnotherFolderWithReadOnlyLib() throws Exception {
    Path installed = untar(tmp.resolve("opt"));
    assertTrue(Files.isExecutable(installed.resolve("bin/armgen")));
    assertTrue(Files.isRegularFile(installed.resolve("lib/armgen.jar")));
    assertTrue(Files.isRegularFile(installed.resolve("LICENSE")));
    Path lib = installed.resolve("lib");
    Files.setPosixFilePermissions(lib, PosixFilePermissions.fromString("r-xr-xr-x"));
    Path bin = Files.createDirectories(tmp.resolve("elsewhere/bin"));
    Path link = Files.createSymbolicLink(bin.resolve("armgen"), installed.resolve("bin/armgen"));
    Path work = Files.createDirectories(tmp.resolve("work"));
    try {
      Run version = run(link, work, "--version");
      assertEquals(0, version.exit(), version.output());
      assertTrue(version.output().lines().findFirst().orElse("")
          .matches("armgen " + java.util.regex.Pattern.quote(VERSION) + " \\(commit ([0-9a-f]{12}|unknown)\\)"),
          version.output());

      Path specs = Path.of(System.getenv("ARMGEN_REPO_ROOT"), "specs");
      Run first = run(link, work, "generate", specs.toString(), "-o", "out");
      assertEquals(0, first.exit(), first.output());
      assertTrue(first.output().contains("4 services"), first.output());
      assertTrue(Files.isRegularFile(work.resolve("out/io/armgen/generated/keyvault/v2021_06_01_preview/PrivateEndpointConnectionsClient.java")),
          first.output());
      List<Path> archives = archives();
      assertEquals(1, archives.size(), "the class-data archive is recorded in the user's cache: " + archives);
      assertTrue(Files.size(archives.get(0)) > 1_000_000, "an archive with content");
      long recorded = Files.getLastModifiedTime(archives.get(0)).toMillis();

      Run second = run(link, work, "generate", specs.toString(), "-o", "out");
      assertEquals(0, second.exit(), second.output());
      assertTrue(second.output().contains("files up to date"), second.output());
      assertEquals(List.of(archives.get(0)), archives(), "the same archive, not another");
      assertEquals(recorded, Files.getLastModifiedTime(archives.get(0)).toMillis(), "used, not recorded again");

      Run bad = run(link, work, "generate", "--no-such-option");
      assertEquals(2, bad.exit(), "the CLI's exit codes pass through: " + bad.output());
    } finally {
      Files.setPosixFilePermissions(lib, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void anUnwritableCacheNeverFailsARun() throws Exception {
    Path installed = untar(tmp.resolve("opt"));
    Files.createDirectories(cache);
    Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      Run version = run(installed.resolve("bin/armgen"), tmp, "--version");
      assertEquals(0, version.exit(), version.output());
      assertTrue(version.output().startsWith("armgen " + VERSION), version.output());
    } finally {
      Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void theZipHoldsTheSameFilesWithTheLauncherExecutable() throws Exception {
    Set<String> tarEntries = new TreeSet<>();
    Path installed = untar(tmp.resolve("opt"));
    try (Stream<Path> files = Files.walk(installed)) {
      files.filter(Files::isRegularFile).forEach(f -> tarEntries.add(installed.relativize(f).toString()));
    }
    Set<String> zipEntries = new TreeSet<>();
    URI zip = URI.create("jar:" + archive("armgen.distribution.zip").toUri());
    try (FileSystem fs = FileSystems.newFileSystem(zip, Map.of("enablePosixFileAttributes", true))) {
      Path root = fs.getPath("armgen-" + VERSION);
      try (Stream<Path> files = Files.walk(root)) {
        files.filter(Files::isRegularFile).forEach(f -> zipEntries.add(root.relativize(f).toString()));
      }
      Set<PosixFilePermission> launcher = Files.getPosixFilePermissions(root.resolve("bin/armgen"));
      assertTrue(launcher.contains(PosixFilePermission.OWNER_EXECUTE) && launcher.contains(PosixFilePermission.OTHERS_EXECUTE),
          "bin/armgen is executable in the zip: " + launcher);
    }
    assertEquals(Set.of("CHANGELOG.md", "LICENSE", "README.md", "bin/armgen", "lib/armgen.jar"), tarEntries);
    assertEquals(tarEntries, zipEntries);
  }

  /**
   * The developer launcher ({@code ./armgen} at the root of a checkout) runs the jar of the
   * version just built, even when {@code generator/target/} still holds the CLI jar of an earlier
   * version (no {@code mvn clean} since the version changed): it used to take the first name in
   * alphabetical order, 0.1.0's, and rebuilt on every start without ever running the new jar.
   */
  @Test
  void theDeveloperLauncherRunsTheJarJustBuiltNotAnEarlierVersionsLeftInTarget() throws Exception {
    Path checkout = Files.createDirectories(tmp.resolve("checkout"));
    Files.copy(Path.of(System.getenv("ARMGEN_REPO_ROOT"), "armgen"), checkout.resolve("armgen"));
    Path target = Files.createDirectories(checkout.resolve("generator/target"));
    for (String source : List.of("generator/src/main", "runtime/src/main")) {
      Files.createDirectories(checkout.resolve(source));
    }
    Files.writeString(checkout.resolve("pom.xml"), "<project/>");
    Files.writeString(checkout.resolve("generator/pom.xml"), "<project/>");
    java.nio.file.attribute.FileTime sourcesTime = java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L);
    for (String file : List.of("pom.xml", "generator/pom.xml", "generator/src/main", "runtime/src/main")) {
      Files.setLastModifiedTime(checkout.resolve(file), sourcesTime);
    }
    // an earlier version's jar (no main class: running it fails), built before the current one
    Path stale = target.resolve("armgen-generator-0.0.1-cli.jar");
    try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(stale), new java.util.jar.Manifest())) {
      out.putNextEntry(new java.util.zip.ZipEntry("stale.txt"));
      out.write("an earlier build".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    Files.setLastModifiedTime(stale, java.nio.file.attribute.FileTime.fromMillis(1_100_000_000_000L));
    Path installed = untar(tmp.resolve("opt"));
    Path current = Files.copy(installed.resolve("lib/armgen.jar"), target.resolve("armgen-generator-" + VERSION + "-cli.jar"));
    Files.setLastModifiedTime(current, java.nio.file.attribute.FileTime.fromMillis(1_200_000_000_000L));
    Files.setPosixFilePermissions(checkout.resolve("armgen"), PosixFilePermissions.fromString("rwxr-xr-x"));

    Run version = run(checkout.resolve("armgen"), tmp, "--version");
    assertEquals(0, version.exit(), version.output());
    assertTrue(version.output().startsWith("armgen " + VERSION), version.output());
    assertTrue(!version.output().contains("building the CLI"), "nothing is newer than the jar, so nothing is built: " + version.output());
  }

  private List<Path> archives() throws IOException {
    Path folder = cache.resolve("armgen");
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".jsa")).sorted().toList();
    }
  }
}

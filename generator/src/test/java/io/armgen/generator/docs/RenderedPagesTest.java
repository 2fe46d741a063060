package io.armgen.generator.docs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.armgen.generator.testing.RepoPaths;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/ rendered to HTML as a person would see it: every link resolves, code is in
 * {@code <pre><code>} blocks, tables are tables with the expected headers; and, when Debian's
 * chromium is installed (under CI=true it must be), the index and one resource page are opened in the headless browser,
 * screenshotted (generator/target/rendered-docs/screenshots) and their laid-out DOM checked for
 * monospaced code. Run docs/check-pages.sh to do the same by hand.
 */
class RenderedPagesTest {
  private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");
  private static final String RESOURCE_PAGE = "ContainerRegistry/PrivateEndpointConnection.html";
  private static final long BROWSER_TIMEOUT_SECONDS = 90;
  private static Path out;

  @BeforeAll
  static void render() throws IOException {
    out = RepoPaths.repoRoot().resolve("generator/target/rendered-docs");
    new HtmlPages().renderAll(RepoPaths.repoRoot().resolve("docs"), out);
  }

  @Test
  void everyLinkResolves() throws IOException {
    List<String> broken = new ArrayList<>();
    int checked = 0;
    try (var files = Files.walk(out)) {
      for (Path html : files.filter(p -> p.toString().endsWith(".html")).toList()) {
        Matcher m = HREF.matcher(Files.readString(html, StandardCharsets.UTF_8));
        while (m.find()) {
          String href = m.group(1).replaceAll("#.*$", "");
          if (href.isEmpty() || href.startsWith("http://") || href.startsWith("https://")) {
            continue;
          }
          Path target = href.startsWith("file:") ? Path.of(URI.create(href)) : html.getParent().resolve(href).normalize();
          checked++;
          if (!Files.exists(target)) {
            broken.add(out.relativize(html) + " -> " + href);
          }
        }
      }
    }
    assertEquals(List.of(), broken, "broken links");
    assertTrue(checked >= 20, "expected links to 4 pages from the index and to 4 full samples from each page; checked "
        + checked);
  }

  @Test
  void codeIsInPreCodeBlocksAndTablesHaveTheirHeaders() throws IOException {
    String page = Files.readString(out.resolve(RESOURCE_PAGE), StandardCharsets.UTF_8);
    assertEquals(4, count(page, "<pre><code class=\"language-java\">"), "one Java block per operation");
    assertFalse(page.contains("```"), "no fence left unrendered");
    assertTrue(headers(page).containsAll(List.of("Property", "Java accessor", "Type", "Required", "Read-only",
        "Values", "Description")), headers(page).toString());
    assertTrue(headers(page).containsAll(List.of("Resource", "ARM type", "Relation", "Set through", "After creation")));
    assertEquals(2, count(page, "<table>"), "dependencies, schema");
    assertFalse(page.contains("\\|"), "escaped pipes are unescaped in cells");
    String index = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
    assertEquals(4, count(index, "<table>"), "one table per service");
    assertEquals(List.of("Resource", "ARM type", "Examples"), headers(index).subList(0, 3));
  }

  @Test
  void aRealBrowserShowsThePages(@TempDir Path profile) throws Exception {
    Path chromium = Path.of("/usr/bin/chromium");
    if (!Files.isExecutable(chromium) && "true".equals(System.getenv("CI"))) {
      fail("chromium not installed, and CI=true requires the browser check (.ci/run installs it: apt-get install chromium)");
    }
    assumeTrue(Files.isExecutable(chromium), "chromium not installed (apt-get install -y chromium): skipping the browser check");
    Path shots = Files.createDirectories(out.resolve("screenshots"));
    // the index has a table per service; a resource page its dependencies and schema
    for (var pageAndTables : java.util.Map.of("index.html", 4, RESOURCE_PAGE, 2).entrySet()) {
      String page = pageAndTables.getKey();
      Path html = out.resolve(page);
      Path png = shots.resolve(page.replace('/', '-').replace(".html", ".png"));
      Files.deleteIfExists(png);
      browser(chromium, profile, "--screenshot=" + png, "--window-size=1200,1600", html.toUri().toString());
      byte[] head = Arrays.copyOf(Files.readAllBytes(png), 8);
      assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, head, "a PNG: " + png);
      assertTrue(Files.size(png) > 20_000, "a screenshot with content: " + png + " is " + Files.size(png) + " bytes");

      String dom = browser(chromium, profile, "--dump-dom", "--virtual-time-budget=3000", html.toUri().toString());
      Matcher font = Pattern.compile("data-code-font=\"([^\"]*)\"").matcher(dom);
      assertTrue(font.find(), "the probe ran in the browser");
      assertTrue(font.group(1).toLowerCase().contains("mono"), "code is monospaced: " + font.group(1));
      Matcher tables = Pattern.compile("data-tables=\"(\\d+)\"").matcher(dom);
      assertTrue(tables.find(), "the probe counted tables");
      assertEquals(pageAndTables.getValue(), Integer.parseInt(tables.group(1)), "tables in the browser's DOM of " + page);
    }
  }

  /** Runs headless chromium and returns its standard output; ends it (by its own handle) on timeout. */
  private static String browser(Path chromium, Path profile, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile));
    command.addAll(List.of(args));
    Path stdout = Files.createTempFile("armgen-chromium", ".out");
    Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      if (!process.waitFor(BROWSER_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        throw new AssertionError("chromium did not finish in " + BROWSER_TIMEOUT_SECONDS + " s: " + command);
      }
      return Files.readString(stdout, StandardCharsets.UTF_8);
    } finally {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      Files.deleteIfExists(stdout);
    }
  }

  private static List<String> headers(String html) {
    List<String> headers = new ArrayList<>();
    Matcher m = Pattern.compile("<th[^>]*>(.*?)</th>").matcher(html);
    while (m.find()) {
      headers.add(m.group(1));
    }
    return headers;
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}

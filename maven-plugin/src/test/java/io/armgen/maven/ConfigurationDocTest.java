package io.armgen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * CONFIGURATION.md names, for every setting, a parameter the generate goal really has (read from
 * the plugin descriptor the build wrote), and the goal has no setting the page leaves out.
 */
class ConfigurationDocTest {

  /** The parameters of one goal, from the plugin descriptor. */
  private static Set<String> parameters(String goal) throws Exception {
    String descriptor = Files.readString(Path.of("target/classes/META-INF/maven/plugin.xml"));
    int mojo = descriptor.indexOf("<goal>" + goal + "</goal>");
    String section = descriptor.substring(mojo, descriptor.indexOf("</mojo>", mojo));
    Set<String> names = new TreeSet<>();
    Matcher m = Pattern.compile("<parameter>\\s*<name>([^<]+)</name>").matcher(section);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  @Test
  void everyDocumentedParameterExistsAndEveryParameterIsDocumented() throws Exception {
    Set<String> parameters = parameters("generate");
    Set<String> docsOnly = new TreeSet<>(parameters("docs"));
    docsOnly.removeAll(parameters);
    List<String> lines = Files.readAllLines(SpecFixtures.repoRoot().resolve("CONFIGURATION.md"));
    List<String> documented = new ArrayList<>();
    Pattern firstCode = Pattern.compile("`([A-Za-z]+)`");
    for (String line : lines) {
      String[] cells = line.replace("\\|", "/").split("\\s*\\|\\s*");
      if (cells.length < 4 || line.startsWith("| ---") || line.startsWith("| Setting") || line.startsWith("| CLI")) {
        continue;
      }
      // the settings table has the plugin in its third column, the one-side table in its second
      String cell = line.startsWith("| `") && cells.length >= 6 ? cells[3] : cells[2];
      Matcher m = firstCode.matcher(cell);
      while (m.find()) {
        documented.add(m.group(1));
        assertTrue(parameters.contains(m.group(1)) || docsOnly.contains(m.group(1)),
            "CONFIGURATION.md names a parameter armgen:generate (or armgen:docs) lacks: " + m.group(1));
      }
    }
    Set<String> undocumented = new TreeSet<>(parameters);
    documented.forEach(undocumented::remove);
    undocumented.addAll(docsOnly);
    documented.forEach(undocumented::remove);
    undocumented.removeAll(Set.of("project", "mojoExecution"));
    assertEquals(Set.of(), undocumented, "parameters of armgen:generate and armgen:docs missing from CONFIGURATION.md");
  }
}

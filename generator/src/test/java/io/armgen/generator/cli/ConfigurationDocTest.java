package io.armgen.generator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.generator.config.ConfigFile;
import io.armgen.generator.testing.RepoPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** CONFIGURATION.md, where the options are documented once, names every key the file reader takes and real CLI flags. */
class ConfigurationDocTest {
  static final Pattern FLAG = Pattern.compile("(?<![\\w-])(--?[a-z][a-z-]*)");

  /** The rows of the first table: the settings. */
  static List<String[]> settingRows() throws Exception {
    List<String> lines = Files.readAllLines(RepoPaths.repoRoot().resolve("CONFIGURATION.md"));
    int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("| Setting (file)")).findFirst().orElseThrow());
    List<String[]> rows = new ArrayList<>();
    for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
      rows.add(lines.get(i).replace("\\|", "/").split("\\s*\\|\\s*"));
    }
    return rows;
  }

  @Test
  void everySettingIsDocumentedInOrderWithFlagsTheCliHas() throws Exception {
    List<String> keys = new ArrayList<>();
    Set<String> cliNames = new HashSet<>();
    new GenerateCommand().options().forEach(o -> cliNames.addAll(o.names()));
    for (String[] row : settingRows()) {
      keys.add(row[1].replace("`", ""));
      Matcher flags = FLAG.matcher(row[2]);
      boolean any = false;
      while (flags.find()) {
        any = true;
        assertTrue(cliNames.contains(flags.group(1)), "CONFIGURATION.md names a flag armgen generate lacks: " + flags.group(1));
      }
      assertTrue(any || row[2].contains("SPEC"), "no CLI flag documented for " + row[1]);
    }
    assertEquals(ConfigFile.KEYS, keys, "the settings table lists exactly the keys armgen.yaml takes");
  }

  @Test
  void theExampleFileIsValid() throws Exception {
    String md = Files.readString(RepoPaths.repoRoot().resolve("CONFIGURATION.md"));
    Matcher yaml = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(md);
    assertTrue(yaml.find());
    Path file = Files.createTempFile("armgen", ".yaml");
    try {
      Files.writeString(file, yaml.group(1));
      assertEquals("com.example.azure", ConfigFile.read(file, "example").packagePrefix());
    } finally {
      Files.delete(file);
    }
  }
}

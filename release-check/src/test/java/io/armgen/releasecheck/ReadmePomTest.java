package io.armgen.releasecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The pom the readme-pom IT builds is, character for character, the README's "complete pom.xml". */
class ReadmePomTest {
  static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  @Test
  void theItBuildsExactlyTheReadmesPom() throws Exception {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    int section = readme.indexOf("A complete `pom.xml`");
    assertTrue(section > 0, "the README still introduces its complete pom.xml");
    Matcher block = Pattern.compile("```xml\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertTrue(block.find(section), "a pom follows");
    String it = Files.readString(Path.of("src/it/readme-pom/pom.xml"), StandardCharsets.UTF_8);
    assertEquals(block.group(1), it,
        "release-check/src/it/readme-pom/pom.xml must be the README's pom as written; copy one onto the other");
  }

  @Test
  void theReadmesPomUsesThisVersionAndNoParent() throws Exception {
    String it = Files.readString(Path.of("src/it/readme-pom/pom.xml"), StandardCharsets.UTF_8);
    assertTrue(it.contains("<armgen.version>" + System.getProperty("armgen.projectVersion") + "</armgen.version>"),
        "the README names the version being built");
    assertTrue(!it.contains("<parent>"), "no parent: nothing hides what the example needs");
  }
}

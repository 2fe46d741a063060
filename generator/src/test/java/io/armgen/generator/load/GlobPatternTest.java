package io.armgen.generator.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GlobPatternTest {

  @Test
  void doubleStarSlashMatchesZeroOrMoreFolders() {
    GlobPattern glob = GlobPattern.compile("src/main/swagger/**/*.json");
    assertTrue(glob.matches("src/main/swagger/a.json"));
    assertTrue(glob.matches("src/main/swagger/x/2021-01-01/a.json"));
    assertFalse(glob.matches("src/main/swagger/a.yaml"));
    assertFalse(glob.matches("src/main/other/a.json"));
    assertFalse(glob.matches("xsrc/main/swagger/a.json"));
  }

  @Test
  void singleStarAndQuestionMarkStayInsideOneFolder() {
    GlobPattern glob = GlobPattern.compile("specs/*/v?.json");
    assertTrue(glob.matches("specs/kv/v1.json"));
    assertFalse(glob.matches("specs/kv/sub/v1.json"));
    assertFalse(glob.matches("specs/kv/v10.json"));
  }

  @Test
  void bracesAndCharacterClasses() {
    GlobPattern glob = GlobPattern.compile("specs/{keyvault,documentdb}/**/*.{json,yaml}");
    assertTrue(glob.matches("specs/keyvault/2021/a.json"));
    assertTrue(glob.matches("specs/documentdb/a.yaml"));
    assertFalse(glob.matches("specs/containerservice/a.json"));
    GlobPattern notDigit = GlobPattern.compile("v[!0-9].json");
    assertTrue(notDigit.matches("vx.json"));
    assertFalse(notDigit.matches("v1.json"));
  }

  @Test
  void regexCharactersInNamesAreLiteral() {
    GlobPattern glob = GlobPattern.compile("specs/a+b (1)/*.json");
    assertTrue(glob.matches("specs/a+b (1)/x.json"));
    assertFalse(glob.matches("specs/aab (1)/x.json"));
  }

  @Test
  void fixedPrefixStopsAtTheFirstGlobSegment() {
    assertEquals("src/main/swagger/", GlobPattern.compile("src/main/swagger/**/*.json").fixedPrefix());
    assertEquals("", GlobPattern.compile("*.json").fixedPrefix());
    assertEquals("specs/", GlobPattern.compile("specs\\*\\x.json").fixedPrefix());
  }

  @Test
  void recognisesGlobs() {
    assertTrue(GlobPattern.isGlob("a/*.json"));
    assertTrue(GlobPattern.isGlob("a/{b,c}"));
    assertFalse(GlobPattern.isGlob("specs/keyvault"));
  }
}

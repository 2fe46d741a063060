package io.armgen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GeneratorVersionTest {

  @Test
  void developmentBuildsCarryADigestOfTheGeneratorCode() {
    String current = GeneratorVersion.current();
    String declared = GeneratorVersion.declared();
    assertTrue(current.startsWith(declared), current);
    if (declared.equals("development") || declared.endsWith("-SNAPSHOT")) {
      assertTrue(current.matches(".*\\+(sha256|classes):[0-9a-f]{64}"), current);
    }
    assertEquals(current, GeneratorVersion.current(), "computed once, stable");
  }
}

package io.armgen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GeneratorVersionTest {

  @Test
  void everyBuildCarriesADigestOfTheGeneratorCode() {
    String current = GeneratorVersion.current();
    String declared = GeneratorVersion.declared();
    assertTrue(current.startsWith(declared), current);
    // a release version too: a rebuilt checkout of a release keeps its version
    assertTrue(current.matches(".*\\+(sha256|classes):[0-9a-f]{64}"), current);
    assertEquals(current, GeneratorVersion.current(), "computed once, stable");
  }
}

package io.armgen.generator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParsedArgsTest {
  private static final List<CliOption> OPTIONS = List.of(
      CliOption.value("DIR", "generated", "output", "-o", "--output"),
      CliOption.value("DIR", null, "samples", "--samples"),
      CliOption.repeatable("DIR", "root", "--allow-root"),
      CliOption.flag("strict", "--strict"));

  private static ParsedArgs parse(String... args) throws UsageException {
    return ParsedArgs.parse(OPTIONS, List.of(args));
  }

  @Test
  void valuesInEverySpellingAndPositionalsAroundThem() throws UsageException {
    ParsedArgs a = parse("a.json", "-o", "out", "b", "--allow-root=r1", "--allow-root", "r2", "--strict", "c");
    assertEquals("out", a.value("--output"));
    assertEquals(List.of("r1", "r2"), a.values("--allow-root"));
    assertTrue(a.flag("--strict"));
    assertEquals(List.of("a.json", "b", "c"), a.positionals());
    assertEquals("x=y", parse("--output=x=y").value("--output"), "only the first '=' separates");
  }

  @Test
  void defaultsApplyOnlyWhenAbsent() throws UsageException {
    ParsedArgs a = parse();
    assertEquals("generated", a.value("--output"));
    assertNull(a.value("--samples"));
    assertFalse(a.flag("--strict"));
    assertEquals(List.of(), a.values("--allow-root"));
  }

  @Test
  void doubleDashEndsOptions() throws UsageException {
    ParsedArgs a = parse("--strict", "--", "--output", "-x");
    assertEquals(List.of("--output", "-x"), a.positionals());
    assertEquals("generated", a.value("--output"));
  }

  @Test
  void usageErrorsNameTheOption() {
    assertEquals("Unknown option: '--nope'", assertThrows(UsageException.class, () -> parse("--nope=1")).getMessage());
    assertTrue(assertThrows(UsageException.class, () -> parse("-o")).getMessage().contains("'-o' (DIR)"));
    assertTrue(assertThrows(UsageException.class, () -> parse("-o", "a", "--output", "b")).getMessage()
        .contains("'--output' should be specified only once"));
    assertTrue(assertThrows(UsageException.class, () -> parse("--strict=yes")).getMessage().contains("takes no value"));
  }

  @Test
  void aLoneDashIsAPositional() throws UsageException {
    assertEquals(List.of("-"), parse("-").positionals());
  }
}

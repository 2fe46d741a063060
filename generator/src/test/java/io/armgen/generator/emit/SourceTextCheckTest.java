package io.armgen.generator.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.generator.diagnostics.Diagnostic;
import io.armgen.generator.model.SourceLocation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The net under {@link DocText}: what it lets through and what it stops, one construct at a time. */
class SourceTextCheckTest {
  @Test
  void anUnsoundFileIsNotWrittenButReportedAtItsOrigin() {
    WriterAttempts attempts = new WriterAttempts();
    SourceLocation at = new SourceLocation("specs/x.json", "/definitions/Thing", 3, 4);
    assertTrue(attempts.soundSource("p/Thing.java", at, "// ok\nclass Thing {}\n"));
    assertFalse(attempts.soundSource("p/Thing.java", at, "// \\u000a class Injected {}\nclass Thing {}\n"));
    Diagnostic d = attempts.problems().get(0);
    assertEquals(List.of("INTERNAL_ERROR", "specs/x.json", "/definitions/Thing"), List.of(d.code(), d.file(), d.pointer()));
    assertTrue(d.message().contains("p/Thing.java") && d.message().contains("unicode escape outside"), d.message());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "// plain comment\nclass A {}\n",
      "// two backslashes: \\\\u000a\nclass A {}\n",
      "class A { String s = \"\\u0041 \\u2028 \\ud800 \\uuu0000\"; }\n",
      "class A { String s = \"\\\\\"; char c = '\\''; char d = '\"'; }\n",
      "class A { String s = \"a // not a comment /* either\"; }\n",
      "/** a \\\\u002a&#47; b */\nclass A {}\n",
      "// an emoji \ud83d\ude00 is a valid pair\nclass A {}\n",
      "class A { String s = (\"\\ud800\" + \"\\\\u\"); }\n",
      "class A {} // ends in a line comment"})
  void soundSources(String source) {
    assertEquals(Optional.empty(), SourceTextCheck.problem(source));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "// header \\u000a class Injected {}\nclass A {}\n",
      "// header \\\\\\u000a three backslashes\nclass A {}\n",
      "/** \\u002a/ class Injected {} /* */\nclass A {}\n",
      "class A { int \\u0061 = 1; }\n",
      "class A { String s = \"\\u0022; class Injected {} //\"; }\n",
      "class A { String s = \"\\u000a\"; }\n",
      "class A { String s = \"\\u005c\"; }\n",
      "class A { String s = \"\\u00zz\"; }\n",
      "class A { String s = \"line\u2028separator\"; }\n",
      "class A { String s = \"split\n\"; }\n",
      "// bidi \u202e override\nclass A {}\n",
      "// lone \ud800 surrogate\nclass A {}\n",
      "// nul \u0000\nclass A {}\n",
      "class A {}\r\n",
      "/** never closed\nclass A {}\n",
      "class A { String s = \"\\ud800\\\\u\"; }\n",
      "class A { String s = \"never closed"})
  void unsoundSources(String source) {
    assertTrue(SourceTextCheck.problem(source).isPresent(), source);
  }
}

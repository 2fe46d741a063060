package io.armgen.generator.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The edges of the escaping and of its check: what {@link SourceTextCheck} says about a file that
 * ends mid-construct and on which line, and the exact text {@link DocText} writes where its
 * contract says (a literal split in two only after a high-surrogate escape, a comment backslash
 * doubled only where it would start an escape, every bidirectional control escaped and nothing
 * else).
 */
class SourceTextEdgesTest {
  static Stream<Arguments> problems() {
    return Stream.of(
        // the line count of the message is the line of the fault
        Arguments.of("class A {\n  // fine\n  String s = \"open\n}\n", "a literal is not closed on line 3"),
        Arguments.of("class A {\n\n  // \\u000a\n}\n", "a unicode escape outside a string literal on line 3"),
        // "/*/" opens a comment and does not close it
        Arguments.of("int a; /*/ text \"", "the file ends inside a comment"),
        Arguments.of("class A {} /* open", "the file ends inside a comment"),
        Arguments.of("class A { String s = \"open", "the file ends inside a literal"),
        // the slash that closes a comment is not read again as the start of a line comment
        Arguments.of("/* c *//\"\n", "a literal is not closed on line 1"),
        // a file cut off inside or right after a unicode escape is reported, never overrun
        Arguments.of("String s = \"\\u", "a malformed unicode escape on line 1"),
        Arguments.of("String s = \"\\uu", "a malformed unicode escape on line 1"),
        Arguments.of("String s = \"\\u00", "a malformed unicode escape on line 1"),
        Arguments.of("String s = \"\\u00e9", "the file ends inside a literal"),
        Arguments.of("String s = \"\\ud83d", "the file ends inside a literal"),
        Arguments.of("String s = \"\\ud83d\\", "the file ends inside a literal"),
        // a lone high surrogate as the last character is a character that must not be there
        Arguments.of("// \ud83d", "character U+D83D on line 1"));
  }

  @ParameterizedTest
  @MethodSource("problems")
  void aFaultIsNamedWithItsLine(String source, String expected) {
    assertEquals(Optional.of(expected), SourceTextCheck.problem(source));
  }

  @Test
  void aFileMayEndInABackslashInsideAComment() {
    assertEquals(Optional.empty(), SourceTextCheck.problem("class A {} // C:\\"));
  }

  @Test
  void characterLiteralsCloseAtTheirOwnQuote() {
    assertEquals(Optional.empty(), SourceTextCheck.problem("char c = 'x'; char d = '\\''; String s = \"a\";\n"));
    // the character right after a char literal is code again: here it starts a comment
    assertEquals(Optional.empty(), SourceTextCheck.problem("char c = 'x'//\"quote in a comment\n;\n"));
  }

  static Stream<Arguments> literals() {
    return Stream.of(
        // no unicode escape before: quotes and backslashes escaped in one literal
        Arguments.of("say \"hi\"\\", "\"say \\\"hi\\\"\\\\\""),
        // an unpaired high surrogate followed by a quote: two literals
        Arguments.of("\ud83d\"", "(\"\\ud83d\" + \"\\\"\")"),
        Arguments.of("\ud83d\n", "(\"\\ud83d\" + \"\\n\")"),
        // ... but not when a plain character follows, nor after an escape of anything else
        Arguments.of("\ud83d ", "\"\\ud83d \""),
        Arguments.of("\udc00\"", "\"\\udc00\\\"\""),
        Arguments.of("\u0001\"", "\"\\u0001\\\"\""),
        // a backslash of the text before "ud83d" is escaped: the literal holds no escape there
        Arguments.of("\\ud83d\"", "\"\\\\ud83d\\\"\""),
        Arguments.of("\\\ud83d\"", "(\"\\\\\\ud83d\" + \"\\\"\")"));
  }

  @ParameterizedTest
  @MethodSource("literals")
  void aLiteralIsSplitOnlyAfterAHighSurrogateEscape(String text, String expected) {
    assertEquals(expected, DocText.literal(text));
    assertEquals(Optional.empty(), SourceTextCheck.problem("String s = " + expected + ";\n"));
  }

  static Stream<Arguments> comments() {
    return Stream.of(
        Arguments.of("C:\\dir\\", "C:\\dir\\"),
        Arguments.of("a\\u0041", "a\\\\u0041"),
        Arguments.of("a\\\\u0041", "a\\\\u0041"),
        Arguments.of("a\\\\\\u0041", "a\\\\\\\\u0041"),
        Arguments.of("x\\\\y\\", "x\\\\y\\"));
  }

  @ParameterizedTest
  @MethodSource("comments")
  void aCommentBackslashIsDoubledOnlyWhereItWouldStartAnEscape(String text, String expected) {
    assertEquals(expected, DocText.lineComment(text));
  }

  @ParameterizedTest
  @ValueSource(chars = {
      '\u061c', '\u200e', '\u200f', '\u202a', '\u202c', '\u202e', '\u2066', '\u2068', '\u2069'})
  void everyBidirectionalControlIsEscapedInALiteral(char c) {
    assertEquals(String.format("\"\\u%04x\"", (int) c), DocText.literal(String.valueOf(c)));
    assertEquals(" ", DocText.lineComment(String.valueOf(c)));
  }

  @ParameterizedTest
  @ValueSource(chars = {'\u200d', '\u202f', '\u2065', '\u206a'})
  void theirNeighboursThatAreNotBidiControlsStayAsTheyAre(char c) {
    assertEquals("\"" + c + "\"", DocText.literal(String.valueOf(c)));
  }
}

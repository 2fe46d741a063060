package io.armgen.generator.emit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.armgen.generator.testing.GeneratedCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link DocText} against javac: seeded random texts built from the characters that attack a Java
 * source (backslash-u escapes, comment ends, quotes, controls, separators, bidi controls,
 * surrogates, placeholders) are put in a line comment, a Javadoc and a string literal of one class;
 * the class must compile cleanly, pass {@link SourceTextCheck}, and each literal must equal its text.
 */
class DocTextTest {
  private static final String[] PIECES = {
      "\\", "\\\\", "\\u", "\\u000a", "\\u000d", "\\u0022", "\\u002a/", "\\uuu0027", "\\u005c", "u", "000a", "*/", "/*",
      "//", "\"", "'", "\n", "\r", "\t", "\u0000", "\u001b", "\u007f", "\u0085", "\u2028", "\u2029", "\u202e", "\u2066",
      "\u200f", "\ud800", "\udc00", "\ud83d\ude00", "$L", "$S", "$$", "@param", "{@code", "}", "<p>", "&amp;", "é", "名",
      " ", "a", "class Injected {}", "static { System.exit(1); }"};
  private static final int TEXTS = 300;

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 20260601})
  void everyTextStaysACommentOrTheExactLiteral(long seed) throws Exception {
    Random random = new Random(seed);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < TEXTS; i++) {
      StringBuilder text = new StringBuilder();
      for (int n = random.nextInt(8); n >= 0; n--) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      texts.add(text.toString());
    }
    StringBuilder source = new StringBuilder("// " + DocText.lineComment(String.join(" ", texts)) + "\n")
        .append("package doctext;\n\n/** ").append(DocText.javadoc(texts.get(0)).replace("\n", "\n * ")).append(" */\n")
        .append("public final class Texts {\n");
    for (int i = 0; i < texts.size(); i++) {
      source.append("  // ").append(DocText.lineComment(texts.get(i))).append('\n')
          .append("  /**\n   * ").append(DocText.javadoc(texts.get(i)).replace("\n", "\n   * ")).append("\n   */\n")
          .append("  public static final String T").append(i).append(" = ").append(DocText.literal(texts.get(i))).append(";\n");
    }
    source.append("  public static final String[] ALL = {");
    for (int i = 0; i < texts.size(); i++) {
      source.append(i == 0 ? "" : ", ").append('T').append(i);
    }
    source.append("};\n  private Texts() {}\n}\n");

    assertEquals(Optional.empty(), SourceTextCheck.problem(source.toString()));
    ClassLoader loader = GeneratedCode.load(GeneratedCode.compileClean(
        List.of(new GeneratedFile("doctext/Texts.java", source.toString()))));
    String[] compiled = (String[]) loader.loadClass("doctext.Texts").getField("ALL").get(null);
    assertArrayEquals(texts.toArray(String[]::new), compiled);
  }
}

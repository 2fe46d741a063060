package io.armgen.generator.cli;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * Jackson's standard JSON escapes (quotes, backslash, the ASCII controls), and a {@code \}{@code uXXXX}
 * escape for the characters beyond ASCII that a terminal acts on and Jackson writes raw: the C1
 * controls, the format characters (bidi overrides and isolates) and the line and paragraph
 * separators. The JSON stays valid and reads back to the same strings; surrogate pairs are written as
 * they are (one is given here a half at a time, so a lone one cannot be told apart).
 */
final class TerminalSafeJsonEscapes extends CharacterEscapes {
  private static final long serialVersionUID = 1L;

  private final int[] ascii = standardAsciiEscapesForJSON();

  TerminalSafeJsonEscapes() {
    ascii[0x7f] = ESCAPE_STANDARD; // DEL, a control Jackson leaves raw
  }

  @Override
  public int[] getEscapeCodesForAscii() {
    return ascii;
  }

  @Override
  public SerializableString getEscapeSequence(int ch) {
    return Character.isSurrogate((char) ch) || !TerminalText.acts((char) ch) ? null
        : new SerializedString(String.format("\\u%04x", ch));
  }
}

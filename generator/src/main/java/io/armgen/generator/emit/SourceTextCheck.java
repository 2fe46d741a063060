package io.armgen.generator.emit;

import java.util.Optional;

/**
 * Checks that a rendered Java file reads, for javac and for a person, as the emitter wrote it:
 * every comment ends where it was meant to, every string literal closes on its own line, and no
 * spec text smuggled in a unicode escape, a control character or a bidirectional override.
 *
 * <p>The emitters escape spec text through {@link DocText}; this check is the net under them, so
 * that a text that reached a file some other way (a JavaPoet {@code $S} with a line separator, a
 * name built from raw spec characters) stops the run instead of becoming code. It lexes just
 * enough Java for that: comments, string and character literals, backslash-u escapes.
 */
final class SourceTextCheck {
  private enum State { CODE, LINE_COMMENT, BLOCK_COMMENT, STRING, CHAR }

  private SourceTextCheck() {}

  /** Empty when {@code source} is sound; else what is wrong and on which line. */
  static Optional<String> problem(String source) {
    State state = State.CODE;
    int line = 1;
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      boolean inLiteral = state == State.STRING || state == State.CHAR;
      if (c == '\\' && i + 1 < source.length()) {
        char next = source.charAt(i + 1);
        if (next == '\\') {
          i++; // an escaped backslash, or two in a comment: neither starts a unicode escape
          continue;
        }
        if (next == 'u') {
          // every backslash before this one was paired off, so this one starts a unicode escape
          Optional<String> wrong = unicodeEscape(source, i, inLiteral, line);
          if (wrong.isPresent()) {
            return wrong;
          }
          while (source.charAt(i + 1) == 'u') {
            i++;
          }
          i += 4;
          continue;
        }
        if (inLiteral && next != '\n') {
          i++; // \" \' \n ... inside a literal
          continue;
        }
      }
      if (Character.isHighSurrogate(c) && i + 1 < source.length() && Character.isLowSurrogate(source.charAt(i + 1))) {
        i++;
        continue;
      }
      if (DocText.isUnsafe(c)) {
        return Optional.of(String.format("character U+%04X on line %d", (int) c, line));
      }
      if (c == '\n') {
        if (inLiteral) {
          return Optional.of("a literal is not closed on line " + line);
        }
        line++;
        state = state == State.LINE_COMMENT ? State.CODE : state;
        continue;
      }
      char next = i + 1 < source.length() ? source.charAt(i + 1) : '\0';
      switch (state) {
        case CODE -> {
          if (c == '/' && next == '/') {
            state = State.LINE_COMMENT;
            i++;
          } else if (c == '/' && next == '*') {
            state = State.BLOCK_COMMENT;
            i++;
          } else if (c == '"') {
            state = State.STRING;
          } else if (c == '\'') {
            state = State.CHAR;
          }
        }
        case BLOCK_COMMENT -> {
          if (c == '*' && next == '/') {
            state = State.CODE;
            i++;
          }
        }
        case STRING -> state = c == '"' ? State.CODE : state;
        case CHAR -> state = c == '\'' ? State.CODE : state;
        case LINE_COMMENT -> { }
      }
    }
    return state == State.CODE || state == State.LINE_COMMENT ? Optional.empty()
        : Optional.of("the file ends inside a " + (state == State.BLOCK_COMMENT ? "comment" : "literal"));
  }

  /** A unicode escape at {@code at} is fine only inside a literal and only when it cannot end or break one. */
  private static Optional<String> unicodeEscape(String source, int at, boolean inLiteral, int line) {
    if (!inLiteral) {
      return Optional.of("a unicode escape outside a string literal on line " + line);
    }
    int hex = at + 1;
    while (hex < source.length() && source.charAt(hex) == 'u') {
      hex++;
    }
    if (hex + 4 > source.length()) {
      return Optional.of("a malformed unicode escape on line " + line);
    }
    int value = 0;
    for (int k = hex; k < hex + 4; k++) {
      int digit = Character.digit(source.charAt(k), 16);
      if (digit < 0 || source.charAt(k) > 'f') {
        return Optional.of("a malformed unicode escape on line " + line);
      }
      value = value * 16 + digit;
    }
    if (value == '\n' || value == '\r' || value == '"' || value == '\'' || value == '\\') {
      return Optional.of(String.format("a unicode escape of U+%04X inside a literal on line %d", value, line));
    }
    int after = hex + 4;
    if (Character.isHighSurrogate((char) value) && after + 1 < source.length() && source.charAt(after) == '\\'
        && source.charAt(after + 1) != 'u') {
      // javac looks for a low surrogate after a high one and then misreads the backslash
      return Optional.of("a high-surrogate escape before a backslash escape on line " + line);
    }
    return Optional.empty();
  }
}

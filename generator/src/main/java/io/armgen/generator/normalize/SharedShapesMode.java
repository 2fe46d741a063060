package io.armgen.generator.normalize;

import java.util.Locale;

/** The {@code --shared-shapes} setting. */
public enum SharedShapesMode {
  /** Shared shapes for every concept at least two services of the run define alike (the default). */
  AUTO,
  /** As {@link #AUTO}, and say so (an INFO diagnostic) when the run shares nothing. */
  ON,
  /** No shared shapes: every service's code stands alone. */
  OFF;

  /**
   * The mode named {@code text} ({@code auto}, {@code on}, {@code off}; any case).
   *
   * @param text the name, surrounding whitespace ignored
   * @return the mode
   * @throws IllegalArgumentException for any other text
   */
  public static SharedShapesMode parse(String text) {
    for (SharedShapesMode mode : values()) {
      if (mode.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
        return mode;
      }
    }
    throw new IllegalArgumentException("--shared-shapes must be auto, on or off, not '" + text + "'");
  }

  /** The lower-case name, as written on the command line. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}

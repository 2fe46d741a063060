package io.armgen.generator.diagnostics;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The "did you mean" of a diagnostic: among the names that exist, the one closest to a name that
 * does not, when it is close enough to be a likely typo (an edit distance of at most a third of
 * the name, and at least 1, where swapping two neighbours is one edit and a case difference half
 * of one).
 */
public final class ClosestName {
  private ClosestName() {}

  /**
   * The candidate nearest to {@code given}, if one is near enough; ties go to the first in order.
   *
   * @param given the name that matched nothing
   * @param candidates the names that exist; one equal to {@code given} is never suggested
   * @return the suggestion, or empty when none is close enough
   */
  public static Optional<String> to(String given, Collection<String> candidates) {
    String best = null;
    double bestDistance = Double.MAX_VALUE;
    double limit = Math.max(1, given.length() / 3);
    for (String candidate : candidates) {
      if (candidate.equals(given)) {
        continue;
      }
      double d = distance(given, candidate);
      if (d <= limit && d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The suggestion as text to append to a message.
   *
   * @param given the name that matched nothing
   * @param candidates the names that exist
   * @return {@code " (did you mean 'x'?)"}, or the empty string when nothing is close enough
   */
  public static String hint(String given, Collection<String> candidates) {
    return to(given, candidates).map(c -> " (did you mean '" + c + "'?)").orElse("");
  }

  /** Edit distance with adjacent swaps (optimal string alignment); a case-only substitution costs 0.5. */
  static double distance(String a, String b) {
    double[][] d = new double[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        char x = a.charAt(i - 1);
        char y = b.charAt(j - 1);
        double substitution = x == y ? 0 : lower(x).equals(lower(y)) ? 0.5 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + substitution);
        if (i > 1 && j > 1 && x == b.charAt(j - 2) && a.charAt(i - 2) == y) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  private static String lower(char c) {
    return String.valueOf(c).toLowerCase(Locale.ROOT);
  }
}

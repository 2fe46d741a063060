package io.armgen.runtime.arm;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Checks generated code makes before sending, for the constraints a spec puts on a parameter
 * ({@code pattern}, {@code minLength}, {@code maxLength}, {@code minimum}, {@code maximum},
 * {@code multipleOf}). A null value passes: whether a value is required is checked on its own.
 * Each failure is an {@link IllegalArgumentException} naming the parameter and the rule, without
 * the value (it may be a secret).
 */
public final class ParameterConstraints {
  private ParameterConstraints() {}

  /**
   * The value contains a match of {@code pattern} (Swagger patterns are ECMA-262 regular
   * expressions, matched anywhere unless anchored with {@code ^...$}).
   *
   * @param name the parameter's name, for the message
   * @param value the value; null passes
   * @param pattern the compiled pattern
   * @throws IllegalArgumentException if there is no match
   */
  public static void pattern(String name, String value, Pattern pattern) {
    if (value != null && !pattern.matcher(value).find()) {
      throw new IllegalArgumentException("Parameter " + name + " does not match the pattern " + pattern.pattern());
    }
  }

  /**
   * The value has at least {@code min} and at most {@code max} characters, counted as code points
   * (so an emoji is one).
   *
   * @param name the parameter's name, for the message
   * @param value the value; null passes
   * @param min the fewest characters, or -1 for no bound
   * @param max the most characters, or -1 for no bound
   * @throws IllegalArgumentException if the length is out of bounds
   */
  public static void length(String name, String value, int min, int max) {
    if (value == null) {
      return;
    }
    int length = value.codePointCount(0, value.length());
    if (min >= 0 && length < min) {
      throw new IllegalArgumentException("Parameter " + name + " has " + length + " characters; at least " + min
          + " are required");
    }
    if (max >= 0 && length > max) {
      throw new IllegalArgumentException("Parameter " + name + " has " + length + " characters; at most " + max
          + " are allowed");
    }
  }

  /**
   * The number is within {@code [minimum, maximum]} (null bound: none) and a multiple of
   * {@code multipleOf} (null: any). Compared exactly, as decimals.
   *
   * @param name the parameter's name, for the message
   * @param value the value; null passes
   * @param minimum the inclusive lower bound as a decimal text, or null
   * @param maximum the inclusive upper bound as a decimal text, or null
   * @param multipleOf the value must be a whole multiple of this decimal text, or null
   * @throws IllegalArgumentException if the value breaks a bound
   * @throws NumberFormatException if a bound is not a decimal number, or the value is NaN or infinite
   */
  public static void number(String name, Number value, String minimum, String maximum, String multipleOf) {
    if (value == null) {
      return;
    }
    BigDecimal v = new BigDecimal(value.toString());
    if (minimum != null && v.compareTo(new BigDecimal(minimum)) < 0) {
      throw new IllegalArgumentException("Parameter " + name + " is less than the minimum " + minimum);
    }
    if (maximum != null && v.compareTo(new BigDecimal(maximum)) > 0) {
      throw new IllegalArgumentException("Parameter " + name + " is greater than the maximum " + maximum);
    }
    if (multipleOf != null && v.remainder(new BigDecimal(multipleOf)).signum() != 0) {
      throw new IllegalArgumentException("Parameter " + name + " is not a multiple of " + multipleOf);
    }
  }
}

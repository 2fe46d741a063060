package io.armgen.runtime.arm;

import java.util.List;
import java.util.function.Function;

/**
 * How an array parameter travels in one path segment, query value or header ({@code collectionFormat}
 * in Swagger 2.0): its elements' texts joined by one separator. A null element is sent as the empty
 * text, never as {@code null}. {@code multi} (one query pair per element) is
 * {@link ArmRequest.Builder#queryEach}, not a separator.
 *
 * <pre>{@code
 * CollectionFormat.PIPES.join(List.of("a", "b"), String::valueOf)   // "a|b"
 * }</pre>
 */
public enum CollectionFormat {
  /** {@code csv}, Swagger's default: {@code a,b}. */
  CSV(","),
  /** {@code ssv}: {@code a b}. */
  SSV(" "),
  /** {@code tsv}: a tab between elements. */
  TSV("\t"),
  /** {@code pipes}: {@code a|b}. */
  PIPES("|");

  private final String separator;

  CollectionFormat(String separator) {
    this.separator = separator;
  }

  /**
   * The separator between two elements.
   *
   * @return the separator, one character
   */
  public String separator() {
    return separator;
  }

  /**
   * The elements' texts joined by the separator; {@code null} for a null list (the parameter is
   * left out), the empty text for an empty list.
   *
   * @param <T> the element type
   * @param values the elements, or null
   * @param text the text of one non-null element (e.g. {@code DateTimeText::format})
   * @return the joined text, or null for a null list
   */
  public <T> String join(List<T> values, Function<? super T, String> text) {
    if (values == null) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(separator);
      }
      T value = values.get(i);
      if (value != null) {
        out.append(text.apply(value));
      }
    }
    return out.toString();
  }
}

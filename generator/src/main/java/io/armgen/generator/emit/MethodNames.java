package io.armgen.generator.emit;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Hands out method names in one generated class so that no two operations share one. Each
 * operation asks for a whole family of names derived from one base (e.g. {@code list},
 * {@code listAsync}, {@code listRequest}); when any of them is taken the base gets a numeric suffix
 * ({@code list2}, {@code list2Async}, ...), the smallest that frees the whole family. Requests are
 * answered in call order, so the same sequence of requests always gives the same names.
 */
final class MethodNames {
  /** Names no operation may take: the client's own static factory and {@link Object}'s methods. */
  private static final Set<String> RESERVED = Set.of(
      "builder", "equals", "hashCode", "toString", "getClass", "notify", "notifyAll", "wait", "clone", "finalize");

  private final Set<String> taken = new HashSet<>(RESERVED);

  /**
   * Claims the names {@code family} derives from {@code base} (or from the first free suffixed
   * base) and returns that base.
   */
  String claim(String base, Function<String, List<String>> family) {
    String candidate = base;
    for (int n = 2; !allFree(family.apply(candidate)); n++) {
      candidate = base + n;
    }
    taken.addAll(family.apply(candidate));
    return candidate;
  }

  private boolean allFree(List<String> names) {
    // a family naming the same method twice would never be free; treat duplicates as one
    return new HashSet<>(names).stream().noneMatch(taken::contains);
  }
}

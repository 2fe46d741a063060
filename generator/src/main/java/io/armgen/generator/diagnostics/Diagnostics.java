package io.armgen.generator.diagnostics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects diagnostics across a run so that all problems are reported, not just the first. Thread-safe. */
public final class Diagnostics {
  private final List<Diagnostic> items = Collections.synchronizedList(new ArrayList<>());

  /** An empty collection. */
  public Diagnostics() {}

  /**
   * Adds one diagnostic.
   *
   * @param d the diagnostic
   */
  public void add(Diagnostic d) {
    items.add(d);
  }

  /**
   * Adds several, in order.
   *
   * @param ds the diagnostics
   */
  public void addAll(List<Diagnostic> ds) {
    items.addAll(ds);
  }

  /**
   * Everything added so far, in order (duplicates included).
   *
   * @return an unmodifiable copy
   */
  public List<Diagnostic> all() {
    synchronized (items) {
      return List.copyOf(items);
    }
  }

  /**
   * Whether an error was added.
   *
   * @return true when a diagnostic has {@link Severity#ERROR}
   */
  public boolean hasErrors() {
    synchronized (items) {
      return items.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
  }

  /**
   * How many diagnostics of one severity were added.
   *
   * @param severity the severity
   * @return the count
   */
  public long count(Severity severity) {
    synchronized (items) {
      return items.stream().filter(d -> d.severity() == severity).count();
    }
  }
}

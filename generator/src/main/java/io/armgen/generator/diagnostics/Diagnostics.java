package io.armgen.generator.diagnostics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects diagnostics across a run so that all problems are reported, not just the first. Thread-safe. */
public final class Diagnostics {
  private final List<Diagnostic> items = Collections.synchronizedList(new ArrayList<>());

  public void add(Diagnostic d) {
    items.add(d);
  }

  public void addAll(List<Diagnostic> ds) {
    items.addAll(ds);
  }

  public List<Diagnostic> all() {
    synchronized (items) {
      return List.copyOf(items);
    }
  }

  public boolean hasErrors() {
    synchronized (items) {
      return items.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
  }

  public long count(Severity severity) {
    synchronized (items) {
      return items.stream().filter(d -> d.severity() == severity).count();
    }
  }
}

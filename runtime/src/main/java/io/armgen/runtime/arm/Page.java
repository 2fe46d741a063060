package io.armgen.runtime.arm;

import java.util.List;

/** One page of a list: its items and the link to the next page (null on the last). */
public record Page<T>(List<T> items, String nextLink) {
  public Page {
    items = List.copyOf(items);
  }
}

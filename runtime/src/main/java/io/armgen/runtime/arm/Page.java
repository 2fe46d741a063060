package io.armgen.runtime.arm;

import java.util.List;

/** One page of a list: its items and the link to the next page (null on the last). */
public record Page<T>(List<T> items, String nextLink) {
  public Page {
    items = List.copyOf(items);
  }

  /**
   * What resumes the list after this page ({@link PagedIterable#byPage(String)}), null on the last
   * page. It is the service's next link: a URL, holding no credential.
   */
  public String continuationToken() {
    return nextLink;
  }
}

package io.armgen.runtime.arm;

import java.util.List;

/**
 * One page of a list.
 *
 * @param items the page's items, in the service's order; may be empty even when more pages follow
 * @param nextLink the service's link to the next page, or null on the last page
 * @param <T> the item type
 */
public record Page<T>(List<T> items, String nextLink) {
  /**
   * Copies the items into an unmodifiable list.
   *
   * @param items the items
   * @param nextLink the next link, or null
   * @throws NullPointerException if {@code items} is null or holds null
   */
  public Page {
    items = List.copyOf(items);
  }

  /**
   * What resumes the list after this page ({@link PagedIterable#byPage(String)}), null on the last
   * page. It is the service's next link: a URL, holding no credential.
   *
   * @return the token, or null on the last page
   */
  public String continuationToken() {
    return nextLink;
  }
}

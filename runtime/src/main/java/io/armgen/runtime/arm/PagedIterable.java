package io.armgen.runtime.arm;

import java.util.stream.Stream;

/**
 * The items of a pageable list, fetched lazily page by page as they are iterated. Each iteration
 * starts from the first page again.
 */
public interface PagedIterable<T> extends Iterable<T> {
  /** The items as a lazy stream. */
  Stream<T> stream();

  /** The pages, lazily. */
  Iterable<Page<T>> byPage();

  /**
   * The pages from the one a {@link Page#continuationToken()} names (null: from the first), so a
   * listing can go on after a restart. The token is the service's next link: it must be http(s)
   * and, like every next link, goes only to an origin the client trusts with its token.
   *
   * @throws IllegalArgumentException when the token is not an http(s) URL
   * @throws UnsupportedOperationException when this list cannot resume (the runtime's lists can)
   */
  default Iterable<Page<T>> byPage(String continuationToken) {
    if (continuationToken == null) {
      return byPage();
    }
    throw new UnsupportedOperationException(getClass().getName() + " cannot resume from a continuation token");
  }
}

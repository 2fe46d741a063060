package io.armgen.runtime.arm;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The items of a pageable list, fetched lazily page by page as they are iterated. Each iteration
 * starts from the first page again.
 *
 * <p>Each page is one blocking request, bounded by the call's timeout; a failure is thrown from
 * the iterator's {@code hasNext} or {@code next} as a {@link ManagementException}. An iterator is
 * for one thread; the list itself may be iterated by several at once.
 *
 * @param <T> the item type
 */
public interface PagedIterable<T> extends Iterable<T> {
  /**
   * The items as a lazy stream: pages are fetched as the stream consumes them.
   *
   * @return a sequential stream over every item of every page
   */
  Stream<T> stream();

  /**
   * The pages, lazily, from the first; an empty page the service sends is kept.
   *
   * @return the pages; each iteration fetches them again
   */
  Iterable<Page<T>> byPage();

  /**
   * The pages from the one a {@link Page#continuationToken()} names (null: from the first), so a
   * listing can go on after a restart. The token is the service's next link: it must be http(s)
   * and, like every next link, goes only to an origin the client trusts with its token.
   *
   * @param continuationToken a page's continuation token, or null to start from the first page
   * @return the pages from the one the token names
   * @throws IllegalArgumentException when the token is not an http(s) URL
   * @throws UnsupportedOperationException when this list cannot resume (the runtime's lists can)
   */
  default Iterable<Page<T>> byPage(String continuationToken) {
    if (continuationToken == null) {
      return byPage();
    }
    throw new UnsupportedOperationException(getClass().getName() + " cannot resume from a continuation token");
  }

  /**
   * This list with every item turned by {@code mapper}, as lazy as this list: a page is fetched
   * only when iteration reaches it.
   *
   * @param mapper applied to each item as it is read
   * @param <R> the type of the mapped items
   * @return the mapped list
   */
  default <R> PagedIterable<R> map(Function<? super T, ? extends R> mapper) {
    return new MappedPagedIterable<>(this, mapper);
  }

  /**
   * A list the service answers in one response (an operation that is not pageable): {@code fetch}
   * runs when the list is iterated, once per iteration, and never before.
   *
   * @param fetch reads the items
   * @param <T> the type of the items
   * @return the list
   */
  static <T> PagedIterable<T> onePage(Supplier<? extends List<T>> fetch) {
    return new OnePagePagedIterable<>(fetch);
  }
}

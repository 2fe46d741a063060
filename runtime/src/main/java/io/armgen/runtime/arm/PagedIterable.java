package io.armgen.runtime.arm;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
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

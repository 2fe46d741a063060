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
}

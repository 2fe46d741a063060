package io.armgen.runtime.arm;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The pages of a list, fetched without blocking: each page is one request, sent only when the
 * previous one has been handled. Nothing is fetched until a method is called; each call starts a
 * walk of its own.
 *
 * <pre>{@code
 * client.listAsync(rg, registry).forEachPage(page -> {
 *   page.items().forEach(this::handle);
 *   return true; // false stops after this page
 * }).join();
 * }</pre>
 *
 * @param <T> the item type
 */
public interface AsyncPagedIterable<T> {
  /**
   * Walks the pages from the first, handing each to {@code handler} as it arrives, until the last
   * page or until {@code handler} returns false.
   *
   * @param handler takes a page and returns whether to fetch the next one
   * @return completes after the last page handled, or fails with the first failure (of a request or
   *     of {@code handler})
   */
  CompletableFuture<Void> forEachPage(Predicate<Page<T>> handler);

  /**
   * Like {@link #forEachPage(Predicate)}, starting from the page a continuation token names.
   *
   * @param continuationToken a {@link Page#continuationToken()}; null for the first page
   * @param handler takes a page and returns whether to fetch the next one
   * @return completes after the last page handled, or fails with the first failure
   */
  CompletableFuture<Void> forEachPage(String continuationToken, Predicate<Page<T>> handler);

  /**
   * Fetches one page.
   *
   * @param continuationToken a {@link Page#continuationToken()}; null for the first page
   * @return completes with the page, or fails with the request's failure
   */
  CompletableFuture<Page<T>> page(String continuationToken);

  /**
   * Collects every item of every page; bounded only by the list, so prefer {@link #forEachPage} for
   * long lists.
   *
   * @return completes with the items in list order, or fails with the first failure
   */
  CompletableFuture<List<T>> toList();

  /**
   * This list with every item turned by {@code mapper}, page by page as the pages arrive (and
   * resumed from a continuation token as this list resumes).
   *
   * @param mapper applied to each item of a page before the page is handed on
   * @param <R> the type of the mapped items
   * @return the mapped list
   */
  default <R> AsyncPagedIterable<R> map(Function<? super T, ? extends R> mapper) {
    return new MappedAsyncPagedIterable<>(this, mapper);
  }

  /**
   * A list the service answers in one response (an operation that is not pageable): {@code fetch}
   * is called for each walk, and never before one starts.
   *
   * @param fetch sends the one request and completes with the items
   * @param <T> the type of the items
   * @return the list, one page without a continuation
   */
  static <T> AsyncPagedIterable<T> onePage(Supplier<? extends CompletableFuture<? extends List<T>>> fetch) {
    return new OnePageAsyncPagedIterable<>(fetch);
  }
}

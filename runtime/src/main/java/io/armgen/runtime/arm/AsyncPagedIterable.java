package io.armgen.runtime.arm;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

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
}

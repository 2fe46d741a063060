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
   * @return completes after the last page handled, or fails with the first failure
   */
  CompletableFuture<Void> forEachPage(Predicate<Page<T>> handler);

  /** Like {@link #forEachPage(Predicate)}, starting from a {@link Page#continuationToken()} (null: the first page). */
  CompletableFuture<Void> forEachPage(String continuationToken, Predicate<Page<T>> handler);

  /** One page: the first for a null token, else the page the token names. */
  CompletableFuture<Page<T>> page(String continuationToken);

  /** Every item of every page, collected (bounded only by the list: prefer {@link #forEachPage} for long lists). */
  CompletableFuture<List<T>> toList();
}

package io.armgen.runtime.arm;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** {@link AsyncPagedIterable#onePage}: one page, fetched when (and each time) a walk starts. */
final class OnePageAsyncPagedIterable<T> implements AsyncPagedIterable<T> {
  private final Supplier<? extends CompletableFuture<? extends List<T>>> fetch;

  OnePageAsyncPagedIterable(Supplier<? extends CompletableFuture<? extends List<T>>> fetch) {
    this.fetch = fetch;
  }

  @Override
  public CompletableFuture<Void> forEachPage(Predicate<Page<T>> handler) {
    return page(null).thenAccept(handler::test);
  }

  /** A list of one page has no continuation: only null (the first page) is a token of it. */
  @Override
  public CompletableFuture<Void> forEachPage(String continuationToken, Predicate<Page<T>> handler) {
    if (continuationToken != null) {
      return CompletableFuture.failedFuture(new IllegalArgumentException("a list of one page has no continuation token"));
    }
    return forEachPage(handler);
  }

  @Override
  public CompletableFuture<Page<T>> page(String continuationToken) {
    if (continuationToken != null) {
      return CompletableFuture.failedFuture(new IllegalArgumentException("a list of one page has no continuation token"));
    }
    try {
      return fetch.get().thenApply(items -> new Page<T>(items == null ? List.of() : items, null));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  @Override
  public CompletableFuture<List<T>> toList() {
    return page(null).thenApply(Page::items);
  }
}

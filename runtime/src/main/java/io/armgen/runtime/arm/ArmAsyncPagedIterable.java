package io.armgen.runtime.arm;

import io.armgen.runtime.http.HttpRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/** {@link AsyncPagedIterable} over a {@link PageFetcher}: the next page is requested from the previous one's completion. */
final class ArmAsyncPagedIterable<T> implements AsyncPagedIterable<T> {
  private final PageFetcher<T> fetcher;

  ArmAsyncPagedIterable(PageFetcher<T> fetcher) {
    this.fetcher = fetcher;
  }

  @Override
  public CompletableFuture<Void> forEachPage(Predicate<Page<T>> handler) {
    return forEachPage(null, handler);
  }

  @Override
  public CompletableFuture<Void> forEachPage(String continuationToken, Predicate<Page<T>> handler) {
    HttpRequest start;
    try {
      start = continuationToken == null ? fetcher.first() : fetcher.continuation(continuationToken);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return walk(start, continuationToken == null, new HashSet<>(), handler);
  }

  @Override
  public CompletableFuture<Page<T>> page(String continuationToken) {
    try {
      HttpRequest request = continuationToken == null ? fetcher.first() : fetcher.continuation(continuationToken);
      return fetcher.fetch(fetcher.asCall(request), continuationToken == null, new HashSet<>());
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  @Override
  public CompletableFuture<List<T>> toList() {
    List<T> items = new ArrayList<>();
    return forEachPage(page -> items.addAll(page.items())).thenApply(done -> items);
  }

  private CompletableFuture<Void> walk(HttpRequest request, boolean first, Set<String> visited, Predicate<Page<T>> handler) {
    CompletableFuture<Page<T>> page;
    try {
      page = fetcher.fetch(fetcher.asCall(request), first, visited);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return page.thenCompose(p -> {
      boolean more = handler.test(p) && p.nextLink() != null;
      return more ? walk(fetcher.next(p.nextLink()), false, visited, handler)
          : CompletableFuture.<Void>completedFuture(null);
    });
  }
}

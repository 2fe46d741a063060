package io.armgen.runtime.arm;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Predicate;

/** {@link AsyncPagedIterable#map}: the source's pages as they arrive, items mapped; resumed as the source resumes. */
final class MappedAsyncPagedIterable<T, R> implements AsyncPagedIterable<R> {
  private final AsyncPagedIterable<T> source;
  private final Function<? super T, ? extends R> mapper;

  MappedAsyncPagedIterable(AsyncPagedIterable<T> source, Function<? super T, ? extends R> mapper) {
    this.source = source;
    this.mapper = mapper;
  }

  @Override
  public CompletableFuture<Void> forEachPage(Predicate<Page<R>> handler) {
    return source.forEachPage(page -> handler.test(mapped(page)));
  }

  @Override
  public CompletableFuture<Void> forEachPage(String continuationToken, Predicate<Page<R>> handler) {
    return source.forEachPage(continuationToken, page -> handler.test(mapped(page)));
  }

  @Override
  public CompletableFuture<Page<R>> page(String continuationToken) {
    return source.page(continuationToken).thenApply(this::mapped);
  }

  @Override
  public CompletableFuture<List<R>> toList() {
    return source.toList().thenApply(items -> items.stream().<R>map(mapper).toList());
  }

  private Page<R> mapped(Page<T> page) {
    return new Page<>(page.items().stream().<R>map(mapper).toList(), page.nextLink());
  }
}

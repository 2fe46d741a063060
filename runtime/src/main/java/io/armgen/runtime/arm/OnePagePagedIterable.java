package io.armgen.runtime.arm;

import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** {@link PagedIterable#onePage}: one page, fetched when (and each time) the list is iterated. */
final class OnePagePagedIterable<T> implements PagedIterable<T> {
  private final Supplier<? extends List<T>> fetch;

  OnePagePagedIterable(Supplier<? extends List<T>> fetch) {
    this.fetch = fetch;
  }

  @Override
  public Iterator<T> iterator() {
    return stream().iterator();
  }

  @Override
  public Stream<T> stream() {
    return Stream.of(fetch).flatMap(f -> f.get().stream());
  }

  @Override
  public Iterable<Page<T>> byPage() {
    return () -> Stream.of(fetch).map(f -> new Page<T>(f.get(), null)).iterator();
  }
}

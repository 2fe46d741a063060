package io.armgen.runtime.arm;

import java.util.Iterator;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * {@link PagedIterable#map}: the source's pages, read as lazily as the source reads them (and resumed
 * as it resumes), items mapped.
 */
final class MappedPagedIterable<T, R> implements PagedIterable<R> {
  private final PagedIterable<T> source;
  private final Function<? super T, ? extends R> mapper;

  MappedPagedIterable(PagedIterable<T> source, Function<? super T, ? extends R> mapper) {
    this.source = source;
    this.mapper = mapper;
  }

  @Override
  public Iterator<R> iterator() {
    Iterator<T> items = source.iterator();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return items.hasNext();
      }

      @Override
      public R next() {
        return mapper.apply(items.next());
      }
    };
  }

  @Override
  public Stream<R> stream() {
    return source.stream().map(mapper);
  }

  @Override
  public Iterable<Page<R>> byPage() {
    return mapped(source.byPage());
  }

  /** Resumes as the source does, which for the runtime's lists means from the token's page. */
  @Override
  public Iterable<Page<R>> byPage(String continuationToken) {
    return mapped(source.byPage(continuationToken));
  }

  private Iterable<Page<R>> mapped(Iterable<Page<T>> sourcePages) {
    return () -> {
      Iterator<Page<T>> pages = sourcePages.iterator();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return pages.hasNext();
        }

        @Override
        public Page<R> next() {
          Page<T> page = pages.next();
          return new Page<>(page.items().stream().<R>map(mapper).toList(), page.nextLink());
        }
      };
    };
  }
}

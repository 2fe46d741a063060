package io.armgen.runtime.arm;

import io.armgen.runtime.http.HttpRequest;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** A pageable list over a {@link PageFetcher}: items flattened lazily, pages on demand, each page waited for. */
final class ArmPagedIterable<T> implements PagedIterable<T> {
  private final PageFetcher<T> fetcher;

  ArmPagedIterable(PageFetcher<T> fetcher) {
    this.fetcher = fetcher;
  }

  @Override
  public Iterator<T> iterator() {
    Iterator<Page<T>> pages = byPage().iterator();
    return new Iterator<>() {
      private Iterator<T> current = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        // Skips empty pages: a service may send an empty page that still has a next link.
        while (!current.hasNext() && pages.hasNext()) {
          current = pages.next().items().iterator();
        }
        return current.hasNext();
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  @Override
  public Stream<T> stream() {
    return StreamSupport.stream(spliterator(), false);
  }

  @Override
  public Iterable<Page<T>> byPage() {
    return () -> new Pages(fetcher.first(), true);
  }

  @Override
  public Iterable<Page<T>> byPage(String continuationToken) {
    if (continuationToken == null) {
      return byPage();
    }
    HttpRequest start = fetcher.continuation(continuationToken);
    return () -> new Pages(start, false);
  }

  /** One walk over the pages. */
  private final class Pages implements Iterator<Page<T>> {
    private final Set<String> visited = new HashSet<>();
    private HttpRequest next;
    private boolean first;

    Pages(HttpRequest start, boolean first) {
      this.next = start;
      this.first = first;
    }

    @Override
    public boolean hasNext() {
      return next != null;
    }

    @Override
    public Page<T> next() {
      if (next == null) {
        throw new NoSuchElementException();
      }
      HttpRequest request = fetcher.asCall(next);
      next = null;
      Page<T> page = ArmClientCore.await(fetcher.fetch(request, first, visited), request.context());
      first = false;
      if (page.nextLink() != null) {
        next = fetcher.next(page.nextLink());
      }
      return page;
    }
  }
}

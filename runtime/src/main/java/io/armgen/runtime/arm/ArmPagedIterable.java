package io.armgen.runtime.arm;

import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** A pageable list over a page sequence ({@link PageIterator}): items flattened lazily, pages on demand. */
final class ArmPagedIterable<T> implements PagedIterable<T> {
  /** Starts a new page sequence for each iteration. */
  private final Supplier<Iterator<Page<T>>> pages;

  ArmPagedIterable(Supplier<Iterator<Page<T>>> pages) {
    this.pages = pages;
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
    return pages::get;
  }
}

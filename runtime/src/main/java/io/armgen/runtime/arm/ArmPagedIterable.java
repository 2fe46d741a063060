package io.armgen.runtime.arm;

import io.armgen.runtime.json.JsonReadFunction;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** A pageable list over {@link PageIterator}: items flattened lazily, pages on demand. */
final class ArmPagedIterable<T> implements PagedIterable<T> {
  private final ArmClientCore core;
  private final ArmRequest firstRequest;
  private final String itemName;
  private final String nextLinkName;
  private final JsonReadFunction<T> itemReader;

  ArmPagedIterable(ArmClientCore core, ArmRequest firstRequest, String itemName, String nextLinkName,
      JsonReadFunction<T> itemReader) {
    this.core = core;
    this.firstRequest = firstRequest;
    this.itemName = itemName == null ? "value" : itemName;
    this.nextLinkName = nextLinkName;
    this.itemReader = itemReader;
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
    return () -> new PageIterator<>(core, firstRequest, itemName, nextLinkName, itemReader);
  }
}

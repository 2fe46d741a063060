package io.armgen.runtime.arm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class AsyncPagedIterableTest {
  /** Three pages of two numbers; a continuation token is the index of the page it names. */
  private static final class ThreePages implements AsyncPagedIterable<Integer> {
    final List<String> fetched = new ArrayList<>();

    @Override
    public CompletableFuture<Void> forEachPage(Predicate<Page<Integer>> handler) {
      return forEachPage(null, handler);
    }

    @Override
    public CompletableFuture<Void> forEachPage(String continuationToken, Predicate<Page<Integer>> handler) {
      String token = continuationToken;
      while (true) {
        Page<Integer> page = page(token).join();
        if (!handler.test(page) || page.nextLink() == null) {
          return CompletableFuture.completedFuture(null);
        }
        token = page.nextLink();
      }
    }

    @Override
    public CompletableFuture<Page<Integer>> page(String continuationToken) {
      int index = continuationToken == null ? 0 : Integer.parseInt(continuationToken);
      fetched.add(String.valueOf(index));
      return CompletableFuture.completedFuture(new Page<>(List.of(2 * index, 2 * index + 1),
          index < 2 ? String.valueOf(index + 1) : null));
    }

    @Override
    public CompletableFuture<List<Integer>> toList() {
      List<Integer> all = new ArrayList<>();
      return forEachPage(page -> all.addAll(page.items())).thenApply(done -> all);
    }
  }

  @Test
  void mapTurnsEveryItemPageByPageAndKeepsTheContinuations() {
    ThreePages source = new ThreePages();
    AsyncPagedIterable<String> mapped = source.map(n -> "#" + n);
    List<Page<String>> seen = new ArrayList<>();
    mapped.forEachPage(page -> seen.add(page) && seen.size() < 2).join();
    assertEquals(List.of(List.of("#0", "#1"), List.of("#2", "#3")), seen.stream().map(Page::items).toList());
    assertEquals(List.of("0", "1"), source.fetched, "stopping after the second page fetches no third");
    assertEquals("2", seen.get(1).continuationToken());

    List<String> rest = new ArrayList<>();
    mapped.forEachPage(seen.get(1).continuationToken(), page -> rest.addAll(page.items())).join();
    assertEquals(List.of("#4", "#5"), rest);
    assertEquals(List.of("#2", "#3"), mapped.page("1").join().items());
    assertEquals(List.of("#0", "#1", "#2", "#3", "#4", "#5"), mapped.toList().join());
  }

  @Test
  void onePageFetchesWhenAWalkStartsAndEachTime() {
    AtomicInteger calls = new AtomicInteger();
    AsyncPagedIterable<String> list = AsyncPagedIterable.onePage(() -> {
      calls.incrementAndGet();
      return CompletableFuture.completedFuture(List.of("a", "b"));
    });
    assertEquals(0, calls.get(), "nothing is fetched before a walk");
    List<Page<String>> pages = new ArrayList<>();
    list.forEachPage(pages::add).join();
    assertEquals(1, pages.size());
    assertEquals(List.of("a", "b"), pages.get(0).items());
    assertNull(pages.get(0).continuationToken());
    assertEquals(List.of("A", "B"), list.map(s -> s.toUpperCase(java.util.Locale.ROOT)).toList().join());
    assertEquals(2, calls.get());
  }

  @Test
  void onePageOfNothingIsAnEmptyPageAndHasNoContinuation() throws Exception {
    AsyncPagedIterable<String> empty = AsyncPagedIterable.onePage(() -> CompletableFuture.completedFuture(null));
    assertEquals(List.of(), empty.toList().get());
    ExecutionException failed = assertThrows(ExecutionException.class, () -> empty.page("https://x/next").get());
    assertInstanceOf(IllegalArgumentException.class, failed.getCause());
    CompletableFuture<List<String>> broken = AsyncPagedIterable.<String>onePage(() -> {
      throw new IllegalStateException("no client");
    }).toList();
    assertInstanceOf(IllegalStateException.class, assertThrows(ExecutionException.class, broken::get).getCause());
  }
}

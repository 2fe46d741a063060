package io.armgen.runtime.internal;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The runtime's one timer thread: retry backoffs, poll delays and deadlines are scheduled here
 * instead of sleeping a thread. Tasks run on it must be tiny (complete a future, start a
 * non-blocking send). Runtime-internal: not a public API.
 */
public final class Timers {
  private Timers() {}

  /**
   * Runs {@code task} once, on the timer thread, after {@code delay}.
   *
   * @param delay how long to wait; zero or negative runs it at once
   * @param task a task that returns quickly and never blocks
   * @return the timer, to cancel it
   */
  public static ScheduledFuture<?> schedule(Duration delay, Runnable task) {
    return Holder.SCHEDULER.schedule(task, Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
  }

  /**
   * A future that completes (with null) after {@code delay}; cancelling it stops the timer.
   *
   * @param delay how long to wait; zero or negative completes at once
   * @return the future; dependent stages run on the timer thread unless made async
   */
  public static CompletableFuture<Void> delay(Duration delay) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    if (delay.isZero() || delay.isNegative()) {
      done.complete(null);
      return done;
    }
    ScheduledFuture<?> timer = schedule(delay, () -> done.complete(null));
    done.whenComplete((v, e) -> timer.cancel(false));
    return done;
  }

  private static final class Holder {
    static final ScheduledExecutorService SCHEDULER = create();

    private static ScheduledExecutorService create() {
      ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1, runnable -> {
        Thread thread = new Thread(runnable, "armgen-timer");
        thread.setDaemon(true);
        return thread;
      });
      // cancelled timers (most deadlines: the response came first) must not pile up in the queue
      scheduler.setRemoveOnCancelPolicy(true);
      return scheduler;
    }
  }
}

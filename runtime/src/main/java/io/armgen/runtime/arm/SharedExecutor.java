package io.armgen.runtime.arm;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The executor for async calls when the builder was given none: one pool for the whole runtime,
 * of daemon threads (calls block on I/O, so the common fork-join pool is the wrong place) that
 * end after a minute idle.
 */
final class SharedExecutor {
  private SharedExecutor() {}

  static ExecutorService get() {
    return Holder.POOL;
  }

  private static final class Holder {
    private static final AtomicInteger COUNT = new AtomicInteger();
    static final ExecutorService POOL = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
        new SynchronousQueue<>(), runnable -> {
          Thread thread = new Thread(runnable, "armgen-async-" + COUNT.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
  }
}

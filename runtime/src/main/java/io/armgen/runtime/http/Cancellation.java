package io.armgen.runtime.http;

import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A handle the caller keeps to cancel calls it started with it (through
 * {@code RequestOptions.cancellation}). {@link #cancel()} fails every such call that has not ended
 * promptly with a typed exception ({@code CallCancelledException}) and aborts the HTTP exchange in
 * flight (the connection is closed); calls started with it afterwards fail at once. One handle may
 * serve any number of calls. Thread-safe.
 *
 * <pre>{@code
 * Cancellation cancellation = new Cancellation();
 * CompletableFuture<Registry> future = client.getAsync(rg, name, new RequestOptions().cancellation(cancellation));
 * ...
 * cancellation.cancel();
 * }</pre>
 */
public final class Cancellation {
  private final CopyOnWriteArrayList<Runnable> listeners = new CopyOnWriteArrayList<>();
  private volatile boolean cancelled;

  /** A handle that is not cancelled. */
  public Cancellation() {}

  /**
   * Cancels every call made with this handle; later calls fail at once. Idempotent. The
   * cancellation actions run on this thread before it returns.
   */
  public void cancel() {
    if (cancelled) {
      return;
    }
    cancelled = true;
    for (Runnable listener : listeners) {
      listener.run();
    }
    listeners.clear();
  }

  /**
   * Whether {@link #cancel()} was called.
   *
   * @return true once cancelled
   */
  public boolean isCancelled() {
    return cancelled;
  }

  /**
   * Runs {@code action} on {@link #cancel()} (at once when already cancelled). For the runtime's
   * transport; callers need not use it.
   *
   * @param action runs once, on the thread that cancels; must not block
   * @return removes the action again (call it when the work ends, so a long-lived handle does
   *     not collect actions)
   */
  public Runnable onCancel(Runnable action) {
    listeners.add(action);
    if (cancelled && listeners.remove(action)) {
      action.run();
    }
    return () -> listeners.remove(action);
  }

  @Override
  public String toString() {
    return "Cancellation{cancelled=" + cancelled + "}";
  }
}

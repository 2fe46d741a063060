package io.armgen.runtime.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Waiting on, and unwrapping, the futures of the async pipeline. Runtime-internal: not a public
 * API.
 */
public final class Futures {
  private Futures() {}

  /**
   * A call that may throw {@link IOException}.
   *
   * @param <T> what the call returns
   */
  @FunctionalInterface
  public interface IoCall<T> {
    /**
     * Makes the call.
     *
     * @return the result
     * @throws IOException if the call fails
     */
    T call() throws IOException;
  }

  /**
   * Runs {@code call} now, on this thread, as a completed or failed future.
   *
   * @param <T> what the call returns
   * @param call the call
   * @return a future completed with the result, or failed with what the call threw (errors included)
   */
  public static <T> CompletableFuture<T> now(IoCall<T> call) {
    try {
      return CompletableFuture.completedFuture(call.call());
    } catch (IOException | RuntimeException | Error e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * Waits for {@code future}, rethrowing its failure as it was (IOException, unchecked exception
   * or error). An interrupt runs {@code onInterrupt} (which should abort the work) and becomes an
   * {@link InterruptedIOException}, with the thread's interrupt flag set again.
   *
   * @param <T> the result type
   * @param future the future to wait for
   * @param onInterrupt run when the waiting thread is interrupted
   * @return the future's result
   * @throws IOException the future's own {@link IOException}, or {@link InterruptedIOException}
   */
  public static <T> T await(CompletableFuture<T> future, Runnable onInterrupt) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      onInterrupt.run();
      InterruptedIOException interrupted = new InterruptedIOException("interrupted while waiting for a response");
      interrupted.initCause(e);
      throw interrupted;
    } catch (ExecutionException e) {
      Throwable cause = unwrap(e);
      if (cause instanceof IOException io) {
        throw io;
      }
      throw unchecked(cause);
    }
  }

  /**
   * Like {@link #await} for work that throws no {@link IOException}.
   *
   * @param <T> the result type
   * @param future the future to wait for
   * @param onInterrupt run when the waiting thread is interrupted
   * @return the future's result
   * @throws java.io.UncheckedIOException wrapping an {@link IOException}, the interrupt's included
   */
  public static <T> T awaitUnchecked(CompletableFuture<T> future, Runnable onInterrupt) {
    try {
      return await(future, onInterrupt);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * The real failure inside {@link CompletionException}/{@link ExecutionException} wrappers.
   *
   * @param failure a future's failure
   * @return the innermost cause that is not such a wrapper (a wrapper without a cause is returned as is)
   */
  public static Throwable unwrap(Throwable failure) {
    Throwable t = failure;
    while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  /**
   * {@code failure} as an unchecked exception to rethrow: itself when it is one, a checked one
   * wrapped in {@link CompletionException}.
   *
   * @param failure the failure
   * @return the exception to throw
   * @throws Error {@code failure} itself, when it is an error
   */
  public static RuntimeException unchecked(Throwable failure) {
    if (failure instanceof RuntimeException runtime) {
      return runtime;
    }
    if (failure instanceof Error error) {
      throw error;
    }
    return new CompletionException(failure);
  }
}

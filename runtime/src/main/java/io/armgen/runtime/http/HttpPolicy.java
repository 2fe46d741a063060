package io.armgen.runtime.http;

import io.armgen.runtime.internal.Futures;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;

/**
 * One step of the pipeline: it may change the request, call the rest of the pipeline (zero, one
 * or several times) and change or replace the response.
 *
 * <p>The pipeline runs policies through {@link #processAsync}, so no thread waits on the network.
 * A policy that implements only {@link #process} still works: its default {@code processAsync}
 * runs it on the calling thread and waits for the rest of the pipeline there, which holds that
 * thread for the whole exchange. Policies meant for many concurrent async calls should override
 * {@code processAsync} too.
 */
@FunctionalInterface
public interface HttpPolicy {
  /**
   * The blocking form: handles {@code request}, calling {@code next} to go on.
   *
   * @param request the request as the policies before this one left it
   * @param next the rest of the pipeline
   * @return the response to hand back to the policies before this one
   * @throws IOException when the exchange fails (from {@code next}, or the policy's own)
   */
  HttpResponse process(HttpRequest request, Next next) throws IOException;

  /**
   * The non-blocking form: returns at once with a future of the response.
   *
   * <p>The default runs {@link #process} (see the class comment).
   *
   * @param request the request as the policies before this one left it
   * @param next the rest of the pipeline
   * @return completes with the response, or fails with what {@link #process} throws
   */
  default CompletableFuture<HttpResponse> processAsync(HttpRequest request, AsyncNext next) {
    return Futures.now(() -> process(request, r -> Futures.await(next.proceed(r), () -> { })));
  }

  /** The rest of the pipeline after a policy. */
  @FunctionalInterface
  interface Next {
    /**
     * Sends the request through the rest of the pipeline and waits for the response.
     *
     * @param request the request to pass on
     * @return the response
     * @throws IOException when the exchange fails
     */
    HttpResponse proceed(HttpRequest request) throws IOException;
  }

  /** The rest of the pipeline after a policy, without blocking. */
  @FunctionalInterface
  interface AsyncNext {
    /**
     * Sends the request through the rest of the pipeline.
     *
     * @param request the request to pass on
     * @return completes with the response, or fails with the exchange's exception
     */
    CompletableFuture<HttpResponse> proceed(HttpRequest request);
  }

  /**
   * For policies written in their async form: runs {@code policy.processAsync} over a blocking
   * {@code next} and waits for it. Lets such a policy implement {@link #process} in one line.
   *
   * @param policy the policy, whose {@code processAsync} is run
   * @param request the request
   * @param next the rest of the pipeline, blocking
   * @return the response
   * @throws IOException the exchange's failure, as it was thrown
   */
  static HttpResponse processByWaiting(HttpPolicy policy, HttpRequest request, Next next) throws IOException {
    return Futures.await(policy.processAsync(request, r -> Futures.now(() -> next.proceed(r))), () -> { });
  }
}

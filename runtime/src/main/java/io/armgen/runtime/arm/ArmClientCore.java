package io.armgen.runtime.arm;

import io.armgen.runtime.http.HttpPipeline;
import io.armgen.runtime.http.HttpRequest;
import io.armgen.runtime.http.HttpResponse;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.armgen.runtime.json.Json;
import io.armgen.runtime.json.JsonReadException;
import io.armgen.runtime.json.JsonReadFunction;
import io.armgen.runtime.media.ResponseContent;
import io.armgen.runtime.http.CallContext;
import io.armgen.runtime.internal.Futures;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * What every generated client holds: the HTTP pipeline, endpoint, subscription and api-version,
 * and the ARM call patterns (plain call, long-running operation, pageable list), each in a
 * blocking and a non-blocking form. Thread-safe.
 *
 * <p>The non-blocking forms hold no thread while they wait: requests go out through
 * {@code HttpClient.sendAsync}, retries and poll delays are timers. The blocking forms wait for
 * them. Every call is bounded by the client's timeout (or {@link RequestOptions#timeout}), all
 * attempts and backoffs included, and can be cancelled with {@link RequestOptions#cancellation}.
 *
 * <p>Besides what each method names, every call (and every future, as its failure) can end in
 * {@link ResponseTimeoutException} (past its timeout), {@link CallCancelledException} (cancelled or
 * interrupted), {@link TransportException} (no response) and {@link ResponseTooLargeException} (a
 * body over {@code maxResponseBodySize}).
 */
public final class ArmClientCore {
  private final HttpPipeline pipeline;
  private final String endpoint;
  private final String subscriptionId;
  private final String apiVersion;
  private final CoreSettings settings;

  ArmClientCore(HttpPipeline pipeline, String endpoint, String subscriptionId, String apiVersion, CoreSettings settings) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    this.subscriptionId = subscriptionId;
    this.apiVersion = apiVersion;
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** {@return the subscription id given to the builder, or null when none was given} */
  public String subscriptionId() {
    return subscriptionId;
  }

  /** {@return the api-version sent as {@code api-version}: the spec's, unless overridden on the builder} */
  public String apiVersion() {
    return apiVersion;
  }

  /** {@return the ARM endpoint, e.g. {@code https://management.azure.com}} */
  public String endpoint() {
    return endpoint;
  }

  /** {@return the pipeline every request of this core goes through} */
  public HttpPipeline pipeline() {
    return pipeline;
  }

  /**
   * Sends {@code request} and reads the body with {@code reader}.
   *
   * @param <T> the body's type
   * @param request the request
   * @param reader reads the body; null when the response has none to read
   * @return the body; null when {@code reader} is null or the body is empty
   * @throws ManagementException for a status not in the request's expected statuses
   * @throws MalformedResponseException when the body cannot be read
   */
  public <T> T send(ArmRequest request, JsonReadFunction<T> reader) {
    return sendWithResponse(request, reader).value();
  }

  /**
   * Like {@link #send} with the status and headers.
   *
   * @param <T> the body's type
   * @param request the request
   * @param reader reads the body; null when the response has none to read
   * @return the status, headers and body (null when {@code reader} is null or the body is empty)
   */
  public <T> ArmResponse<T> sendWithResponse(ArmRequest request, JsonReadFunction<T> reader) {
    HttpRequest http = prepare(request);
    return await(respond(http, request, reader), http.context());
  }

  /**
   * {@link #send} without blocking.
   *
   * @param <T> the body's type
   * @param request the request
   * @param reader reads the body; null when the response has none to read
   * @return a future that completes with the body or fails with the exceptions {@link #send} throws
   */
  public <T> CompletableFuture<T> sendAsync(ArmRequest request, JsonReadFunction<T> reader) {
    return sendWithResponseAsync(request, reader).thenApply(ArmResponse::value);
  }

  /**
   * {@link #sendWithResponse} without blocking.
   *
   * @param <T> the body's type
   * @param request the request
   * @param reader reads the body; null when the response has none to read
   * @return a future that completes with the response or fails with the exceptions {@link #send} throws
   */
  public <T> CompletableFuture<ArmResponse<T>> sendWithResponseAsync(ArmRequest request, JsonReadFunction<T> reader) {
    try {
      return respond(prepare(request), request, reader);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * Sends {@code request} and returns the body as it came, as bytes (a binary or non-JSON
   * payload), read under the same limit as every body: {@code maxResponseBodySize}, past which it
   * fails with {@link ResponseTooLargeException} without reading on.
   *
   * @param request the request
   * @return the status, headers and body bytes (empty, not null, when there is no body)
   * @throws ManagementException for a status not in the request's expected statuses
   */
  public ArmResponse<byte[]> sendForBytes(ArmRequest request) {
    HttpRequest http = prepare(request);
    return await(respondBytes(http, request), http.context());
  }

  /**
   * {@link #sendForBytes} without blocking.
   *
   * @param request the request
   * @return a future that completes with the response or fails with the exceptions {@link #sendForBytes} throws
   */
  public CompletableFuture<ArmResponse<byte[]>> sendForBytesAsync(ArmRequest request) {
    try {
      return respondBytes(prepare(request), request);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private CompletableFuture<ArmResponse<byte[]>> respondBytes(HttpRequest http, ArmRequest request) {
    return executeAsync(http).thenApply(response -> {
      requireStatus(http, response, request.expectedStatuses());
      return new ArmResponse<>(response.statusCode(), response.headers().toMap(), response.body());
    });
  }

  /**
   * Like {@link #sendWithResponse} for an operation whose success statuses carry different body
   * types.
   *
   * @param <T> the common type of the bodies
   * @param request the request
   * @param readers the reader for the status that came; it returns null when that status has no body to read
   * @return the status, headers and body (null when there is no reader or the body is empty)
   */
  public <T> ArmResponse<T> sendReadingByStatus(ArmRequest request, IntFunction<JsonReadFunction<? extends T>> readers) {
    HttpRequest http = prepare(request);
    return await(respondByStatus(http, request, readers), http.context());
  }

  /**
   * {@link #sendReadingByStatus} without blocking.
   *
   * @param <T> the common type of the bodies
   * @param request the request
   * @param readers the reader for the status that came; it returns null when that status has no body to read
   * @return a future that completes with the response or fails with the exceptions {@link #send} throws
   */
  public <T> CompletableFuture<ArmResponse<T>> sendReadingByStatusAsync(ArmRequest request,
      IntFunction<JsonReadFunction<? extends T>> readers) {
    try {
      return respondByStatus(prepare(request), request, readers);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private <T> CompletableFuture<ArmResponse<T>> respondByStatus(HttpRequest http, ArmRequest request,
      IntFunction<JsonReadFunction<? extends T>> readers) {
    return executeAsync(http).thenApply(response -> {
      requireStatus(http, response, request.expectedStatuses());
      T value = readBody(http, response, readers.apply(response.statusCode()));
      return new ArmResponse<>(response.statusCode(), response.headers().toMap(), value);
    });
  }

  /**
   * Like {@link #sendWithResponse}, also reading the declared response headers.
   *
   * @param <H> the typed headers
   * @param <T> the body's type
   * @param request the request
   * @param reader reads the body; null when the response has none to read
   * @param typedHeaders builds the typed headers from the raw ones (a generated {@code ...Headers} constructor)
   * @return the status, raw and typed headers, and body
   * @throws MalformedResponseException when a declared header's value cannot be read
   */
  public <H, T> ArmResponseWithHeaders<H, T> sendWithHeaders(ArmRequest request, JsonReadFunction<T> reader,
      Function<Map<String, List<String>>, H> typedHeaders) {
    HttpRequest http = prepare(request);
    return await(executeAsync(http).thenApply(response -> {
      requireStatus(http, response, request.expectedStatuses());
      T value = readBody(http, response, reader);
      Map<String, List<String>> headers = response.headers().toMap();
      H typed;
      try {
        typed = typedHeaders.apply(headers);
      } catch (RuntimeException e) {
        throw malformed(http, response, "a declared header could not be read: " + e.getMessage(), e);
      }
      return new ArmResponseWithHeaders<>(response.statusCode(), headers, typed, value);
    }), http.context());
  }

  /**
   * Sends {@code request} and reads the body in the media type {@code content} stands for (text,
   * bytes, a stream, XML; see {@code io.armgen.runtime.media}). A streamed body is not read here:
   * the caller gets the open stream and closes it.
   *
   * @param <T> the body's type
   * @param request the request
   * @param content how to read the body
   * @return the body as {@code content} reads it
   * @throws ManagementException for a status not in the request's expected statuses
   * @throws MalformedResponseException when the body does not fit
   */
  public <T> T exchange(ArmRequest request, ResponseContent<T> content) {
    return exchangeWithResponse(request, content).value();
  }

  /**
   * Like {@link #exchange} with the status and headers.
   *
   * @param <T> the body's type
   * @param request the request
   * @param content how to read the body
   * @return the status, headers and body as {@code content} reads it
   */
  public <T> ArmResponse<T> exchangeWithResponse(ArmRequest request, ResponseContent<T> content) {
    HttpRequest http = prepare(request, content);
    return await(respondWith(http, request, content), http.context());
  }

  /**
   * {@link #exchange} without blocking.
   *
   * @param <T> the body's type
   * @param request the request
   * @param content how to read the body
   * @return a future that completes with the body or fails with the exceptions {@link #exchange} throws
   */
  public <T> CompletableFuture<T> exchangeAsync(ArmRequest request, ResponseContent<T> content) {
    return exchangeWithResponseAsync(request, content).thenApply(ArmResponse::value);
  }

  /**
   * {@link #exchangeWithResponse} without blocking.
   *
   * @param <T> the body's type
   * @param request the request
   * @param content how to read the body
   * @return a future that completes with the response or fails with the exceptions {@link #exchange} throws
   */
  public <T> CompletableFuture<ArmResponse<T>> exchangeWithResponseAsync(ArmRequest request, ResponseContent<T> content) {
    try {
      return respondWith(prepare(request, content), request, content);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /** The HTTP request, asking for the 2xx body as a stream when {@code content} hands one over. */
  private HttpRequest prepare(ArmRequest request, ResponseContent<?> content) {
    HttpRequest http = prepare(request);
    return content.streamed() ? http.withStreamedResponse() : http;
  }

  private <T> CompletableFuture<ArmResponse<T>> respondWith(HttpRequest http, ArmRequest request, ResponseContent<T> content) {
    return executeAsync(http).thenApply(response -> {
      T value;
      try {
        requireStatus(http, response, request.expectedStatuses());
        value = content.read(response);
      } catch (IOException e) {
        closeQuietly(response);
        throw malformed(http, response, "its body could not be read: " + e.getMessage(), e);
      } catch (RuntimeException e) {
        closeQuietly(response);
        throw e;
      }
      return new ArmResponse<>(response.statusCode(), response.headers().toMap(), value);
    });
  }

  /** Releases the connection of a streamed response that will not be handed over. */
  private static void closeQuietly(HttpResponse response) {
    if (response.streamed()) {
      try {
        response.bodyStream().close();
      } catch (IOException e) {
        // already failing: the first error is the one to report
      }
    }
  }

  /**
   * Starts a long-running operation: sends the initial request and returns a poller following
   * ARM's rules (Azure-AsyncOperation, Location, provisioningState) and {@code finalStateVia}.
   *
   * @param <T> the final result's type
   * @param request the initial request
   * @param finalStateVia where the final result is read from; null for {@link FinalStateVia#DEFAULT}
   * @param reader reads the final result; null for operations without one (deletes)
   * @return a poller that has seen the initial response and not polled yet
   * @throws ManagementException when the initial response's status is not an expected one
   */
  public <T> LroPoller<T> beginLongRunning(ArmRequest request, FinalStateVia finalStateVia, JsonReadFunction<T> reader) {
    HttpRequest http = prepare(request);
    return await(begin(http, request, finalStateVia, reader), http.context());
  }

  /**
   * {@link #beginLongRunning} without blocking.
   *
   * @param <T> the final result's type
   * @param request the initial request
   * @param finalStateVia where the final result is read from; null for {@link FinalStateVia#DEFAULT}
   * @param reader reads the final result; null for operations without one (deletes)
   * @return a future that completes with the poller once the initial response is in
   */
  public <T> CompletableFuture<LroPoller<T>> beginLongRunningAsync(ArmRequest request, FinalStateVia finalStateVia,
      JsonReadFunction<T> reader) {
    try {
      return begin(prepare(request), request, finalStateVia, reader);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private HttpRequest prepare(ArmRequest request) {
    return RequestTranslator.toHttp(endpoint, request).withContext(contextFor(request.options()));
  }

  private <T> CompletableFuture<ArmResponse<T>> respond(HttpRequest http, ArmRequest request, JsonReadFunction<T> reader) {
    return executeAsync(http).thenApply(response -> {
      requireStatus(http, response, request.expectedStatuses());
      T value = readBody(http, response, reader);
      return new ArmResponse<>(response.statusCode(), response.headers().toMap(), value);
    });
  }

  private <T> CompletableFuture<LroPoller<T>> begin(HttpRequest http, ArmRequest request, FinalStateVia finalStateVia,
      JsonReadFunction<T> reader) {
    return executeAsync(http).thenApply(response -> {
      requireStatus(http, response, request.expectedStatuses());
      return new ArmLroPoller<>(this, http, response, finalStateVia == null ? FinalStateVia.DEFAULT : finalStateVia,
          reader, request.options());
    });
  }

  /**
   * Continues a long-running operation from a {@link LroPoller#resumeToken()} taken earlier, in
   * this process or another. The token holds no secret: this client's credential authenticates
   * the polls, and its endpoint and allowed origins apply to the token's URLs.
   *
   * @param <T> the final result's type
   * @param resumeToken the token
   * @param reader reads the final result; null for operations without one
   * @return a poller that continues from where the token was taken
   * @throws IllegalArgumentException when the token is not one of this runtime's (or of a newer format)
   */
  public <T> LroPoller<T> resumeLongRunning(String resumeToken, JsonReadFunction<T> reader) {
    return ArmLroPoller.resume(this, LroResumeToken.decode(resumeToken), reader);
  }

  /**
   * A lazy pageable list: the first page from {@code firstRequest}, then each {@code nextLinkName}
   * link until none (or a repeated one). Nothing is sent until the list is iterated.
   *
   * @param <T> the item type
   * @param firstRequest the request for the first page
   * @param itemName the page's array property ({@code value})
   * @param nextLinkName the page's next-link property, or null for a single-page list
   * @param itemReader reads one item
   * @return the list
   */
  public <T> PagedIterable<T> list(ArmRequest firstRequest, String itemName, String nextLinkName, JsonReadFunction<T> itemReader) {
    return new ArmPagedIterable<>(new PageFetcher<>(this, firstRequest, itemName, nextLinkName, itemReader));
  }

  /**
   * Like {@link #list(ArmRequest, String, String, JsonReadFunction)}, with the next pages fetched by
   * another operation ({@code x-ms-pageable operationName}).
   *
   * @param <T> the item type
   * @param firstRequest the request for the first page
   * @param itemName the page's array property ({@code value})
   * @param nextLinkName the page's next-link property, or null for a single-page list
   * @param itemReader reads one item
   * @param nextRequest builds the next operation's request from a page's next link
   * @return the list
   */
  public <T> PagedIterable<T> list(ArmRequest firstRequest, String itemName, String nextLinkName,
      JsonReadFunction<T> itemReader, Function<String, ArmRequest> nextRequest) {
    return new ArmPagedIterable<>(PageFetcher.withNextOperation(this, firstRequest, itemName, nextLinkName, itemReader,
        nextRequest));
  }

  /**
   * {@link #list(ArmRequest, String, String, JsonReadFunction, Function)} as an async page sequence.
   *
   * @param <T> the item type
   * @param firstRequest the request for the first page
   * @param itemName the page's array property ({@code value})
   * @param nextLinkName the page's next-link property, or null for a single-page list
   * @param itemReader reads one item
   * @param nextRequest builds the next operation's request from a page's next link
   * @return the pages, each fetched without blocking when asked for
   */
  public <T> AsyncPagedIterable<T> listAsync(ArmRequest firstRequest, String itemName, String nextLinkName,
      JsonReadFunction<T> itemReader, Function<String, ArmRequest> nextRequest) {
    return new ArmAsyncPagedIterable<>(PageFetcher.withNextOperation(this, firstRequest, itemName, nextLinkName,
        itemReader, nextRequest));
  }

  /**
   * A long-running operation whose result is the first page of a list: the poller's result is
   * the whole list, the later pages fetched lazily from the next links (resolved against the
   * request's URL).
   *
   * @param <T> the item type
   * @param request the initial request
   * @param finalStateVia where the final result is read from; null for {@link FinalStateVia#DEFAULT}
   * @param itemName the page's array property; null for {@code value}
   * @param nextLinkName the page's next-link property, or null for a single-page list
   * @param itemReader reads one item
   * @return a poller whose result is the list
   */
  public <T> LroPoller<PagedIterable<T>> beginLongRunningList(ArmRequest request, FinalStateVia finalStateVia,
      String itemName, String nextLinkName, JsonReadFunction<T> itemReader) {
    return beginLongRunning(request, finalStateVia,
        LongRunningLists.firstPageReader(this, request, itemName, nextLinkName, itemReader));
  }

  /**
   * Continues a long-running list ({@link #beginLongRunningList}) from its poller's
   * {@link LroPoller#resumeToken()}, in this process or another: like
   * {@link #resumeLongRunning}, and the later pages follow the next links as they would have for
   * the poller that started it.
   *
   * @param <T> the item type
   * @param resumeToken the token
   * @param itemName the page's array property; null for {@code value}
   * @param nextLinkName the page's next-link property, or null for a single-page list
   * @param itemReader reads one item
   * @return a poller that continues from where the token was taken, whose result is the list
   * @throws IllegalArgumentException when the token is not one of this runtime's (or of a newer format)
   */
  public <T> LroPoller<PagedIterable<T>> resumeLongRunningList(String resumeToken, String itemName, String nextLinkName,
      JsonReadFunction<T> itemReader) {
    return LongRunningLists.resume(this, resumeToken, itemName, nextLinkName, itemReader);
  }

  /**
   * {@link #beginLongRunningList} without blocking.
   *
   * @param <T> the item type
   * @param request the initial request
   * @param finalStateVia where the final result is read from; null for {@link FinalStateVia#DEFAULT}
   * @param itemName the page's array property; null for {@code value}
   * @param nextLinkName the page's next-link property, or null for a single-page list
   * @param itemReader reads one item
   * @return a future that completes with the poller once the initial response is in
   */
  public <T> CompletableFuture<LroPoller<PagedIterable<T>>> beginLongRunningListAsync(ArmRequest request,
      FinalStateVia finalStateVia, String itemName, String nextLinkName, JsonReadFunction<T> itemReader) {
    return beginLongRunningAsync(request, finalStateVia,
        LongRunningLists.firstPageReader(this, request, itemName, nextLinkName, itemReader));
  }

  /**
   * {@link #list(ArmRequest, String, String, JsonReadFunction)} as an async page sequence.
   *
   * @param <T> the item type
   * @param firstRequest the request for the first page
   * @param itemName the page's array property ({@code value})
   * @param nextLinkName the page's next-link property, or null for a single-page list
   * @param itemReader reads one item
   * @return the pages, each fetched without blocking when asked for
   */
  public <T> AsyncPagedIterable<T> listAsync(ArmRequest firstRequest, String itemName, String nextLinkName,
      JsonReadFunction<T> itemReader) {
    return new ArmAsyncPagedIterable<>(new PageFetcher<>(this, firstRequest, itemName, nextLinkName, itemReader));
  }

  /**
   * Runs a blocking call on the client's executor.
   *
   * @param <T> the call's result type
   * @param call the blocking call
   * @return a future that completes with the call's result or fails with what it throws
   * @deprecated holds a thread for the whole call; generated code now calls the non-blocking
   *     forms ({@link #sendAsync}, {@link #beginLongRunningAsync}, {@link #listAsync})
   */
  @Deprecated
  public <T> CompletableFuture<T> async(Supplier<T> call) {
    return CompletableFuture.supplyAsync(call, settings.executor());
  }

  // ---- shared by the poller and the pager ----

  CoreSettings settings() {
    return settings;
  }

  Duration lroTimeout() {
    return settings.lroTimeout();
  }

  /** A call context for one call with {@code options}' timeout and cancellation (or the client's). */
  CallContext contextFor(RequestOptions options) {
    Duration timeout = options == null || options.timeout() == null ? settings.callTimeout() : options.timeout();
    return CallContext.start(timeout, options == null ? null : options.cancellation());
  }

  /** Sends through the pipeline and waits; I/O failures become typed exceptions naming the request id. */
  HttpResponse execute(HttpRequest request) {
    return await(executeAsync(request), request.context());
  }

  /** Sends through the pipeline; the future fails with the typed exceptions of {@link #execute}. */
  CompletableFuture<HttpResponse> executeAsync(HttpRequest request) {
    CompletableFuture<HttpResponse> result = new CompletableFuture<>();
    pipeline.sendAsync(request).whenComplete((response, failure) -> {
      request.context().release();
      if (failure != null) {
        result.completeExceptionally(CallFailures.typed(request, failure));
      } else {
        result.complete(response);
      }
    });
    return result;
  }

  /**
   * Waits for a call's future; its failure is rethrown as it is. An interrupt cancels the call
   * (aborting its exchange) and fails the wait with {@link CallCancelledException}.
   */
  static <T> T await(CompletableFuture<T> future, CallContext context) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      if (context.cancellation() != null) {
        context.cancellation().cancel();
      }
      throw new CallCancelledException("interrupted while waiting for the call", null, e);
    } catch (ExecutionException e) {
      throw Futures.unchecked(Futures.unwrap(e));
    }
  }

  /** Throws the ARM error unless the status is expected (empty {@code expected}: any 2xx). */
  static void requireStatus(HttpRequest request, HttpResponse response, int[] expected) {
    int status = response.statusCode();
    boolean ok = expected.length == 0 ? status >= 200 && status < 300 : contains(expected, status);
    if (!ok) {
      throw ErrorResponses.unexpectedStatus(request, response);
    }
  }

  /** Reads the body with {@code reader}; null reader or empty body: null. */
  static <T> T readBody(HttpRequest request, HttpResponse response, JsonReadFunction<T> reader) {
    if (reader == null || response.body().length == 0) {
      return null;
    }
    try (JsonParser parser = Json.factory().createParser(response.body())) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return null;
      }
      T value = reader.read(parser);
      requireComplete(parser, first);
      return value;
    } catch (IOException | RuntimeException e) {
      throw malformed(request, response, "its body could not be read: " + e.getMessage(), e);
    }
  }

  /**
   * A truncated document can look fine to a reader that stops at end of input, so check that the
   * value read was closed and nothing but whitespace follows it.
   */
  static void requireComplete(JsonParser parser, JsonToken first) throws IOException {
    JsonToken last = parser.currentToken();
    boolean closed = first == JsonToken.START_OBJECT ? last == JsonToken.END_OBJECT
        : first != JsonToken.START_ARRAY || last == JsonToken.END_ARRAY;
    if (!closed) {
      throw new JsonReadException("the JSON document ends early", parser);
    }
    if (parser.nextToken() != null) {
      throw new JsonReadException("unexpected content after the JSON document", parser);
    }
  }

  static MalformedResponseException malformed(HttpRequest request, HttpResponse response, String what, Throwable cause) {
    String requestId = response.header("x-ms-request-id");
    String clientRequestId = ErrorResponses.clientRequestId(request, response);
    return new MalformedResponseException(ErrorResponses.describe(request) + " answered " + response.statusCode()
        + " but " + what + ErrorResponses.ids(requestId, clientRequestId), response.statusCode(),
        ErrorResponses.cappedBody(response.body()), requestId, clientRequestId, cause);
  }

  private static boolean contains(int[] values, int value) {
    for (int v : values) {
      if (v == value) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "ArmClientCore{endpoint=" + endpoint + ", apiVersion=" + apiVersion + ", policies="
        + pipeline.policies().stream().map(p -> p.getClass().getSimpleName()).toList() + "}";
  }
}

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
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * What every generated client holds: the HTTP pipeline, endpoint, subscription and api-version,
 * and the ARM call patterns (plain call, long-running operation, pageable list). Thread-safe.
 */
public final class ArmClientCore {
  private final HttpPipeline pipeline;
  private final String endpoint;
  private final String subscriptionId;
  private final String apiVersion;
  private final Duration pollInterval;
  private final Duration lroTimeout;
  private final Duration responseTimeout;
  private final Executor executor;

  ArmClientCore(HttpPipeline pipeline, String endpoint, String subscriptionId, String apiVersion,
      Duration pollInterval, Duration lroTimeout, Duration responseTimeout, Executor executor) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    this.subscriptionId = subscriptionId;
    this.apiVersion = apiVersion;
    this.pollInterval = Objects.requireNonNull(pollInterval, "pollInterval");
    this.lroTimeout = Objects.requireNonNull(lroTimeout, "lroTimeout");
    this.responseTimeout = responseTimeout;
    this.executor = Objects.requireNonNull(executor, "executor");
  }

  /** The subscription id given to the builder (null when none was given). */
  public String subscriptionId() {
    return subscriptionId;
  }

  /** The api-version sent as {@code api-version} (the spec's unless overridden on the builder). */
  public String apiVersion() {
    return apiVersion;
  }

  /** The ARM endpoint, e.g. {@code https://management.azure.com}. */
  public String endpoint() {
    return endpoint;
  }

  /** The pipeline every request of this core goes through. */
  public HttpPipeline pipeline() {
    return pipeline;
  }

  /**
   * Sends {@code request} and reads the body with {@code reader} (null reader or empty body: null).
   *
   * @throws ManagementException for a status not in the request's expected statuses
   */
  public <T> T send(ArmRequest request, JsonReadFunction<T> reader) {
    return sendWithResponse(request, reader).value();
  }

  /** Like {@link #send} with the status and headers. */
  public <T> ArmResponse<T> sendWithResponse(ArmRequest request, JsonReadFunction<T> reader) {
    HttpRequest http = RequestTranslator.toHttp(endpoint, request);
    HttpResponse response = execute(http);
    requireStatus(http, response, request.expectedStatuses());
    T value = readBody(http, response, reader);
    return new ArmResponse<>(response.statusCode(), response.headers().toMap(), value);
  }

  /**
   * Sends {@code request} and reads the body in the media type {@code content} stands for (text,
   * bytes, a stream, XML; see {@code io.armgen.runtime.media}). A streamed body is not read here:
   * the caller gets the open stream and closes it.
   *
   * @throws ManagementException for a status not in the request's expected statuses
   * @throws MalformedResponseException when the body does not fit
   */
  public <T> T exchange(ArmRequest request, ResponseContent<T> content) {
    return exchangeWithResponse(request, content).value();
  }

  /** Like {@link #exchange} with the status and headers. */
  public <T> ArmResponse<T> exchangeWithResponse(ArmRequest request, ResponseContent<T> content) {
    HttpRequest http = RequestTranslator.toHttp(endpoint, request);
    if (content.streamed()) {
      http = http.withStreamedResponse();
    }
    HttpResponse response = execute(http);
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
   * @param reader reads the final result; null for operations without one (deletes)
   */
  public <T> LroPoller<T> beginLongRunning(ArmRequest request, FinalStateVia finalStateVia, JsonReadFunction<T> reader) {
    HttpRequest http = RequestTranslator.toHttp(endpoint, request);
    HttpResponse response = execute(http);
    requireStatus(http, response, request.expectedStatuses());
    return new ArmLroPoller<>(this, http, response,
        finalStateVia == null ? FinalStateVia.DEFAULT : finalStateVia, reader);
  }

  /**
   * A lazy pageable list: the first page from {@code firstRequest}, then each {@code nextLinkName}
   * link until none (or a repeated one).
   *
   * @param itemName the page's array property ({@code value})
   * @param nextLinkName the page's next-link property, or null for a single-page list
   */
  public <T> PagedIterable<T> list(ArmRequest firstRequest, String itemName, String nextLinkName, JsonReadFunction<T> itemReader) {
    return new ArmPagedIterable<>(this, firstRequest, itemName, nextLinkName, itemReader);
  }

  /** Runs a blocking call on the client's executor. */
  public <T> CompletableFuture<T> async(Supplier<T> call) {
    return CompletableFuture.supplyAsync(call, executor);
  }

  // ---- shared by the poller and the pager ----

  Duration pollInterval() {
    return pollInterval;
  }

  Duration lroTimeout() {
    return lroTimeout;
  }

  Executor executor() {
    return executor;
  }

  /** Sends through the pipeline; I/O failures become typed exceptions naming the request id. */
  HttpResponse execute(HttpRequest request) {
    try {
      return pipeline.send(request);
    } catch (HttpTimeoutException e) {
      throw new ResponseTimeoutException(ErrorResponses.describe(request) + " got no response within "
          + (e instanceof java.net.http.HttpConnectTimeoutException ? "the connect timeout" : String.valueOf(responseTimeout))
          + ErrorResponses.ids(null, ErrorResponses.clientRequestId(request, null)),
          ErrorResponses.clientRequestId(request, null), e);
    } catch (InterruptedIOException e) {
      Thread.currentThread().interrupt();
      throw new TransportException(ErrorResponses.describe(request) + " was interrupted"
          + ErrorResponses.ids(null, ErrorResponses.clientRequestId(request, null)),
          ErrorResponses.clientRequestId(request, null), e);
    } catch (IOException e) {
      throw new TransportException(ErrorResponses.describe(request) + " failed without a response: "
          + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage())
          + ErrorResponses.ids(null, ErrorResponses.clientRequestId(request, null)),
          ErrorResponses.clientRequestId(request, null), e);
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

package io.armgen.runtime.arm;

import io.armgen.runtime.json.JsonReadFunction;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * What every generated client holds: the HTTP pipeline, endpoint, subscription and api-version,
 * and the ARM call patterns (plain call, long-running operation, pageable list). Thread-safe.
 */
public final class ArmClientCore {
  // The runtime issue fills this in; the signatures are the contract generated code compiles against.

  ArmClientCore() {}

  /** The subscription id given to the builder (null when none was given). */
  public String subscriptionId() {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** The api-version sent as {@code api-version} (the spec's unless overridden on the builder). */
  public String apiVersion() {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** The ARM endpoint, e.g. {@code https://management.azure.com}. */
  public String endpoint() {
    throw new UnsupportedOperationException("not implemented yet");
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
    throw new UnsupportedOperationException("not implemented yet");
  }

  /**
   * Starts a long-running operation: sends the initial request and returns a poller following
   * ARM's rules (Azure-AsyncOperation, Location, provisioningState) and {@code finalStateVia}.
   *
   * @param reader reads the final result; null for operations without one (deletes)
   */
  public <T> LroPoller<T> beginLongRunning(ArmRequest request, FinalStateVia finalStateVia, JsonReadFunction<T> reader) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /**
   * A lazy pageable list: the first page from {@code firstRequest}, then each {@code nextLinkName}
   * link until none (or a repeated one).
   *
   * @param itemName the page's array property ({@code value})
   * @param nextLinkName the page's next-link property, or null for a single-page list
   */
  public <T> PagedIterable<T> list(ArmRequest firstRequest, String itemName, String nextLinkName, JsonReadFunction<T> itemReader) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** Runs a blocking call on the client's executor. */
  public <T> CompletableFuture<T> async(Supplier<T> call) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}

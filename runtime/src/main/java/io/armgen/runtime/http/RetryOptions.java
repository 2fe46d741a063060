package io.armgen.runtime.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How the retry policy backs off: at most {@code maxRetries} retries after the first attempt,
 * waiting {@code baseDelay * 2^n} (with ±20% jitter, capped at {@code maxDelay}) unless the
 * server sends Retry-After; a Retry-After longer than {@code maxDelay} ends the retries.
 */
public record RetryOptions(int maxRetries, Duration baseDelay, Duration maxDelay) {
  public RetryOptions {
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must be >= 0 but was " + maxRetries);
    }
    Objects.requireNonNull(baseDelay, "baseDelay");
    Objects.requireNonNull(maxDelay, "maxDelay");
    if (baseDelay.isNegative() || maxDelay.isNegative()) {
      throw new IllegalArgumentException("delays must not be negative");
    }
  }

  /** 3 retries, 800 ms base delay, 60 s cap. */
  public static RetryOptions defaults() {
    return new RetryOptions(3, Duration.ofMillis(800), Duration.ofSeconds(60));
  }

  /** No retries at all. */
  public static RetryOptions none() {
    return new RetryOptions(0, Duration.ZERO, Duration.ZERO);
  }
}

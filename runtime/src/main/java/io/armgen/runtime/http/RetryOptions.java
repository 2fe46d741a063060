package io.armgen.runtime.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How the retry policy backs off: at most {@code maxRetries} retries after the first attempt,
 * waiting {@code baseDelay * 2^n} (with ±20% jitter, capped at {@code maxDelay}) unless the
 * server sends Retry-After; a Retry-After longer than {@code maxDelay} ends the retries.
 *
 * @param maxRetries retries after the first attempt; 0 for none
 * @param baseDelay the wait before the first retry, doubled for each further one (millisecond precision)
 * @param maxDelay the longest wait between attempts, and the longest Retry-After honoured
 */
public record RetryOptions(int maxRetries, Duration baseDelay, Duration maxDelay) {
  /**
   * Checks the values.
   *
   * @param maxRetries retries after the first attempt
   * @param baseDelay the first backoff
   * @param maxDelay the longest wait
   * @throws IllegalArgumentException if {@code maxRetries} or a delay is negative
   * @throws NullPointerException if a delay is null
   */
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

  /**
   * The client's defaults: 3 retries, 800 ms base delay, 60 s cap.
   *
   * @return the options
   */
  public static RetryOptions defaults() {
    return new RetryOptions(3, Duration.ofMillis(800), Duration.ofSeconds(60));
  }

  /**
   * No retries at all: every request is sent once.
   *
   * @return the options
   */
  public static RetryOptions none() {
    return new RetryOptions(0, Duration.ZERO, Duration.ZERO);
  }
}

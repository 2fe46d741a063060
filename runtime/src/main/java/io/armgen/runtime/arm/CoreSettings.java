package io.armgen.runtime.arm;

import java.time.Duration;
import java.util.concurrent.Executor;

/**
 * The timing settings a client core runs with (from the builder).
 *
 * @param pollInterval wait between polls when the service sends no Retry-After
 * @param minPollInterval shortest wait between polls, whatever Retry-After says
 * @param lroTimeout overall wait of {@code waitForCompletion()}
 * @param callTimeout overall limit of one call, attempts and backoffs included
 * @param executor runs the deprecated blocking {@code async(Supplier)}
 */
record CoreSettings(Duration pollInterval, Duration minPollInterval, Duration lroTimeout, Duration callTimeout,
    Executor executor) {
}

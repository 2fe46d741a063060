/**
 * Helpers the runtime's own packages share: waiting on futures, the timer thread, redaction of
 * secrets, loopback checks. Public only because Java packages cannot share otherwise; not an API:
 * generated code does not call it, and it changes without notice.
 */
package io.armgen.runtime.internal;

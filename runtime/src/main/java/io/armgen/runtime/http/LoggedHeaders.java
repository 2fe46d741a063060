package io.armgen.runtime.http;

import io.armgen.runtime.internal.KnownSecrets;
import io.armgen.runtime.internal.Redaction;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Header lines for the log: a value is shown only for headers on an allow-list (ids, sizes,
 * types, dates, retry advice, ETags, and the URLs of long-running operations with their secret
 * query values hidden); every other value is {@value Redaction#REDACTED}, whatever its name, since
 * a server may echo a token in any header ({@code WWW-Authenticate}, a custom one).
 */
final class LoggedHeaders {
  private static final Set<String> SHOWN = Set.of("accept", "content-type", "content-length", "content-encoding",
      "date", "etag", "if-match", "if-none-match", "retry-after", "user-agent", "x-ms-request-id",
      "x-ms-client-request-id", "x-ms-correlation-request-id", "x-ms-routing-request-id", "x-ms-ratelimit-remaining-subscription-reads",
      "x-ms-ratelimit-remaining-subscription-writes", "x-ms-ratelimit-remaining-subscription-deletes");
  private static final Set<String> URLS = Set.of("location", "azure-asyncoperation", "operation-location");

  private LoggedHeaders() {}

  /** {@code {name=value, ...}} with every value not on the allow-list hidden. */
  static String describe(HttpHeaders headers) {
    StringBuilder out = new StringBuilder("{");
    for (Map.Entry<String, List<String>> header : headers.toMap().entrySet()) {
      if (out.length() > 1) {
        out.append(", ");
      }
      out.append(header.getKey()).append('=').append(value(header.getKey(), header.getValue()));
    }
    return KnownSecrets.scrub(out.append('}').toString());
  }

  private static String value(String name, List<String> values) {
    String n = name.toLowerCase(Locale.ROOT);
    if (SHOWN.contains(n)) {
      return String.join(",", values);
    }
    if (URLS.contains(n) && values.size() == 1) {
      try {
        return Redaction.redactUri(URI.create(values.get(0)));
      } catch (IllegalArgumentException notAUrl) {
        return Redaction.REDACTED;
      }
    }
    return Redaction.REDACTED;
  }
}

package io.armgen.runtime.http;

import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The origins (scheme, host, port) that may receive the bearer token. An origin is written as a
 * URL ({@code https://management.azure.com}); a missing port is the scheme's default. Immutable.
 */
public final class TrustedOrigins {
  /** Trusts every origin (for pipelines built by hand without an endpoint). */
  public static final TrustedOrigins ANY = new TrustedOrigins(null);

  private final Set<String> origins;

  private TrustedOrigins(Set<String> origins) {
    this.origins = origins;
  }

  /**
   * Trusts exactly these origins.
   *
   * @param urls origins as URLs; only scheme, host and port count
   * @return the origins
   * @throws IllegalArgumentException for a URL without scheme or host, or not http(s)
   */
  public static TrustedOrigins of(Collection<String> urls) {
    Set<String> set = new LinkedHashSet<>();
    for (String url : urls) {
      URI uri;
      try {
        uri = URI.create(url.trim());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("not an origin URL: " + url, e);
      }
      String origin = originOf(uri);
      if (origin == null) {
        throw new IllegalArgumentException("not an http(s) origin URL: " + url);
      }
      set.add(origin);
    }
    return new TrustedOrigins(Set.copyOf(set));
  }

  /**
   * Whether a URI's origin may receive the token.
   *
   * @param uri the request's URI
   * @return true when its origin is one of these (always, for {@link #ANY})
   */
  public boolean allows(URI uri) {
    return origins == null || origins.contains(originOf(uri));
  }

  /**
   * The origin of a URI.
   *
   * @param uri the URI
   * @return {@code scheme://host:port}, lower-cased with the default port filled in; null when
   *     the URI has no host or is not http(s) without a port
   */
  public static String originOf(URI uri) {
    String scheme = uri.getScheme();
    String host = uri.getHost();
    if (scheme == null || host == null) {
      return null;
    }
    scheme = scheme.toLowerCase(Locale.ROOT);
    int port = uri.getPort();
    if (port < 0) {
      port = switch (scheme) {
        case "https" -> 443;
        case "http" -> 80;
        default -> -1;
      };
    }
    return port < 0 ? null : scheme + "://" + host.toLowerCase(Locale.ROOT) + ":" + port;
  }

  @Override
  public String toString() {
    return origins == null ? "TrustedOrigins{any}" : "TrustedOrigins" + origins;
  }
}

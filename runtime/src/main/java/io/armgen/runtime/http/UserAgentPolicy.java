package io.armgen.runtime.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;

/**
 * Sets {@code User-Agent: armgen/<version> (<clientName>) Java/<java version>} unless the request
 * already has one (a header parameter or per-call option named User-Agent wins).
 */
public final class UserAgentPolicy implements HttpPolicy {
  /** This runtime's version, as sent in the User-Agent: the build's project version. */
  public static final String ARMGEN_VERSION = buildVersion();

  private final String userAgent;

  /**
   * @param clientName the generated client's name, put in parentheses
   */
  public UserAgentPolicy(String clientName) {
    this.userAgent = "armgen/" + ARMGEN_VERSION + " (" + clientName + ") Java/" + System.getProperty("java.version");
  }

  /**
   * The header value this policy sets.
   *
   * @return e.g. {@code armgen/0.2.0 (ContainerRegistryClient) Java/17.0.9}
   */
  public String userAgent() {
    return userAgent;
  }

  /** The version the build wrote into {@code version.properties} next to this class. */
  private static String buildVersion() {
    try (InputStream in = UserAgentPolicy.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("version.properties is missing from armgen-runtime");
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public HttpResponse process(HttpRequest request, Next next) throws IOException {
    return next.proceed(request.header("User-Agent") != null ? request : request.withHeader("User-Agent", userAgent));
  }

  @Override
  public CompletableFuture<HttpResponse> processAsync(HttpRequest request, AsyncNext next) {
    return next.proceed(request.header("User-Agent") != null ? request : request.withHeader("User-Agent", userAgent));
  }
}

package io.armgen.runtime.http;

import java.io.IOException;

/** Sends a request over the network and reads the whole response. The last step of a pipeline. */
@FunctionalInterface
public interface HttpTransport {
  /**
   * @throws java.net.http.HttpTimeoutException when the response did not arrive in time
   * @throws IOException when the connection failed or broke
   */
  HttpResponse send(HttpRequest request) throws IOException;
}

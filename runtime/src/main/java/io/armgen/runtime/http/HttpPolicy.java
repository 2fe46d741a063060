package io.armgen.runtime.http;

import java.io.IOException;

/**
 * One step of the pipeline: it may change the request, call the rest of the pipeline (zero, one
 * or several times) and change or replace the response.
 */
@FunctionalInterface
public interface HttpPolicy {
  HttpResponse process(HttpRequest request, Next next) throws IOException;

  /** The rest of the pipeline after a policy. */
  @FunctionalInterface
  interface Next {
    HttpResponse proceed(HttpRequest request) throws IOException;
  }
}

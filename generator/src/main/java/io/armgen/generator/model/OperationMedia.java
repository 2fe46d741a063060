package io.armgen.generator.model;

import java.util.List;
import java.util.Optional;

/**
 * How an operation's bodies travel, decided from its {@code consumes} and {@code produces} and the
 * schemas of its body and success responses.
 *
 * @param requests the ways the body may be sent, the natural one for its schema first (each becomes its own
 *     generated method); empty when the operation sends no body or form
 * @param response how a success body is read
 * @param accept the {@code Accept} header: the produced media types, comma-separated
 * @param responseXml the root element of an XML success body that is a list (a model names its own)
 */
public record OperationMedia(List<RequestMedia> requests, Kind response, String accept, Optional<XmlRoot> responseXml) {
  /** The JSON media type, the default for both directions. */
  public static final String APPLICATION_JSON = "application/json";

  /**
   * Copies the request media.
   *
   * @param requests the ways the body may be sent, the natural one first; empty when there is no body
   * @param response how a success body is read
   * @param accept the {@code Accept} header: the produced media types, comma-separated
   * @param responseXml the root element of an XML success body that is a list (a model names its own)
   */
  public OperationMedia {
    requests = List.copyOf(requests);
  }

  /** How a body is written or read. */
  public enum Kind {
    /** JSON ({@code application/json}, {@code text/json}, {@code application/merge-patch+json}, ...). */
    JSON,
    /** {@code text/plain} and other text: a string as it is. */
    TEXT,
    /** Raw bytes, or a stream: octet-stream, images, PDF, a Swagger {@code file}. */
    BINARY,
    /** {@code application/xml}, {@code text/xml}. */
    XML,
    /** Form parameters as {@code application/x-www-form-urlencoded}. */
    FORM,
    /** Form parameters as {@code multipart/form-data}. */
    MULTIPART
  }

  /**
   * One way of sending the body.
   *
   * @param kind how the body is written
   * @param contentTypes the media types it may be sent as; with several, the caller picks one
   * @param xml the root element of an XML body that is a list (a model names its own)
   */
  public record RequestMedia(Kind kind, List<String> contentTypes, Optional<XmlRoot> xml) {
    /**
     * Copies the media types.
     *
     * @param kind how the body is written
     * @param contentTypes the media types it may be sent as; with several, the caller picks one
     * @param xml the root element of an XML body that is a list (a model names its own)
     */
    public RequestMedia {
      contentTypes = List.copyOf(contentTypes);
    }

    /**
     * A way of sending that is not an XML list.
     *
     * @param kind how the body is written
     * @param contentTypes the media types it may be sent as
     */
    public RequestMedia(Kind kind, List<String> contentTypes) {
      this(kind, contentTypes, Optional.empty());
    }
  }

  /**
   * The root element of an XML list body and the name of its items.
   *
   * @param element the root element
   * @param item each item's element
   */
  public record XmlRoot(XmlName element, XmlName item) {}

  /**
   * JSON in and out, as an operation without {@code consumes} or {@code produces} has.
   *
   * @param hasBody whether the operation sends a body
   * @return the media
   */
  public static OperationMedia json(boolean hasBody) {
    return new OperationMedia(hasBody ? List.of(new RequestMedia(Kind.JSON, List.of(APPLICATION_JSON))) : List.of(),
        Kind.JSON, APPLICATION_JSON, Optional.empty());
  }

  /**
   * The primary way of sending the body: the natural one for its schema.
   *
   * @return the first of {@code requests}, or empty when there is no body
   */
  public Optional<RequestMedia> primary() {
    return requests.isEmpty() ? Optional.empty() : Optional.of(requests.get(0));
  }
}

package io.armgen.runtime.media;

import io.armgen.runtime.http.RequestBody;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A {@code multipart/form-data} body (RFC 7578): text fields and files, each a part named after its
 * form parameter. A file given as bytes is held in memory; one given as a stream is read while the
 * request is sent, which makes the whole body single-use (not retried).
 *
 * <pre>{@code
 * MultipartFormContent.builder()
 *     .file("fileContent", "fileContent", bytes)
 *     .field("fileName", "sample.png")
 *     .build();
 * }</pre>
 */
public final class MultipartFormContent implements RequestContent {
  private static final String CRLF = "\r\n";

  /** One part: its head (headers and the blank line) and its content, bytes or a stream. */
  private record Part(String head, byte[] bytes, InputStream stream) {}

  private final List<Part> parts;
  private final String boundary;

  private MultipartFormContent(List<Part> parts, String boundary) {
    this.parts = List.copyOf(parts);
    this.boundary = boundary;
  }

  /**
   * A builder with no parts.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The boundary that separates the parts: random per {@link Builder#build()}, and also in
   * {@link #contentType()}.
   *
   * @return the boundary, without the leading dashes
   */
  public String boundary() {
    return boundary;
  }

  @Override
  public String contentType() {
    return "multipart/form-data; boundary=" + boundary;
  }

  /**
   * The whole body: in memory when every part is bytes, else a single-use stream over the parts
   * (so the request is not retried, and this is to be called once).
   */
  @Override
  public RequestBody body() {
    if (parts.stream().allMatch(p -> p.stream() == null)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (Part part : parts) {
        out.writeBytes(utf8("--" + boundary + CRLF + part.head()));
        out.writeBytes(part.bytes());
        out.writeBytes(utf8(CRLF));
      }
      out.writeBytes(utf8("--" + boundary + "--" + CRLF));
      return RequestBody.of(out.toByteArray());
    }
    List<InputStream> pieces = new ArrayList<>();
    for (Part part : parts) {
      pieces.add(new ByteArrayInputStream(utf8("--" + boundary + CRLF + part.head())));
      pieces.add(part.stream() != null ? part.stream() : new ByteArrayInputStream(part.bytes()));
      pieces.add(new ByteArrayInputStream(utf8(CRLF)));
    }
    pieces.add(new ByteArrayInputStream(utf8("--" + boundary + "--" + CRLF)));
    return RequestBody.ofSingleUse(new SequenceInputStream(Collections.enumeration(pieces)), -1);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** A quoted-string parameter value: quotes and line breaks percent-encoded, as browsers do. */
  private static String quoted(String value) {
    return "\"" + value.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A") + "\"";
  }

  /** Collects the parts in order. */
  public static final class Builder {
    private final List<Part> parts = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a text part, {@code text/plain; charset=UTF-8}, holding the value's {@code toString()}.
     *
     * @param name the form parameter's name
     * @param value the value; null leaves the part out
     * @return this builder
     * @throws NullPointerException if {@code value} is set and {@code name} is null
     */
    public Builder field(String name, Object value) {
      if (value != null) {
        String head = "Content-Disposition: form-data; name=" + quoted(Objects.requireNonNull(name, "name")) + CRLF
            + "Content-Type: text/plain; charset=UTF-8" + CRLF + CRLF;
        parts.add(new Part(head, value.toString().getBytes(StandardCharsets.UTF_8), null));
      }
      return this;
    }

    /**
     * Adds a file part, {@code application/octet-stream}, held in memory (the array is not copied).
     *
     * @param name the form parameter's name
     * @param fileName the file name the part announces
     * @param content the file's bytes; null leaves the part out
     * @return this builder
     * @throws NullPointerException if {@code content} is set and a name is null
     */
    public Builder file(String name, String fileName, byte[] content) {
      if (content != null) {
        parts.add(new Part(fileHead(name, fileName), content, null));
      }
      return this;
    }

    /**
     * Adds a file part, {@code application/octet-stream}, read from {@code content} (to its end,
     * then closed) while the request is sent; the body becomes single-use.
     *
     * @param name the form parameter's name
     * @param fileName the file name the part announces
     * @param content the file's bytes; null leaves the part out
     * @return this builder
     * @throws NullPointerException if {@code content} is set and a name is null
     */
    public Builder file(String name, String fileName, InputStream content) {
      if (content != null) {
        parts.add(new Part(fileHead(name, fileName), null, content));
      }
      return this;
    }

    /**
     * Adds one file part per element, all under {@code name} and {@code fileName}.
     *
     * @param name the form parameter's name
     * @param fileName the file name each part announces
     * @param contents the files' bytes; null adds nothing, and so does a null element
     * @return this builder
     * @throws NullPointerException if a part is added and a name is null
     */
    public Builder files(String name, String fileName, List<byte[]> contents) {
      if (contents != null) {
        for (byte[] content : contents) {
          file(name, fileName, content);
        }
      }
      return this;
    }

    /**
     * The body with the parts added so far, under a new random boundary. The builder may be used
     * again, but a stream part can be sent only once.
     *
     * @return the content
     */
    public MultipartFormContent build() {
      long random = ThreadLocalRandom.current().nextLong();
      return new MultipartFormContent(parts, "armgen-" + Long.toHexString(random) + Long.toHexString(System.nanoTime()));
    }

    private static String fileHead(String name, String fileName) {
      return "Content-Disposition: form-data; name=" + quoted(Objects.requireNonNull(name, "name"))
          + "; filename=" + quoted(Objects.requireNonNull(fileName, "fileName")) + CRLF
          + "Content-Type: application/octet-stream" + CRLF + CRLF;
    }
  }
}

package io.armgen.generator.emit;

import io.armgen.generator.model.Operation;
import io.armgen.generator.model.OperationMedia;
import io.armgen.generator.model.OperationMedia.Kind;
import io.armgen.generator.model.OperationMedia.RequestMedia;
import io.armgen.generator.model.Parameter;
import io.armgen.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * One method family of an operation, as its media types call for: which way of sending the body
 * it uses, whether binary input is an {@code InputStream} rather than a {@code byte[]}, and whether
 * a binary response is handed over as a stream. An operation with one JSON body and a JSON
 * response has a single variant, the {@linkplain #primary() primary} one.
 *
 * @param request the way of sending the body; null when the operation sends none
 * @param streamedInput binary bodies and files are {@code InputStream}s (an overload of the same name)
 * @param streamedOutput a binary response is returned as an {@code InputStream} ({@code ...AsStream})
 * @param requestSuffix what the method name adds for a way of sending other than the first ({@code Text}, ...)
 */
record MediaVariant(RequestMedia request, boolean streamedInput, boolean streamedOutput, String requestSuffix) {

  /** The variants of {@code operation}, primary first, then by way of sending, input, output. */
  static List<MediaVariant> of(Operation operation) {
    OperationMedia media = operation.media();
    // an operation without a body still has one family: a null way of sending
    List<RequestMedia> requests = media.requests().isEmpty() ? Collections.singletonList(null) : media.requests();
    boolean binaryResponse = media.response() == Kind.BINARY && operation.longRunning().isEmpty()
        && operation.paging().isEmpty();
    List<MediaVariant> variants = new ArrayList<>();
    for (int i = 0; i < requests.size(); i++) {
      RequestMedia request = requests.get(i);
      String suffix = i == 0 ? "" : kindName(request.kind());
      for (boolean streamedInput : streamable(operation, request) ? List.of(false, true) : List.of(false)) {
        for (boolean streamedOutput : binaryResponse ? List.of(false, true) : List.of(false)) {
          variants.add(new MediaVariant(request, streamedInput, streamedOutput, suffix));
        }
      }
    }
    return variants;
  }

  /** The variant the operation's plain name stands for: first way of sending, bytes in and out. */
  boolean primary() {
    return requestSuffix.isEmpty() && !streamedInput && !streamedOutput;
  }

  /** The method base name: the operation's name, the way of sending, {@code AsStream}. */
  String methodName(String operationName) {
    return requestMethodName(operationName) + (streamedOutput ? "AsStream" : "");
  }

  /** The base name of the method family whose private request builder this variant uses. */
  String requestMethodName(String operationName) {
    return operationName + requestSuffix;
  }

  /** The kind of body, JSON when the operation sends none. */
  Kind kind() {
    return request == null ? Kind.JSON : request.kind();
  }

  /** True when the caller picks the media type of the body from several. */
  boolean choosesContentType() {
    return request != null && request.contentTypes().size() > 1;
  }

  /** A body or file parameter the {@code InputStream} form applies to. */
  static boolean isStreamable(Parameter parameter, Kind kind) {
    if (parameter.in() == Parameter.Location.BODY) {
      return kind == Kind.BINARY;
    }
    return parameter.in() == Parameter.Location.FORM && kind == Kind.MULTIPART
        && parameter.type().equals(TypeRef.of(TypeRef.PrimitiveKind.BYTES));
  }

  private static boolean streamable(Operation operation, RequestMedia request) {
    return request != null && operation.parameters().stream().anyMatch(p -> isStreamable(p, request.kind()));
  }

  /** {@code Binary}, {@code Text}, {@code Json}, {@code Xml}, ... */
  private static String kindName(Kind kind) {
    String name = kind.name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}

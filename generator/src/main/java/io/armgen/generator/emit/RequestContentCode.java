package io.armgen.generator.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import io.armgen.generator.model.Operation;
import io.armgen.generator.model.OperationMedia;
import io.armgen.generator.model.OperationMedia.Kind;
import io.armgen.generator.model.Parameter;
import io.armgen.generator.model.TypeRef;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The media-type parts of a generated request and response: the {@code .content(...)} call that
 * sends the body (or the form) in the variant's media type, the {@code .accept(...)} call, and the
 * {@code ResponseContent} that reads a body that is not JSON. JSON bodies under
 * {@code application/json} keep the plain {@code .body(...)} / {@code .bodyJson(...)} calls of
 * {@link RequestBodyCode}.
 */
final class RequestContentCode {
  private static final String MEDIA = "io.armgen.runtime.media";
  private static final ClassName JSON_CONTENT = ClassName.get(MEDIA, "JsonContent");
  private static final ClassName TEXT_CONTENT = ClassName.get(MEDIA, "TextContent");
  private static final ClassName BINARY_CONTENT = ClassName.get(MEDIA, "BinaryContent");
  private static final ClassName XML_CONTENT = ClassName.get(MEDIA, "XmlContent");
  private static final ClassName FORM_CONTENT = ClassName.get(MEDIA, "FormContent");
  private static final ClassName MULTIPART_CONTENT = ClassName.get(MEDIA, "MultipartFormContent");
  private static final ClassName CONTENT_TYPES = ClassName.get(MEDIA, "ContentTypes");
  private static final TypeName BYTES = ArrayTypeName.of(TypeName.BYTE);

  /** A form field and the expression of its value. */
  record FormField(Parameter parameter, CodeBlock value) {}

  private final EmitContext context;
  private final RequestBodyCode bodies;
  private final XmlValueCode xml;

  RequestContentCode(EmitContext context) {
    this.context = context;
    this.bodies = new RequestBodyCode(context);
    this.xml = new XmlValueCode(context);
  }

  /** The Java type of a body or form parameter in {@code variant}, when it is not its schema's type. */
  Optional<TypeName> parameterType(Parameter parameter, MediaVariant variant) {
    if (variant.streamedInput() && MediaVariant.isStreamable(parameter, variant.kind())) {
      return Optional.of(ClassName.get(InputStream.class));
    }
    if (parameter.in() != Parameter.Location.BODY) {
      return Optional.empty();
    }
    switch (variant.kind()) {
      case TEXT:
        return Optional.of(ClassName.get(String.class));
      case BINARY:
        return Optional.of(BYTES);
      default:
        return Optional.empty();
    }
  }

  /** The media type a body is labelled with: the variant's only one, or the caller's choice checked. */
  CodeBlock contentType(MediaVariant variant, String chosen) {
    List<String> types = variant.request().contentTypes();
    if (!variant.choosesContentType()) {
      return CodeBlock.of("$L", DocText.literal(types.get(0)));
    }
    CodeBlock allowed = types.stream().map(t -> CodeBlock.of("$L", DocText.literal(t))).collect(CodeBlock.joining(", "));
    return CodeBlock.of("$T.oneOf($L, $L)", CONTENT_TYPES, chosen, allowed);
  }

  /** The builder call sending the body held by {@code name}; a null body sends none. */
  CodeBlock body(MediaVariant variant, TypeRef schemaType, String name, CodeBlock contentType) {
    CodeBlock content;
    switch (variant.kind()) {
      case JSON:
        if (!variant.choosesContentType() && variant.request().contentTypes().get(0).equals(OperationMedia.APPLICATION_JSON)) {
          return bodies.call(schemaType, name);
        }
        content = CodeBlock.of("$T.of($L, $L)", JSON_CONTENT, bodies.writable(schemaType, name), contentType);
        break;
      case TEXT:
        content = CodeBlock.of("$T.of($L, $L)", TEXT_CONTENT, name, contentType);
        break;
      case BINARY:
        content = CodeBlock.of("$T.of($L, $L)", BINARY_CONTENT, name, contentType);
        break;
      case XML:
        content = CodeBlock.of("$T.of($L, $L)", XML_CONTENT,
            xml.writeRoot(schemaType, variant.request().xml(), name), contentType);
        break;
      default:
        throw new IllegalArgumentException("a body parameter cannot be sent as " + variant.kind());
    }
    return CodeBlock.of("\n.content($L == null ? null : $L)", name, content);
  }

  /** The builder call sending the form fields, in spec order; null values are left out. */
  CodeBlock form(MediaVariant variant, List<FormField> fields) {
    boolean multipart = variant.kind() == Kind.MULTIPART;
    CodeBlock.Builder form = CodeBlock.builder().add("\n.content($T.builder()", multipart ? MULTIPART_CONTENT : FORM_CONTENT)
        .indent().indent();
    for (FormField field : fields) {
      Parameter p = field.parameter();
      TypeRef type = p.type();
      if (multipart && type instanceof TypeRef.ArrayOf) {
        form.add("\n.files($L, $L, $L)", DocText.literal(p.wireName()), DocText.literal(p.wireName()), field.value());
      } else if (multipart && type.equals(TypeRef.of(TypeRef.PrimitiveKind.BYTES))) {
        form.add("\n.file($L, $L, $L)", DocText.literal(p.wireName()), DocText.literal(p.wireName()), field.value());
      } else {
        CodeBlock text = ParameterText.of(type, field.value(), p.details().collectionFormat());
        boolean plain = text.toString().equals(field.value().toString());
        form.add("\n.field($L, $L)", DocText.literal(p.wireName()), plain ? text
            : CodeBlock.of("$L == null ? null : $L", field.value(), text));
      }
    }
    return form.add("\n.build())").unindent().unindent().build();
  }

  /** {@code .accept(...)} when the operation produces more or other than JSON; nothing otherwise. */
  CodeBlock accept(Operation operation) {
    String accept = operation.media().accept();
    return accept.equals(OperationMedia.APPLICATION_JSON) ? CodeBlock.of("") : CodeBlock.of("\n.accept($L)", DocText.literal(accept));
  }

  /**
   * The {@code ResponseContent} reading the success body of {@code operation} in {@code variant},
   * or null when it is read as JSON (or there is none).
   */
  CodeBlock responseContent(Operation operation, MediaVariant variant, Optional<TypeRef> body) {
    if (body.isEmpty()) {
      return null;
    }
    switch (operation.media().response()) {
      case TEXT:
        return CodeBlock.of("$T.reader()", TEXT_CONTENT);
      case BINARY:
        return CodeBlock.of("$T.$L()", BINARY_CONTENT, variant.streamedOutput() ? "stream" : "bytes");
      case XML:
        return CodeBlock.of("$T.reader($L)", XML_CONTENT, xml.readRoot(body.get(), operation.media().responseXml()));
      default:
        return null;
    }
  }

  /** The Java type a variant returns, when it is not the schema's: a stream for a streamed binary response. */
  static Optional<TypeName> resultType(MediaVariant variant) {
    return variant.streamedOutput() ? Optional.of(ClassName.get(InputStream.class)) : Optional.empty();
  }

  /** A sentence for the method's Javadoc about how the variant sends and reads, or "". */
  static String describe(Operation operation, MediaVariant variant) {
    StringBuilder text = new StringBuilder();
    if (variant.request() != null && (operation.media().requests().size() > 1 || variant.kind() != Kind.JSON
        || !variant.request().contentTypes().equals(List.of(OperationMedia.APPLICATION_JSON)))) {
      text.append("Sends the body as ").append(variant.request().contentTypes().stream()
          .map(t -> "{@code " + DocText.javadoc(t) + "}").collect(Collectors.joining(" or ")));
      text.append(variant.streamedInput() ? ", read from the stream while the request is sent (it is not retried)." : ".");
    }
    if (variant.streamedOutput()) {
      text.append(text.length() > 0 ? " " : "")
          .append("Returns the response body as a stream, not read into memory; the caller must close it.");
    }
    return text.toString();
  }
}

package io.armgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.armgen.generator.model.Operation;
import io.armgen.generator.model.Parameter;
import io.armgen.generator.model.ParameterizedHost;
import io.armgen.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The code of an operation's private {@code ...Request} method besides its signature: checks
 * before anything is sent (a spec's {@code pattern}, lengths and bounds; grouped values read into
 * locals), the path template (constants that need no encoding written into it), and the
 * {@code ArmRequest} builder chain (each value as its {@link ParameterText}, client values and
 * defaults, the host of {@code x-ms-parameterized-host}; the body or form and the {@code Accept}
 * header in the variant's media types, {@link RequestContentCode}).
 */
final class RequestCode {
  private static final ClassName CONSTRAINTS = ClassName.get("io.armgen.runtime.arm", "ParameterConstraints");
  private static final ClassName ARM_REQUEST = ClassName.get("io.armgen.runtime.arm", "ArmRequest");
  private static final ClassName REQUEST_IDS = ClassName.get("io.armgen.runtime.http", "RequestIds");
  /** Characters a path segment holds as they are: a constant made of them is written into the template. */
  private static final Pattern UNRESERVED = Pattern.compile("[A-Za-z0-9._~-]*");
  private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

  /**
   * How the request method reads one parameter.
   *
   * @param expression a Java expression of the parameter's type (a method parameter, a local, a
   *     client field), or null when the client supplies the value as text ({@code clientText})
   * @param clientText the value's text when the client supplies it (api-version, a constant)
   */
  record Source(String expression, CodeBlock clientText) {}

  /** What the request method holds. */
  record Result(String path, CodeBlock checks, CodeBlock chain) {}

  private final EmitContext context;
  private final RequestBodyCode bodies;
  private final RequestContentCode contents;

  RequestCode(EmitContext context) {
    this.context = context;
    this.bodies = new RequestBodyCode(context);
    this.contents = new RequestContentCode(context);
  }

  /**
   * The code for {@code operation}.
   *
   * @param sources how to read each parameter of the operation (and of the host), by identity
   * @param checks statements the planner needs first (grouped values into locals)
   * @param constantName the name of a static field holding a parameter's compiled pattern
   * @param variant the media-type variant: how the body or form is sent
   * @param contentType the argument naming the body's media type when the caller picks it, else null
   */
  Result build(Operation operation, Map<Parameter, Source> sources, CodeBlock checks,
      Function<Parameter, String> constantName, MediaVariant variant, String contentType) {
    CodeBlock.Builder before = CodeBlock.builder().add(checks);
    CodeBlock.Builder chain = CodeBlock.builder();
    List<RequestContentCode.FormField> form = new ArrayList<>();
    String path = operation.path();
    ParameterizedHost host = context.service().host();
    if (host != null) {
      chain.add("\n.baseUrl($L)", baseUrl(host, sources));
    }
    for (Parameter parameter : operation.parameters()) {
      Source source = sources.get(parameter);
      String constant = parameter.constantValue();
      if (parameter.in() == Parameter.Location.PATH && source.expression() == null && constant != null
          && UNRESERVED.matcher(constant).matches()) {
        path = path.replace("{" + parameter.wireName() + "}", constant);
        continue;
      }
      if (source.expression() != null) {
        before.add(constraints(parameter, source.expression(), constantName));
      }
      if (parameter.in() == Parameter.Location.FORM) {
        form.add(new RequestContentCode.FormField(parameter, source.expression() != null
            ? CodeBlock.of("$L", source.expression()) : source.clientText()));
      } else if (parameter.in() == Parameter.Location.BODY && source.expression() != null) {
        chain.add(contents.body(variant, parameter.type(), source.expression(), contents.contentType(variant, contentType)));
      } else {
        chain.add(call(parameter, source));
      }
    }
    if (!form.isEmpty()) {
      chain.add(contents.form(variant, form));
    }
    chain.add(contents.accept(operation));
    return new Result(path, before.build(), chain.build());
  }

  /** The builder call sending {@code parameter}. */
  private CodeBlock call(Parameter parameter, Source source) {
    if (parameter.in() == Parameter.Location.BODY) {
      return source.expression() == null ? bodies.constant(parameter.type(), source.clientText())
          : bodies.call(parameter.type(), source.expression());
    }
    Parameter.Details details = parameter.details();
    String name = parameter.wireName();
    if (source.expression() == null) {
      return CodeBlock.of("\n.$L($L, $L)", method(parameter), DocText.literal(name), source.clientText());
    }
    String value = source.expression();
    if (parameter.in() == Parameter.Location.QUERY && details.collectionFormat() == Parameter.CollectionFormat.MULTI) {
      TypeRef items = ((TypeRef.ArrayOf) parameter.type()).items();
      return CodeBlock.of("\n.queryEach($L, $L, $L)", DocText.literal(name), value, ParameterText.element(items));
    }
    if (parameter.in() == Parameter.Location.HEADER && details.headerCollectionPrefix() != null
        && parameter.type() instanceof TypeRef.MapOf) {
      return CodeBlock.of("\n.headers($L, $L)", DocText.literal(details.headerCollectionPrefix()), value);
    }
    return CodeBlock.of("\n.$L($L, $L)", method(parameter), DocText.literal(name), text(parameter, value));
  }

  /**
   * The text of a value, its default when null and there is one (a fresh request id for an
   * {@code x-ms-client-request-id} header), else null (left out, or refused for a path).
   */
  private static CodeBlock text(Parameter parameter, String value) {
    CodeBlock text = ParameterText.of(parameter.type(), CodeBlock.of("$L", value), parameter.details().collectionFormat());
    String fallback = parameter.details().clientDefault();
    boolean plain = text.toString().equals(value);
    if (fallback != null) {
      return CodeBlock.of("$L == null ? $L : $L", value, DocText.literal(fallback), text);
    }
    if (parameter.details().clientRequestId()) {
      return CodeBlock.of("$L == null ? $T.next() : $L", value, REQUEST_IDS, text);
    }
    return plain ? text : CodeBlock.of("$L == null ? null : $L", value, text);
  }

  private static String method(Parameter parameter) {
    switch (parameter.in()) {
      case PATH:
        return parameter.skipUrlEncoding() ? "pathRaw" : "path";
      case QUERY:
        return parameter.skipUrlEncoding() ? "queryRaw" : "query";
      default:
        return "header";
    }
  }

  /** The statements checking the spec's constraints on a value before anything is sent. */
  private static CodeBlock constraints(Parameter parameter, String value, Function<Parameter, String> constantName) {
    Parameter.Constraints c = parameter.details().constraints();
    CodeBlock.Builder out = CodeBlock.builder();
    if (c.isEmpty()) {
      return out.build();
    }
    boolean text = parameter.type() instanceof TypeRef.Primitive p && (p.kind() == TypeRef.PrimitiveKind.STRING
        || p.kind() == TypeRef.PrimitiveKind.SECRET_STRING || p.kind() == TypeRef.PrimitiveKind.ARM_ID);
    boolean number = parameter.type() instanceof TypeRef.Primitive p && switch (p.kind()) {
      case INT32, INT64, FLOAT, DOUBLE, DECIMAL -> true;
      default -> false;
    };
    String name = parameter.wireName();
    if (text && (c.minLength() >= 0 || c.maxLength() >= 0)) {
      out.addStatement("$T.length($L, $L, $L, $L)", CONSTRAINTS, DocText.literal(name), value, c.minLength(), c.maxLength());
    }
    if (needsPattern(parameter)) {
      out.addStatement("$T.pattern($L, $L, $L)", CONSTRAINTS, DocText.literal(name), value, constantName.apply(parameter));
    }
    if (number && (c.minimum() != null || c.maximum() != null || c.multipleOf() != null)) {
      out.addStatement("$T.number($L, $L, $L, $L, $L)", CONSTRAINTS, DocText.literal(name), value, literal(c.minimum()),
          literal(c.maximum()), literal(c.multipleOf()));
    }
    return out.build();
  }

  private static CodeBlock literal(String number) {
    return number == null ? CodeBlock.of("null") : CodeBlock.of("$L", DocText.literal(number));
  }

  /** The base URL: the host template with its variables' values (encoded unless skip-url-encoding). */
  private static CodeBlock baseUrl(ParameterizedHost host, Map<Parameter, Source> sources) {
    List<CodeBlock> parts = new ArrayList<>();
    String prefix = host.scheme() == null ? "" : host.scheme() + "://";
    Matcher m = VARIABLE.matcher(host.template());
    int at = 0;
    StringBuilder literal = new StringBuilder(prefix);
    while (m.find()) {
      literal.append(host.template(), at, m.start());
      if (literal.length() > 0) {
        parts.add(CodeBlock.of("$L", DocText.literal(literal.toString())));
        literal.setLength(0);
      }
      Parameter variable = host.parameters().stream().filter(p -> p.wireName().equals(m.group(1))).findFirst().orElseThrow();
      Source source = sources.get(variable);
      CodeBlock value = source.expression() != null ? CodeBlock.of("$L", source.expression()) : source.clientText();
      boolean raw = variable.skipUrlEncoding() || HostSettings.isEndpoint(variable);
      parts.add(raw ? value : CodeBlock.of("$T.encodePathSegment($L)", ARM_REQUEST, value));
      at = m.end();
    }
    literal.append(host.template().substring(at));
    if (literal.length() > 0) {
      parts.add(CodeBlock.of("$L", DocText.literal(literal.toString())));
    }
    return CodeBlock.join(parts, " + ");
  }

  /** Whether a parameter's pattern is checked, and so needs a compiled {@code Pattern} field. */
  static boolean needsPattern(Parameter parameter) {
    return parameter.details().constraints().pattern() != null && parameter.in() != Parameter.Location.BODY
        && parameter.type() instanceof TypeRef.Primitive p && (p.kind() == TypeRef.PrimitiveKind.STRING
            || p.kind() == TypeRef.PrimitiveKind.SECRET_STRING || p.kind() == TypeRef.PrimitiveKind.ARM_ID);
  }

  /** The name of the pattern constant of {@code parameter} in an operation named {@code method}. */
  static String patternName(String method, Parameter parameter) {
    return (method + "_" + parameter.javaName()).replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT)
        + "_PATTERN";
  }
}

package io.armgen.generator.emit;

import com.fasterxml.jackson.databind.node.TextNode;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import io.armgen.generator.model.ObjectType;
import io.armgen.generator.model.Operation;
import io.armgen.generator.model.OperationMedia.Kind;
import io.armgen.generator.model.OperationGroup;
import io.armgen.generator.model.Parameter;
import io.armgen.generator.model.Property;
import io.armgen.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Decides, for one operation, what the client emitter writes: which parameters the caller passes
 * and which come from the client, what the call returns and how the request is built.
 *
 * <p>Parameter sources: {@code subscriptionId} (client-located) and {@code api-version} come from
 * the client core; any other parameter with a constant value is sent as that constant; every
 * other parameter, including client-located ones without a constant (the builder has no setter for
 * them), becomes a method parameter.
 */
final class OperationPlanner {
  private static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
  private static final ClassName COLLECTORS = ClassName.get("java.util.stream", "Collectors");
  private static final ClassName RFC_1123 = ClassName.get("io.armgen.runtime.format", "Rfc1123DateTime");
  private static final ClassName UNIX_TIME = ClassName.get("io.armgen.runtime.format", "UnixTime");
  private static final Set<String> CONDITIONAL_METHODS = Set.of("PUT", "PATCH", "DELETE");
  /** Names the reader lambdas use (see {@link #safeName}); compiled once, it is checked for every parameter. */
  private static final Pattern READER_LAMBDA_NAME = Pattern.compile("(p|item|entry)\\d*");

  private final EmitContext context;
  private final OperationGroup group;
  private final RequestBodyCode bodies;
  private final RequestContentCode contents;

  OperationPlanner(EmitContext context, OperationGroup group) {
    this.context = context;
    this.group = group;
    this.bodies = new RequestBodyCode(context);
    this.contents = new RequestContentCode(context);
  }

  /** The plan of the primary variant, or empty (with a note) when the operation cannot be emitted. */
  Optional<OperationPlan> plan(Operation operation, Consumer<String> notes) {
    return plan(operation, MediaVariant.of(operation).get(0), notes);
  }

  /** The plan of one media-type variant, or empty (with a note) when the operation cannot be emitted. */
  Optional<OperationPlan> plan(Operation operation, MediaVariant variant, Consumer<String> notes) {
    Optional<Parameter> body = operation.body();
    if (body.isPresent() && variant.kind() == Kind.JSON && !bodies.canSend(body.get().type())) {
      notes.accept(context.service().name() + ": operation " + operation.operationId()
          + " skipped: its request body's type " + body.get().type() + " is not known");
      return Optional.empty();
    }
    OperationPlan.Kind kind = kind(operation);
    if (operation.longRunning().isPresent() && operation.paging().isPresent() && variant.primary()) {
      notes.accept(context.service().name() + ": operation " + operation.operationId()
          + " is long-running and pageable; emitted as long-running, returning the first page");
    }
    List<OperationPlan.MethodParam> required = new ArrayList<>();
    List<OperationPlan.MethodParam> optional = new ArrayList<>();
    Set<String> used = new HashSet<>();
    OperationPlan.MethodParam contentType = null;
    for (Parameter parameter : operation.parameters()) {
      if (fromClient(parameter).isEmpty()) {
        TypeName type = contents.parameterType(parameter, variant).orElseGet(() -> context.names().of(parameter.type()));
        boolean isRequired = parameter.required() || requiredIn(parameter, variant);
        OperationPlan.MethodParam param = new OperationPlan.MethodParam(
            parameter, uniqueName(safeName(parameter.javaName()), used), type);
        (isRequired ? required : optional).add(param);
        if (parameter.in() == Parameter.Location.BODY && variant.choosesContentType()) {
          contentType = new OperationPlan.MethodParam(contentTypeParameter(variant, isRequired),
              uniqueName("contentType", used), ClassName.get(String.class));
          (isRequired ? required : optional).add(contentType);
        }
      }
    }
    boolean conditional = conditional(operation);
    String conditionsName = uniqueName("conditions", used);
    CodeBlock request = requestChain(operation, variant, required, optional, contentType);
    TypeName result = RequestContentCode.resultType(variant).orElseGet(() -> resultType(operation, kind));
    return Optional.of(new OperationPlan(operation, kind, required, optional, result,
        reader(operation, kind), conditional, conditionsName, request, expected(operation), variant,
        kind == OperationPlan.Kind.PLAIN ? contents.responseContent(operation, variant, plainBody(operation)) : null));
  }

  /**
   * An optional body is required in the methods of another way of sending it (without a body there
   * is nothing to send differently), and a stream in the {@code InputStream} overloads (a shorter
   * overload leaving it out would clash with the {@code byte[]} one).
   */
  private static boolean requiredIn(Parameter parameter, MediaVariant variant) {
    boolean body = parameter.in() == Parameter.Location.BODY && !variant.requestSuffix().isEmpty();
    return body || variant.streamedInput() && MediaVariant.isStreamable(parameter, variant.kind());
  }

  /** The argument that picks the body's media type when the operation accepts several. */
  private static Parameter contentTypeParameter(MediaVariant variant, boolean required) {
    String allowed = String.join(", ", variant.request().contentTypes());
    return new Parameter("Content-Type", "contentType", Parameter.Location.HEADER, TypeRef.of(TypeRef.PrimitiveKind.STRING),
        required, false, null, false, "The media type of the body: one of " + allowed + ".");
  }

  private static OperationPlan.Kind kind(Operation operation) {
    if (operation.longRunning().isPresent()) {
      return OperationPlan.Kind.LONG_RUNNING;
    }
    return operation.paging().isPresent() ? OperationPlan.Kind.PAGEABLE : OperationPlan.Kind.PLAIN;
  }

  /** The value expression when the client supplies the parameter, empty when the caller does. */
  private Optional<CodeBlock> fromClient(Parameter parameter) {
    if (parameter.in() == Parameter.Location.BODY) {
      return parameter.constantValue() == null ? Optional.empty()
          : Optional.of(new SampleValueCode(context).of(parameter.type(), TextNode.valueOf(parameter.constantValue())));
    }
    if (parameter.client() && parameter.wireName().equals("subscriptionId")) {
      return Optional.of(CodeBlock.of("this.core.subscriptionId()"));
    }
    boolean ownVersion = parameter.constantValue() != null
        && !parameter.constantValue().equals(context.service().apiVersion());
    if (parameter.wireName().equals("api-version") && !ownVersion
        && (parameter.client() || parameter.constantValue() != null)) {
      // the builder may override the spec's version, so the core's value wins over the constant;
      // an operation pinned to another version (an enum of its own) keeps that one
      return Optional.of(CodeBlock.of("this.core.apiVersion()"));
    }
    if (parameter.constantValue() != null) {
      return Optional.of(CodeBlock.of("$S", parameter.constantValue()));
    }
    return Optional.empty();
  }

  private CodeBlock requestChain(Operation operation, MediaVariant variant, List<OperationPlan.MethodParam> required,
      List<OperationPlan.MethodParam> optional, OperationPlan.MethodParam contentType) {
    List<OperationPlan.MethodParam> all = new ArrayList<>(required);
    all.addAll(optional);
    CodeBlock.Builder chain = CodeBlock.builder();
    List<RequestContentCode.FormField> form = new ArrayList<>();
    for (Parameter parameter : operation.parameters()) {
      Optional<CodeBlock> clientValue = fromClient(parameter);
      OperationPlan.MethodParam param = all.stream().filter(p -> p.parameter() == parameter).findFirst().orElse(null);
      switch (parameter.in()) {
        case PATH:
          CodeBlock pathValue = clientValue.orElseGet(() -> asString(param));
          chain.add("\n.$L($S, $L)", parameter.skipUrlEncoding() ? "pathRaw" : "path", parameter.wireName(), pathValue);
          break;
        case QUERY:
          chain.add("\n.query($S, $L)", parameter.wireName(), clientValue.orElseGet(() -> asQueryValue(param)));
          break;
        case HEADER:
          chain.add("\n.header($S, $L)", parameter.wireName(), clientValue.orElseGet(() -> asQueryValue(param)));
          break;
        case BODY:
          chain.add(clientValue.isPresent() ? bodies.constant(parameter.type(), clientValue.get())
              : contents.body(variant, parameter.type(), param.name(),
                  contents.contentType(variant, contentType == null ? null : contentType.name())));
          break;
        case FORM:
          form.add(new RequestContentCode.FormField(parameter, clientValue.orElseGet(() -> CodeBlock.of("$L", param.name()))));
          break;
        default:
          throw new IllegalStateException("unknown parameter location " + parameter.in());
      }
    }
    if (!form.isEmpty()) {
      chain.add(contents.form(variant, form));
    }
    return chain.add(contents.accept(operation)).build();
  }

  /** Path values must be strings; null stays null so the request builder names the parameter. */
  private static CodeBlock asString(OperationPlan.MethodParam param) {
    Optional<CodeBlock> dateTime = otherDateTimeText(param);
    if (dateTime.isPresent()) {
      return dateTime.get();
    }
    if (param.type().equals(ClassName.get(String.class))) {
      return CodeBlock.of("$L", param.name());
    }
    return CodeBlock.of("$T.toString($L, null)", OBJECTS, param.name());
  }

  /** Arrays are sent comma-separated (Swagger's default collectionFormat, csv). */
  private static CodeBlock asQueryValue(OperationPlan.MethodParam param) {
    Optional<CodeBlock> dateTime = otherDateTimeText(param);
    if (dateTime.isPresent()) {
      return dateTime.get();
    }
    if (param.parameter().type() instanceof TypeRef.ArrayOf) {
      return CodeBlock.of("$L == null ? null : $L.stream().map($T::toString).collect($T.joining(\",\"))",
          param.name(), param.name(), OBJECTS, COLLECTORS);
    }
    return CodeBlock.of("$L", param.name());
  }

  /** RFC 1123 and Unix-time parameters are date-times in Java sent in their own text forms. */
  private static Optional<CodeBlock> otherDateTimeText(OperationPlan.MethodParam param) {
    if (param.parameter().type() instanceof TypeRef.Primitive p
        && (p.kind() == TypeRef.PrimitiveKind.DATE_TIME_RFC1123 || p.kind() == TypeRef.PrimitiveKind.UNIX_TIME)) {
      ClassName format = p.kind() == TypeRef.PrimitiveKind.UNIX_TIME ? UNIX_TIME : RFC_1123;
      String method = p.kind() == TypeRef.PrimitiveKind.UNIX_TIME ? "toSeconds" : "format";
      CodeBlock text = p.kind() == TypeRef.PrimitiveKind.UNIX_TIME
          ? CodeBlock.of("$T.valueOf($T.$L($L))", String.class, format, method, param.name())
          : CodeBlock.of("$T.$L($L)", format, method, param.name());
      return Optional.of(CodeBlock.of("$L == null ? null : $L", param.name(), text));
    }
    return Optional.empty();
  }

  private TypeName resultType(Operation operation, OperationPlan.Kind kind) {
    switch (kind) {
      case PAGEABLE:
        return context.names().of(operation.paging().orElseThrow().itemType());
      case LONG_RUNNING:
        return finalBody(operation).map(t -> context.names().of(t)).orElse(TypeName.VOID.box());
      default:
        if (isExistenceCheck(operation)) {
          return ClassName.get(Boolean.class);
        }
        return plainBody(operation).map(t -> context.names().of(t)).orElse(null);
    }
  }

  private CodeBlock reader(Operation operation, OperationPlan.Kind kind) {
    Optional<TypeRef> read;
    switch (kind) {
      case PAGEABLE:
        read = Optional.of(operation.paging().orElseThrow().itemType());
        break;
      case LONG_RUNNING:
        read = finalBody(operation);
        break;
      default:
        read = plainBody(operation);
    }
    return read.map(t -> JsonReaderCode.readFunction(t, context.names(), context.enumPredicate()))
        .orElse(CodeBlock.of("null"));
  }

  /**
   * A long-running operation's result: the 200 body, else the 201 body, else the lowest other 2xx
   * body (a PUT or POST that declares only {@code 202} with the resource's schema).
   */
  private static Optional<TypeRef> finalBody(Operation operation) {
    for (int status : new int[] {200, 201}) {
      for (Operation.Response response : operation.responses()) {
        if (response.status() == status && response.body().isPresent()) {
          return response.body();
        }
      }
    }
    return plainBody(operation);
  }

  /** A plain call's result: the body of the lowest 2xx status that has one. */
  private static Optional<TypeRef> plainBody(Operation operation) {
    return operation.responses().stream()
        .filter(r -> isSuccess(r.status()) && r.body().isPresent())
        .min(Comparator.comparingInt(Operation.Response::status))
        .flatMap(Operation.Response::body);
  }

  private static List<Integer> expected(Operation operation) {
    List<Integer> statuses = operation.responses().stream().map(Operation.Response::status)
        .filter(OperationPlanner::isSuccess).collect(Collectors.toList());
    if (isExistenceCheck(operation)) {
      statuses.add(404);
    }
    return statuses.stream().distinct().sorted().collect(Collectors.toList());
  }

  /**
   * A HEAD without a body answers whether the resource exists: 2xx is true, 404 false (ARM's
   * {@code checkExistence}), so 404 is an expected status rather than an error.
   */
  static boolean isExistenceCheck(Operation operation) {
    return operation.httpMethod().equalsIgnoreCase("HEAD") && operation.longRunning().isEmpty()
        && operation.paging().isEmpty() && plainBody(operation).isEmpty();
  }

  private static boolean isSuccess(int status) {
    return status >= 200 && status < 300;
  }

  /**
   * PUT, PATCH and DELETE on a resource whose model has an {@code etag}. The model is the request
   * body or a success body of this operation or of another operation of the group on the same
   * path (a DELETE has neither, its GET sibling has).
   */
  private boolean conditional(Operation operation) {
    if (!CONDITIONAL_METHODS.contains(operation.httpMethod().toUpperCase(Locale.ROOT))) {
      return false;
    }
    List<TypeRef> candidates = new ArrayList<>();
    operation.body().ifPresent(b -> candidates.add(b.type()));
    for (Operation sibling : group.operations()) {
      if (sibling == operation || sibling.path().equalsIgnoreCase(operation.path())) {
        sibling.responses().stream().filter(r -> isSuccess(r.status()))
            .forEach(r -> r.body().ifPresent(candidates::add));
      }
    }
    return candidates.stream().anyMatch(this::hasEtag);
  }

  private boolean hasEtag(TypeRef type) {
    if (!(type instanceof TypeRef.Named named)) {
      return false;
    }
    Optional<ObjectType> object = context.object(named.name());
    if (object.isEmpty()) {
      return false;
    }
    List<ObjectType> chain = new ArrayList<>();
    chain.add(object.get());
    chain.addAll(context.ancestors(object.get()));
    return chain.stream().flatMap(o -> o.properties().stream())
        .map(Property::wirePath).anyMatch(path -> path.equals(List.of("etag")));
  }

  /**
   * Reader lambdas use {@code p}, {@code p1}, ... as parameter names (see {@link JsonReaderCode});
   * a method parameter with such a name would clash with them inside the method.
   */
  private static String safeName(String javaName) {
    boolean taken = READER_LAMBDA_NAME.matcher(javaName).matches()
        || javaName.equals(RequestBodyCode.GENERATOR) || javaName.equals(RequestBodyCode.MODE);
    return taken ? javaName + "Value" : javaName;
  }

  private static String uniqueName(String name, Set<String> used) {
    String candidate = name;
    for (int n = 2; !used.add(candidate); n++) {
      candidate = name + n;
    }
    return candidate;
  }
}

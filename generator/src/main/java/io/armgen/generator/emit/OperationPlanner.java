package io.armgen.generator.emit;

import com.fasterxml.jackson.databind.node.TextNode;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import io.armgen.generator.model.ObjectType;
import io.armgen.generator.model.Operation;
import io.armgen.generator.model.OperationGroup;
import io.armgen.generator.model.OperationMedia.Kind;
import io.armgen.generator.model.Parameter;
import io.armgen.generator.model.ParameterizedHost;
import io.armgen.generator.model.Property;
import io.armgen.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

  /** The plan of the primary media variant, or empty (with a note) when the operation cannot be emitted. */
  Optional<OperationPlan> plan(Operation operation, EmitNotes notes) {
    return plan(operation, MediaVariant.of(operation).get(0), notes);
  }

  /** The plan of one media-type variant, or empty (with a note) when the operation cannot be emitted. */
  Optional<OperationPlan> plan(Operation operation, MediaVariant variant, EmitNotes notes) {
    Optional<Parameter> body = operation.body();
    if (body.isPresent() && variant.kind() == Kind.JSON && !bodies.canSend(body.get().type())) {
      notes.note(ModelLocations.of(context.service(), operation, body.get()), context.service().name() + ": operation "
          + operation.operationId() + " skipped: its request body's type " + body.get().type() + " is not known");
      return Optional.empty();
    }
    OperationPlan.Kind kind = kind(operation);
    Set<String> used = new HashSet<>();
    MethodParameters params = new MethodParameters(context, used);
    ParameterizedHost host = context.service().host();
    List<Parameter> hostParams = host == null ? List.of()
        : host.parameters().stream().filter(p -> !p.client()).toList();
    if (host != null && host.parametersFirst()) {
      hostParams.forEach(params::add);
    }
    String contentType = null;
    for (Parameter parameter : operation.parameters()) {
      if (fromClient(parameter).isEmpty()) {
        boolean required = parameter.required() || requiredIn(parameter, variant);
        params.add(parameter, contents.parameterType(parameter, variant).orElse(null), required);
        if (parameter.in() == Parameter.Location.BODY && variant.choosesContentType()) {
          contentType = params.addChoice(contentTypeParameter(variant, required));
        }
      }
    }
    if (host != null && !host.parametersFirst()) {
      hostParams.forEach(params::add);
    }
    boolean conditional = conditional(operation);
    String conditionsName = uniqueName("conditions", used);
    String optionsName = uniqueName("options", used);
    Map<Parameter, RequestCode.Source> sources = new LinkedHashMap<>(params.sources());
    for (Parameter parameter : operation.parameters()) {
      fromClient(parameter).ifPresent(text -> sources.put(parameter, new RequestCode.Source(null, text)));
    }
    if (host != null) {
      for (Parameter parameter : host.clientParameters()) {
        sources.put(parameter, HostSettings.isEndpoint(parameter)
            ? new RequestCode.Source("this.core.endpoint()", null)
            : new RequestCode.Source("this." + HostSettings.name(parameter), null));
      }
    }
    RequestCode.Result request = new RequestCode(context).build(operation, sources, params.locals(),
        p -> RequestCode.patternName(operation.javaName(), p), variant, contentType);
    List<Integer> expected = expected(operation);
    CodeBlock responseContent = kind == OperationPlan.Kind.PLAIN
        ? contents.responseContent(operation, variant, plainBody(operation)) : null;
    // a body in another media type is read from the lowest success status (OperationMediaReader)
    boolean byStatus = kind == OperationPlan.Kind.PLAIN && responseContent == null
        && new SuccessBodies(context, operation).differ();
    ClassName headersType = headersType(operation, kind);
    if (byStatus && headersType != null) {
      notes.note(ModelLocations.of(context.service(), operation), context.service().name() + ": operation "
          + operation.operationId() + " declares response headers and bodies of different types per status; its headers are not typed");
      headersType = null;
    }
    if (responseContent != null && headersType != null) {
      if (variant.primary()) {
        notes.note(ModelLocations.of(context.service(), operation), context.service().name() + ": operation "
            + operation.operationId() + " declares response headers and answers " + operation.media().response() + "; its headers are not typed");
      }
      headersType = null;
    }
    TypeName result = RequestContentCode.resultType(variant).orElseGet(() -> resultType(operation, kind));
    return Optional.of(new OperationPlan(operation, kind, params.required(), params.optional(), result,
        reader(operation, kind), byStatus, conditional, conditionsName, optionsName, request, expected, headersType,
        variant, responseContent));
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
      return operation.paging().isPresent() ? OperationPlan.Kind.LONG_RUNNING_LIST : OperationPlan.Kind.LONG_RUNNING;
    }
    return operation.paging().isPresent() ? OperationPlan.Kind.PAGEABLE : OperationPlan.Kind.PLAIN;
  }

  /** The typed headers of a plain call that declares response headers, else null. */
  private ClassName headersType(Operation operation, OperationPlan.Kind kind) {
    if (kind != OperationPlan.Kind.PLAIN || ResponseHeadersWriter.declared(operation).isEmpty()) {
      return null;
    }
    return new ResponseHeadersWriter(context).className(group, operation);
  }

  /** The value's text when the client supplies the parameter, empty when the caller does. */
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
      return Optional.of(CodeBlock.of("$L", DocText.literal(parameter.constantValue())));
    }
    return Optional.empty();
  }

  private TypeName resultType(Operation operation, OperationPlan.Kind kind) {
    switch (kind) {
      case PAGEABLE:
      case LONG_RUNNING_LIST:
        return context.names().of(operation.paging().orElseThrow().itemType());
      case LONG_RUNNING:
        return finalBody(operation).map(t -> context.names().of(t)).orElse(TypeName.VOID.box());
      default:
        if (isExistenceCheck(operation)) {
          return ClassName.get(Boolean.class);
        }
        SuccessBodies bodies = new SuccessBodies(context, operation);
        if (bodies.differ()) {
          return bodies.commonType();
        }
        return plainBody(operation).map(t -> context.names().of(t)).orElse(null);
    }
  }

  private CodeBlock reader(Operation operation, OperationPlan.Kind kind) {
    Optional<TypeRef> read;
    switch (kind) {
      case PAGEABLE:
      case LONG_RUNNING_LIST:
        read = Optional.of(operation.paging().orElseThrow().itemType());
        break;
      case LONG_RUNNING:
        read = finalBody(operation);
        break;
      default:
        SuccessBodies bodies = new SuccessBodies(context, operation);
        if (bodies.differ()) {
          return bodies.readers();
        }
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
    // a 404 among the responses is a HEAD's "does not exist" (see isExistenceCheck)
    return operation.responses().stream().map(Operation.Response::status).distinct().sorted()
        .collect(Collectors.toList());
  }

  /**
   * A HEAD without a body answers whether the resource exists: 2xx is true, and 404, when the
   * spec declares it (ARM's {@code checkExistence}), false; an undeclared 404 is an error.
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
   * Reader lambdas use {@code p}, {@code p1}, ... as parameter names (see {@link JsonReaderCode}),
   * element texts {@code v}, XML bodies {@code w}, {@code root} and {@code element}; a method
   * parameter with such a name would clash with them inside the method.
   */
  static String safeName(String javaName) {
    boolean taken = READER_LAMBDA_NAME.matcher(javaName).matches() || javaName.equals("v")
        || javaName.equals(RequestBodyCode.GENERATOR) || javaName.equals(RequestBodyCode.MODE)
        || XmlValueCode.LAMBDA_NAMES.contains(javaName);
    return taken ? javaName + "Value" : javaName;
  }

  static String uniqueName(String name, Set<String> used) {
    String candidate = name;
    for (int n = 2; !used.add(candidate); n++) {
      candidate = name + n;
    }
    return candidate;
  }
}

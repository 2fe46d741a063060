package io.armgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.armgen.generator.model.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes the methods of one planned operation: the public methods of its shape and the private
 * method that builds the request.
 *
 * <ul>
 *   <li>plain: {@code op}, {@code opWithResponse} (status, headers, typed headers when the spec
 *       declares some, and the value) and {@code opAsync};
 *   <li>long-running: {@code beginOp}, {@code op} (waits), {@code opAsync} and
 *       {@code resumeOp(token)}; a long-running list returns a {@code PagedIterable} in the end;
 *   <li>pageable: {@code op} and {@code opAsync} (an async page sequence).
 * </ul>
 *
 * <p>The async forms hold no thread while they wait (the runtime's non-blocking calls).
 *
 * <p>Overloads: the fullest takes every parameter (and {@code RequestConditions} for ETag
 * resources); one without the conditions and one with only the required parameters delegate to it
 * passing {@code null}. Per-call {@code RequestOptions} are the last parameter of one more method
 * only: {@code opWithResponse}, {@code beginOp} and the pageable {@code op}, each with every
 * parameter; the others pass {@code null}. Arities differ, so a {@code null} argument is never
 * ambiguous.
 */
final class OperationMethods {
  static final ClassName ARM_REQUEST = ClassName.get("io.armgen.runtime.arm", "ArmRequest");
  static final ClassName REQUEST_CONDITIONS = ClassName.get("io.armgen.runtime.arm", "RequestConditions");
  static final ClassName REQUEST_OPTIONS = ClassName.get("io.armgen.runtime.arm", "RequestOptions");
  static final ClassName MANAGEMENT_EXCEPTION = ClassName.get("io.armgen.runtime.arm", "ManagementException");
  private static final ClassName ARM_RESPONSE = ClassName.get("io.armgen.runtime.arm", "ArmResponse");
  private static final ClassName ARM_RESPONSE_WITH_HEADERS = ClassName.get("io.armgen.runtime.arm", "ArmResponseWithHeaders");
  private static final ClassName LRO_POLLER = ClassName.get("io.armgen.runtime.arm", "LroPoller");
  private static final ClassName PAGED_ITERABLE = ClassName.get("io.armgen.runtime.arm", "PagedIterable");
  private static final ClassName ASYNC_PAGED_ITERABLE = ClassName.get("io.armgen.runtime.arm", "AsyncPagedIterable");
  private static final ClassName FINAL_STATE_VIA = ClassName.get("io.armgen.runtime.arm", "FinalStateVia");
  private static final ClassName COMPLETABLE_FUTURE = ClassName.get("java.util.concurrent", "CompletableFuture");

  private final OperationPlan plan;
  private final String name;
  private final String requestName;
  private final NextPageRequests.NextRequest nextRequest;
  private final OperationDocs docs;

  /**
   * @param name the operation's method base name, already free of collisions
   * @param requestName the base name whose {@code ...Request} method builds the request (a variant
   *     returning a stream reuses the one of its sibling returning bytes)
   * @param nextRequest what builds the next page's request from a next link
   *     ({@code x-ms-pageable operationName}), or null when next links are URLs
   */
  OperationMethods(OperationPlan plan, String name, String requestName, NextPageRequests.NextRequest nextRequest) {
    this.plan = plan;
    this.name = name;
    this.requestName = requestName;
    this.nextRequest = nextRequest;
    this.docs = new OperationDocs(plan);
  }

  /** The names of every method this operation produces for base name {@code base}. */
  static List<String> family(OperationPlan.Kind kind, String base) {
    switch (kind) {
      case LONG_RUNNING:
        return List.of(beginName(base), base, base + "Async", resumeName(base), base + "Request");
      case LONG_RUNNING_LIST:
        return List.of(beginName(base), base, base + "Async", resumeName(base), base + "Request");
      case PAGEABLE:
        return List.of(base, base + "Async", base + "Request");
      default:
        return List.of(base, base + "WithResponse", base + "Async", base + "Request");
    }
  }

  /** Every method, public ones first, in a fixed order. */
  List<MethodSpec> methods() {
    List<MethodSpec> methods = new ArrayList<>();
    switch (plan.kind()) {
      case LONG_RUNNING:
      case LONG_RUNNING_LIST:
        methods.addAll(overloads(beginName(name), pollerType(), optionsCall(beginName(name)), Variant.BEGIN));
        methods.add(withOptions(beginName(name), pollerType(), beginBody(), Variant.BEGIN));
        methods.addAll(overloads(name, syncType(), lroSyncBody(), Variant.SYNC));
        methods.addAll(overloads(name + "Async", futureType(), lroAsyncBody(), Variant.ASYNC));
        methods.add(ResumeMethod.write(plan, resumeName(name), pollerType()));
        break;
      case PAGEABLE:
        TypeName paged = ParameterizedTypeName.get(PAGED_ITERABLE, plan.resultType());
        methods.addAll(overloads(name, paged, optionsCall(name), Variant.PAGED));
        methods.add(withOptions(name, paged, pagedBody(), Variant.PAGED));
        methods.addAll(overloads(name + "Async", ParameterizedTypeName.get(ASYNC_PAGED_ITERABLE, plan.resultType()),
            pagedAsyncBody(), Variant.PAGED_ASYNC));
        break;
      default:
        methods.addAll(overloads(name, syncType(), plainSyncBody(), Variant.SYNC));
        methods.add(withOptions(name + "WithResponse", responseType(), withResponseBody(), Variant.WITH_RESPONSE));
        methods.addAll(overloads(name + "Async", futureType(), asyncBody(), Variant.ASYNC));
    }
    if (requestName.equals(name)) {
      methods.add(requestMethod());
    }
    return methods;
  }

  /** Which public method is being written; selects its Javadoc. */
  enum Variant { SYNC, ASYNC, BEGIN, PAGED, PAGED_ASYNC, WITH_RESPONSE }

  private List<MethodSpec> overloads(String method, TypeName returns, CodeBlock fullestBody, Variant variant) {
    List<MethodSpec> result = new ArrayList<>();
    List<OperationPlan.MethodParam> all = plan.all();
    MethodSpec.Builder fullest = signature(method, returns, all, plan.conditional(), false, variant);
    result.add(fullest.addCode(fullestBody).build());
    if (plan.conditional()) {
      result.add(delegate(method, returns, all, variant));
    }
    if (!plan.optional().isEmpty()) {
      result.add(delegate(method, returns, plan.required(), variant));
    }
    return result;
  }

  /** The method taking every parameter and the {@code RequestOptions}. */
  private MethodSpec withOptions(String method, TypeName returns, CodeBlock body, Variant variant) {
    return signature(method, returns, plan.all(), plan.conditional(), true, variant).addCode(body).build();
  }

  /** An overload passing null for what it leaves out, to the fullest overload. */
  private MethodSpec delegate(String method, TypeName returns, List<OperationPlan.MethodParam> params, Variant variant) {
    List<String> args = new ArrayList<>();
    for (OperationPlan.MethodParam p : plan.all()) {
      args.add(params.contains(p) ? p.name() : nullArgument(p));
    }
    if (plan.conditional()) {
      args.add("null");
    }
    String call = method + "(" + String.join(", ", args) + ")";
    MethodSpec.Builder b = signature(method, returns, params, false, false, variant);
    return (returns.equals(TypeName.VOID) ? b.addStatement("$L", call) : b.addStatement("return $L", call)).build();
  }

  /** {@code null}, cast where an {@code InputStream} overload would make it ambiguous. */
  private String nullArgument(OperationPlan.MethodParam p) {
    return MediaVariant.isStreamable(p.parameter(), plan.variant().kind()) ? "(" + p.type() + ") null" : "null";
  }

  /** The fullest overload's body: the options method of the same name with no options. */
  private CodeBlock optionsCall(String method) {
    return CodeBlock.builder().addStatement("return $L($L)", method, fullestArgsAnd("null")).build();
  }

  private MethodSpec.Builder signature(String method, TypeName returns, List<OperationPlan.MethodParam> params,
      boolean withConditions, boolean withOptions, Variant variant) {
    MethodSpec.Builder b = MethodSpec.methodBuilder(method).addModifiers(Modifier.PUBLIC).returns(returns);
    b.addJavadoc("$L", docs.summary(variant));
    for (OperationPlan.MethodParam p : params) {
      b.addParameter(p.type(), p.name());
      b.addJavadoc("@param $L $L\n", p.name(), OperationDocs.paramDoc(p));
    }
    if (withConditions) {
      b.addParameter(REQUEST_CONDITIONS, plan.conditionsName());
      b.addJavadoc("@param $L If-Match / If-None-Match on the resource's ETag; null for none\n", plan.conditionsName());
    }
    if (withOptions) {
      b.addParameter(REQUEST_OPTIONS, plan.optionsName());
      b.addJavadoc("@param $L per-call options (extra headers); null for none\n", plan.optionsName());
    }
    if (!returns.equals(TypeName.VOID)) {
      b.addJavadoc("@return $L\n", docs.returnDoc(variant));
    }
    b.addJavadoc("@throws $T when the service answers with an error\n", MANAGEMENT_EXCEPTION);
    return b;
  }

  /** The request method's call with the fullest overload's arguments and the options. */
  private CodeBlock requestCall() {
    return CodeBlock.of("$L($L)", requestName + "Request", fullestArgsAnd(plan.optionsName()));
  }

  /** The arguments of the fullest overload, to call it from another method of the family. */
  private String fullestArgs() {
    List<String> args = plan.all().stream().map(OperationPlan.MethodParam::name).collect(Collectors.toList());
    if (plan.conditional()) {
      args.add(plan.conditionsName());
    }
    return String.join(", ", args);
  }

  /** {@link #fullestArgs()} followed by {@code last}. */
  private String fullestArgsAnd(String last) {
    String args = fullestArgs();
    return args.isEmpty() ? last : args + ", " + last;
  }

  private CodeBlock plainSyncBody() {
    String call = name + "WithResponse(" + fullestArgsAnd("null") + ")";
    if (plan.resultType() == null) {
      return CodeBlock.builder().addStatement("$L", call).build();
    }
    return CodeBlock.builder().addStatement("return $L.value()", call).build();
  }

  private CodeBlock withResponseBody() {
    boolean typed = plan.headersType() != null;
    if (plan.responseContent() != null) {
      return CodeBlock.builder().addStatement("return this.core.exchangeWithResponse($L, $L)", requestCall(),
          plan.responseContent()).build();
    }
    CodeBlock send = typed
        ? CodeBlock.of("this.core.sendWithHeaders($L, $L, $T::new)", requestCall(),
            OperationPlanner.isExistenceCheck(plan.operation()) ? CodeBlock.of("null") : plan.reader(), plan.headersType())
        : CodeBlock.of("this.core.$L($L, $L)", plan.readsByStatus() ? "sendReadingByStatus" : "sendWithResponse",
            requestCall(), OperationPlanner.isExistenceCheck(plan.operation()) ? CodeBlock.of("null") : plan.reader());
    if (!OperationPlanner.isExistenceCheck(plan.operation())) {
      return CodeBlock.builder().addStatement("return $L", send).build();
    }
    String local = localName("response");
    TypeName sent = typed ? ParameterizedTypeName.get(ARM_RESPONSE_WITH_HEADERS, plan.headersType(), TypeName.VOID.box())
        : ParameterizedTypeName.get(ARM_RESPONSE, TypeName.VOID.box());
    CodeBlock.Builder b = CodeBlock.builder().addStatement("$T $L = $L", sent, local, send);
    return typed
        ? b.addStatement("return new $T<>($L.statusCode(), $L.headers(), $L.typedHeaders(), $L.statusCode() != 404)",
            ARM_RESPONSE_WITH_HEADERS, local, local, local, local).build()
        : b.addStatement("return new $T<>($L.statusCode(), $L.headers(), $L.statusCode() != 404)", ARM_RESPONSE, local,
            local, local).build();
  }

  private CodeBlock beginBody() {
    String via = plan.operation().longRunning().orElseThrow().finalStateVia().name();
    if (plan.kind() == OperationPlan.Kind.LONG_RUNNING_LIST) {
      var paging = plan.operation().paging().orElseThrow();
      return CodeBlock.builder().addStatement("return this.core.beginLongRunningList($L, $T.$L, $L, $L, $L)",
          requestCall(), FINAL_STATE_VIA, via, DocText.literal(paging.itemName()), nextLinkName(), plan.reader()).build();
    }
    return CodeBlock.builder().addStatement("return this.core.beginLongRunning($L, $T.$L, $L)",
        requestCall(), FINAL_STATE_VIA, via, plan.reader()).build();
  }

  private CodeBlock lroSyncBody() {
    String call = beginName(name) + "(" + fullestArgs() + ").waitForCompletion()";
    return plan.returnsNothing()
        ? CodeBlock.builder().addStatement("$L", call).build()
        : CodeBlock.builder().addStatement("return $L", call).build();
  }

  /** A non-blocking call: the runtime's async form, holding no thread while it waits. */
  private CodeBlock asyncBody() {
    CodeBlock request = CodeBlock.of("$L($L)", requestName + "Request", fullestArgsAnd("null"));
    if (OperationPlanner.isExistenceCheck(plan.operation())) {
      // the lambda's parameter may not take the name of one of the method's
      String local = localName("response");
      return CodeBlock.builder().addStatement("return this.core.sendWithResponseAsync($L, null)"
          + ".thenApply($L -> $L.statusCode() != 404)", request, local, local).build();
    }
    if (plan.returnsNothing()) {
      return CodeBlock.builder().addStatement("return this.core.<$T>sendAsync($L, null)", Void.class, request).build();
    }
    if (plan.responseContent() != null) {
      return CodeBlock.builder().addStatement("return this.core.exchangeAsync($L, $L)", request, plan.responseContent())
          .build();
    }
    if (plan.readsByStatus()) {
      return CodeBlock.builder().addStatement("return this.core.sendReadingByStatusAsync($L, $L)"
          + ".thenApply($T::value)", request, plan.reader(), ARM_RESPONSE).build();
    }
    return CodeBlock.builder().addStatement("return this.core.sendAsync($L, $L)", request, plan.reader()).build();
  }

  /** Starts the operation without blocking and waits for it by timers. */
  private CodeBlock lroAsyncBody() {
    String via = plan.operation().longRunning().orElseThrow().finalStateVia().name();
    CodeBlock request = CodeBlock.of("$L($L)", requestName + "Request", fullestArgsAnd("null"));
    if (plan.kind() == OperationPlan.Kind.LONG_RUNNING_LIST) {
      var paging = plan.operation().paging().orElseThrow();
      return CodeBlock.builder().addStatement("return this.core.beginLongRunningListAsync($L, $T.$L, $L, $L, $L)"
          + ".thenCompose($T::toFuture)", request, FINAL_STATE_VIA, via, DocText.literal(paging.itemName()), nextLinkName(),
          plan.reader(), LRO_POLLER).build();
    }
    return CodeBlock.builder().addStatement("return this.core.<$T>beginLongRunningAsync($L, $T.$L, $L).thenCompose($T::toFuture)",
        plan.returnsNothing() ? TypeName.VOID.box() : plan.resultType(), request, FINAL_STATE_VIA, via,
        plan.reader(), LRO_POLLER).build();
  }

  private CodeBlock pagedBody() {
    var paging = plan.operation().paging().orElseThrow();
    if (nextRequest != null) {
      return CodeBlock.builder().addStatement("return this.core.list($L, $L, $L, $L, $L)",
          requestCall(), DocText.literal(paging.itemName()), nextLinkName(), plan.reader(), nextRequest.lambda(plan.optionsName())).build();
    }
    return CodeBlock.builder().addStatement("return this.core.list($L, $L, $L, $L)",
        requestCall(), DocText.literal(paging.itemName()), nextLinkName(), plan.reader()).build();
  }

  /** The async page sequence; the options of a call without them are null. */
  private CodeBlock pagedAsyncBody() {
    var paging = plan.operation().paging().orElseThrow();
    CodeBlock request = CodeBlock.of("$L($L)", requestName + "Request", fullestArgsAnd("null"));
    if (nextRequest != null) {
      return CodeBlock.builder().addStatement("return this.core.listAsync($L, $L, $L, $L, $L)", request, DocText.literal(paging.itemName()),
          nextLinkName(), plan.reader(), nextRequest.lambda("null")).build();
    }
    return CodeBlock.builder().addStatement("return this.core.listAsync($L, $L, $L, $L)",
        request, DocText.literal(paging.itemName()), nextLinkName(), plan.reader()).build();
  }

  private CodeBlock nextLinkName() {
    return nextLinkName(plan);
  }

  /** The page's next-link property as a literal, or {@code null} for a single page. */
  static CodeBlock nextLinkName(OperationPlan plan) {
    return plan.operation().paging().orElseThrow().nextLinkName().map(n -> CodeBlock.of("$L", DocText.literal(n))).orElse(CodeBlock.of("null"));
  }

  private MethodSpec requestMethod() {
    MethodSpec.Builder b = MethodSpec.methodBuilder(requestName + "Request")
        .addModifiers(Modifier.PRIVATE)
        .returns(ARM_REQUEST);
    for (OperationPlan.MethodParam p : plan.all()) {
      b.addParameter(p.type(), p.name());
    }
    // path values are checked by the request builder; a missing required query, header or body
    // value must not become a request without it
    for (OperationPlan.MethodParam p : plan.required()) {
      if (p.parameter().in() != Parameter.Location.PATH && !p.type().isPrimitive()) {
        b.beginControlFlow("if ($L == null)", p.name())
            .addStatement("throw new $T($L)", IllegalArgumentException.class,
                DocText.literal("Parameter " + p.parameter().wireName() + " is required and cannot be null."))
            .endControlFlow();
      }
    }
    b.addCode(plan.request().checks());
    CodeBlock.Builder chain = CodeBlock.builder()
        .add("return $T.builder($S, $L)", ARM_REQUEST, plan.operation().httpMethod().toUpperCase(Locale.ROOT),
            DocText.literal(plan.request().path()))
        .indent().indent()
        .add(plan.request().chain());
    if (plan.conditional()) {
      b.addParameter(REQUEST_CONDITIONS, plan.conditionsName());
      chain.add("\n.conditions($L)", plan.conditionsName());
    }
    b.addParameter(REQUEST_OPTIONS, plan.optionsName());
    chain.add("\n.options($L)", plan.optionsName());
    if (!plan.expected().isEmpty()) {
      chain.add("\n.expect($L)", plan.expected().stream().map(String::valueOf).collect(Collectors.joining(", ")));
    }
    chain.add("\n.build();\n");
    // Not addStatement: a body-writing lambda in the chain holds statements of its own, which
    // JavaPoet does not allow inside a statement; the two indents match a statement's wrapping.
    return b.addCode(chain.unindent().unindent().build()).build();
  }

  /** {@code base}, or a numbered variant when a parameter already has that name. */
  private String localName(String base) {
    String candidate = base;
    for (int n = 2; isParameterName(candidate); n++) {
      candidate = base + n;
    }
    return candidate;
  }

  private boolean isParameterName(String candidate) {
    return plan.all().stream().anyMatch(p -> p.name().equals(candidate)) || candidate.equals(plan.optionsName())
        || candidate.equals(plan.conditionsName());
  }

  private TypeName syncType() {
    if (OperationPlanner.isExistenceCheck(plan.operation())) {
      return TypeName.BOOLEAN;
    }
    if (plan.kind() == OperationPlan.Kind.LONG_RUNNING_LIST) {
      return ParameterizedTypeName.get(PAGED_ITERABLE, plan.resultType());
    }
    return plan.returnsNothing() ? TypeName.VOID : plan.resultType();
  }

  /** The value type of {@code opWithResponse}: the body, {@code Boolean} for an existence check, else {@code Void}. */
  private TypeName responseType() {
    TypeName value = OperationPlanner.isExistenceCheck(plan.operation()) ? ClassName.get(Boolean.class)
        : plan.returnsNothing() ? TypeName.VOID.box() : plan.resultType();
    return plan.headersType() == null ? ParameterizedTypeName.get(ARM_RESPONSE, value)
        : ParameterizedTypeName.get(ARM_RESPONSE_WITH_HEADERS, plan.headersType(), value);
  }

  private TypeName futureType() {
    TypeName sync = syncType();
    return ParameterizedTypeName.get(COMPLETABLE_FUTURE, sync.equals(TypeName.VOID) ? TypeName.VOID.box() : sync.box());
  }

  private TypeName pollerType() {
    TypeName result = plan.kind() == OperationPlan.Kind.LONG_RUNNING_LIST
        ? ParameterizedTypeName.get(PAGED_ITERABLE, plan.resultType()) : plan.resultType();
    return ParameterizedTypeName.get(LRO_POLLER, result);
  }

  private static String resumeName(String base) {
    return "resume" + Character.toUpperCase(base.charAt(0)) + base.substring(1);
  }

  static String beginName(String base) {
    return "begin" + Character.toUpperCase(base.charAt(0)) + base.substring(1);
  }
}

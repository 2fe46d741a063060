package io.armgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.armgen.generator.model.Parameter;
import io.armgen.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes the methods of one planned operation: the public methods of its shape (plain:
 * {@code op} and {@code opAsync}; long-running: {@code beginOp}, {@code op}, {@code opAsync};
 * pageable: {@code op}), each with its overloads, and the private method that builds the request.
 *
 * <p>Overloads: the fullest takes every parameter (and {@code RequestConditions} for ETag
 * resources); one without the conditions and one with only the required parameters delegate to it
 * passing {@code null}. Their arities differ, so a {@code null} argument is never ambiguous.
 */
final class OperationMethods {
  static final ClassName ARM_REQUEST = ClassName.get("io.armgen.runtime.arm", "ArmRequest");
  static final ClassName REQUEST_CONDITIONS = ClassName.get("io.armgen.runtime.arm", "RequestConditions");
  static final ClassName MANAGEMENT_EXCEPTION = ClassName.get("io.armgen.runtime.arm", "ManagementException");
  private static final ClassName LRO_POLLER = ClassName.get("io.armgen.runtime.arm", "LroPoller");
  private static final ClassName PAGED_ITERABLE = ClassName.get("io.armgen.runtime.arm", "PagedIterable");
  private static final ClassName ASYNC_PAGED_ITERABLE = ClassName.get("io.armgen.runtime.arm", "AsyncPagedIterable");
  private static final ClassName FINAL_STATE_VIA = ClassName.get("io.armgen.runtime.arm", "FinalStateVia");
  private static final ClassName COMPLETABLE_FUTURE = ClassName.get("java.util.concurrent", "CompletableFuture");

  private final OperationPlan plan;
  private final String name;
  private final String requestName;

  /**
   * @param name the operation's method base name, already free of collisions
   * @param requestName the base name whose {@code ...Request} method builds the request (a variant
   *     returning a stream reuses the one of its sibling returning bytes)
   */
  OperationMethods(OperationPlan plan, String name, String requestName) {
    this.plan = plan;
    this.name = name;
    this.requestName = requestName;
  }

  /** The names of every method this operation produces for base name {@code base}. */
  static List<String> family(OperationPlan.Kind kind, String base) {
    switch (kind) {
      case LONG_RUNNING:
        return List.of(beginName(base), base, base + "Async", resumeName(base), base + "Request");
      case PAGEABLE:
        return List.of(base, base + "Async", base + "Request");
      default:
        return List.of(base, base + "Async", base + "Request");
    }
  }

  /** Every method, public ones first, in a fixed order. */
  List<MethodSpec> methods() {
    List<MethodSpec> methods = new ArrayList<>();
    switch (plan.kind()) {
      case LONG_RUNNING:
        methods.addAll(overloads(beginName(name), pollerType(), beginBody(), Variant.BEGIN));
        methods.addAll(overloads(name, syncType(), lroSyncBody(), Variant.SYNC));
        methods.addAll(overloads(name + "Async", futureType(), lroAsyncBody(), Variant.ASYNC));
        methods.add(resumeMethod());
        break;
      case PAGEABLE:
        methods.addAll(overloads(name, ParameterizedTypeName.get(PAGED_ITERABLE, plan.resultType()), pagedBody(),
            Variant.PAGED));
        methods.addAll(overloads(name + "Async", ParameterizedTypeName.get(ASYNC_PAGED_ITERABLE, plan.resultType()),
            pagedAsyncBody(), Variant.PAGED_ASYNC));
        break;
      default:
        methods.addAll(overloads(name, syncType(), plainSyncBody(), Variant.SYNC));
        methods.addAll(overloads(name + "Async", futureType(), asyncBody(), Variant.ASYNC));
    }
    if (requestName.equals(name)) {
      methods.add(requestMethod());
    }
    return methods;
  }

  /** Which public method is being written; selects its Javadoc. */
  private enum Variant { SYNC, ASYNC, BEGIN, PAGED, PAGED_ASYNC }

  private List<MethodSpec> overloads(String method, TypeName returns, CodeBlock fullestBody, Variant variant) {
    List<MethodSpec> result = new ArrayList<>();
    List<OperationPlan.MethodParam> all = plan.all();
    MethodSpec.Builder fullest = signature(method, returns, all, plan.conditional(), variant);
    result.add(fullest.addCode(fullestBody).build());
    if (plan.conditional()) {
      result.add(delegate(method, returns, all, variant));
    }
    if (!plan.optional().isEmpty()) {
      result.add(delegate(method, returns, plan.required(), variant));
    }
    return result;
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
    MethodSpec.Builder b = signature(method, returns, params, false, variant);
    return (returns.equals(TypeName.VOID) ? b.addStatement("$L", call) : b.addStatement("return $L", call)).build();
  }

  /** {@code null}, cast where an {@code InputStream} overload would make it ambiguous. */
  private String nullArgument(OperationPlan.MethodParam p) {
    return MediaVariant.isStreamable(p.parameter(), plan.variant().kind()) ? "(" + p.type() + ") null" : "null";
  }

  private MethodSpec.Builder signature(String method, TypeName returns, List<OperationPlan.MethodParam> params,
      boolean withConditions, Variant variant) {
    MethodSpec.Builder b = MethodSpec.methodBuilder(method).addModifiers(Modifier.PUBLIC).returns(returns);
    b.addJavadoc("$L", summary(variant));
    for (OperationPlan.MethodParam p : params) {
      b.addParameter(p.type(), p.name());
      b.addJavadoc("@param $L $L\n", p.name(), paramDoc(p));
    }
    if (withConditions) {
      b.addParameter(REQUEST_CONDITIONS, plan.conditionsName());
      b.addJavadoc("@param $L If-Match / If-None-Match on the resource's ETag; null for none\n", plan.conditionsName());
    }
    if (!returns.equals(TypeName.VOID)) {
      b.addJavadoc("@return $L\n", returnDoc(variant));
    }
    b.addJavadoc("@throws $T when the service answers with an error\n", MANAGEMENT_EXCEPTION);
    return b;
  }

  private CodeBlock requestCall(boolean withConditions) {
    List<String> args = plan.all().stream().map(OperationPlan.MethodParam::name).collect(Collectors.toList());
    if (plan.conditional()) {
      args.add(withConditions ? plan.conditionsName() : "null");
    }
    return CodeBlock.of("$L($L)", requestName + "Request", String.join(", ", args));
  }

  /** The arguments of the fullest overload, to call it from another method of the family. */
  private String fullestArgs() {
    List<String> args = plan.all().stream().map(OperationPlan.MethodParam::name).collect(Collectors.toList());
    if (plan.conditional()) {
      args.add(plan.conditionsName());
    }
    return String.join(", ", args);
  }

  private CodeBlock plainSyncBody() {
    if (OperationPlanner.isExistenceCheck(plan.operation())) {
      return CodeBlock.builder().addStatement("return this.core.sendWithResponse($L, null).statusCode() != 404",
          requestCall(true)).build();
    }
    if (plan.resultType() == null) {
      return CodeBlock.builder().addStatement("this.core.send($L, null)", requestCall(true)).build();
    }
    if (plan.responseContent() != null) {
      return CodeBlock.builder().addStatement("return this.core.exchange($L, $L)", requestCall(true),
          plan.responseContent()).build();
    }
    return CodeBlock.builder().addStatement("return this.core.send($L, $L)", requestCall(true), plan.reader()).build();
  }

  private CodeBlock beginBody() {
    String via = plan.operation().longRunning().orElseThrow().finalStateVia().name();
    return CodeBlock.builder().addStatement("return this.core.beginLongRunning($L, $T.$L, $L)",
        requestCall(true), FINAL_STATE_VIA, via, plan.reader()).build();
  }

  private CodeBlock lroSyncBody() {
    String call = beginName(name) + "(" + fullestArgs() + ").waitForCompletion()";
    return plan.returnsNothing()
        ? CodeBlock.builder().addStatement("$L", call).build()
        : CodeBlock.builder().addStatement("return $L", call).build();
  }

  /** A non-blocking call: the runtime's async form, holding no thread while it waits. */
  private CodeBlock asyncBody() {
    if (OperationPlanner.isExistenceCheck(plan.operation())) {
      return CodeBlock.builder().addStatement("return this.core.sendWithResponseAsync($L, null)"
          + ".thenApply(response -> response.statusCode() != 404)", requestCall(true)).build();
    }
    if (plan.returnsNothing()) {
      return CodeBlock.builder().addStatement("return this.core.<$T>sendAsync($L, null)", Void.class, requestCall(true))
          .build();
    }
    if (plan.responseContent() != null) {
      return CodeBlock.builder().addStatement("return this.core.exchangeAsync($L, $L)", requestCall(true),
          plan.responseContent()).build();
    }
    return CodeBlock.builder().addStatement("return this.core.sendAsync($L, $L)", requestCall(true), plan.reader())
        .build();
  }

  /** Starts the operation without blocking and waits for it by timers. */
  private CodeBlock lroAsyncBody() {
    String via = plan.operation().longRunning().orElseThrow().finalStateVia().name();
    return CodeBlock.builder().addStatement("return this.core.<$T>beginLongRunningAsync($L, $T.$L, $L).thenCompose($T::toFuture)",
        plan.returnsNothing() ? TypeName.VOID.box() : plan.resultType(), requestCall(true), FINAL_STATE_VIA, via,
        plan.reader(), LRO_POLLER).build();
  }

  /** {@code resumeOp(String resumeToken)}: continues the operation from a poller's resume token. */
  private MethodSpec resumeMethod() {
    String description = "Continues a {@code " + DocText.javadoc(plan.operation().operationId())
        + "} operation started earlier, in this process or another, from its poller's resume token.\n\n"
        + "<p>The token holds the operation's URLs and state, no secret: this client's credential authenticates the "
        + "polls.\n\n";
    return MethodSpec.methodBuilder(resumeName(name)).addModifiers(Modifier.PUBLIC).returns(pollerType())
        .addJavadoc("$L", description)
        .addJavadoc("@param resumeToken the value of {@code resumeToken()} of the operation's poller\n")
        .addJavadoc("@return a poller for the operation\n")
        .addJavadoc("@throws $T when the token is not a resume token of this runtime\n", IllegalArgumentException.class)
        .addParameter(String.class, "resumeToken")
        .addStatement("return this.core.resumeLongRunning(resumeToken, $L)", plan.reader())
        .build();
  }

  private CodeBlock pagedBody() {
    var paging = plan.operation().paging().orElseThrow();
    CodeBlock nextLink = paging.nextLinkName().map(n -> CodeBlock.of("$S", n)).orElse(CodeBlock.of("null"));
    return CodeBlock.builder().addStatement("return this.core.list($L, $S, $L, $L)",
        requestCall(true), paging.itemName(), nextLink, plan.reader()).build();
  }

  private CodeBlock pagedAsyncBody() {
    var paging = plan.operation().paging().orElseThrow();
    CodeBlock nextLink = paging.nextLinkName().map(n -> CodeBlock.of("$S", n)).orElse(CodeBlock.of("null"));
    return CodeBlock.builder().addStatement("return this.core.listAsync($L, $S, $L, $L)",
        requestCall(true), paging.itemName(), nextLink, plan.reader()).build();
  }

  private MethodSpec requestMethod() {
    MethodSpec.Builder b = MethodSpec.methodBuilder(name + "Request")
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
            .addStatement("throw new $T($S)", IllegalArgumentException.class,
                "Parameter " + p.parameter().wireName() + " is required and cannot be null.")
            .endControlFlow();
      }
    }
    CodeBlock.Builder chain = CodeBlock.builder()
        .add("return $T.builder($S, $S)", ARM_REQUEST, plan.operation().httpMethod().toUpperCase(Locale.ROOT),
            plan.operation().path())
        .indent().indent()
        .add(plan.request());
    if (plan.conditional()) {
      b.addParameter(REQUEST_CONDITIONS, plan.conditionsName());
      chain.add("\n.conditions($L)", plan.conditionsName());
    }
    if (!plan.expected().isEmpty()) {
      chain.add("\n.expect($L)", plan.expected().stream().map(String::valueOf).collect(Collectors.joining(", ")));
    }
    chain.add("\n.build();\n");
    // Not addStatement: a body-writing lambda in the chain holds statements of its own, which
    // JavaPoet does not allow inside a statement; the two indents match a statement's wrapping.
    return b.addCode(chain.unindent().unindent().build()).build();
  }

  private TypeName syncType() {
    if (OperationPlanner.isExistenceCheck(plan.operation())) {
      return TypeName.BOOLEAN;
    }
    return plan.returnsNothing() ? TypeName.VOID : plan.resultType();
  }

  private TypeName futureType() {
    return ParameterizedTypeName.get(COMPLETABLE_FUTURE, plan.returnsNothing() ? TypeName.VOID.box() : plan.resultType());
  }

  private TypeName pollerType() {
    return ParameterizedTypeName.get(LRO_POLLER, plan.resultType());
  }

  private String summary(Variant variant) {
    String description = DocText.javadoc(plan.operation().description());
    if (description.isEmpty()) {
      description = "Calls {@code " + DocText.javadoc(plan.operation().operationId()) + "}.";
    }
    String how;
    switch (variant) {
      case BEGIN:
        how = "Starts the long-running operation and returns a poller without waiting for it.";
        break;
      case ASYNC:
        how = plan.kind() == OperationPlan.Kind.LONG_RUNNING
            ? "Holds no thread while it waits: the future completes when the long-running operation ends."
            : "Holds no thread while it waits: the future completes when the call does.";
        break;
      case PAGED:
        how = "Pages are fetched lazily as the items are iterated.";
        break;
      case PAGED_ASYNC:
        how = "Pages are fetched without blocking, one when the previous one has been handled.";
        break;
      default:
        how = plan.kind() == OperationPlan.Kind.LONG_RUNNING
            ? "Waits until the long-running operation ends." : "";
    }
    String text = description + "\n";
    String media = RequestContentCode.describe(plan.operation(), plan.variant());
    if (!media.isEmpty()) {
      text += "\n<p>" + media + "\n";
    }
    if (!how.isEmpty()) {
      text += "\n<p>" + how + "\n";
    }
    Optional<Parameter> body = plan.operation().body();
    if (body.isPresent() && body.get().constantValue() != null) {
      boolean quoted = body.get().type().equals(TypeRef.of(TypeRef.PrimitiveKind.STRING));
      String value = quoted ? "\"" + body.get().constantValue() + "\"" : body.get().constantValue();
      text += "\n<p>Sends the body {@code " + DocText.javadoc(value) + "}, the only value the service accepts.\n";
    }
    String via = plan.operation().operationId();
    return text + "\n<p>Operation {@code " + DocText.javadoc(via) + "}: {@code "
        + plan.operation().httpMethod().toUpperCase(Locale.ROOT) + " " + DocText.javadoc(plan.operation().path())
        + "}.\n\n";
  }

  private static String paramDoc(OperationPlan.MethodParam p) {
    String text = DocText.javadoc(p.parameter().description());
    if (text.isEmpty()) {
      text = "the {@code " + DocText.javadoc(p.parameter().wireName()) + "} parameter";
    }
    return p.parameter().required() ? text : text + " (optional; null to leave it out)";
  }

  private String returnDoc(Variant variant) {
    switch (variant) {
      case BEGIN:
        return "a poller for the operation";
      case ASYNC:
        return plan.returnsNothing() ? "a future that completes when the call ends" : "a future of the result";
      case PAGED:
        return "the items of every page";
      case PAGED_ASYNC:
        return "the pages, fetched when asked for";
      default:
        if (OperationPlanner.isExistenceCheck(plan.operation())) {
          return "true when the service answers 2xx, false when it answers 404";
        }
        return plan.kind() == OperationPlan.Kind.LONG_RUNNING ? "the final result" : "the response body";
    }
  }

  private static String resumeName(String base) {
    return "resume" + Character.toUpperCase(base.charAt(0)) + base.substring(1);
  }

  private static String beginName(String base) {
    return "begin" + Character.toUpperCase(base.charAt(0)) + base.substring(1);
  }
}

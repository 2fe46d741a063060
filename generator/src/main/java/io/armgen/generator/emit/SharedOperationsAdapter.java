package io.armgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.armgen.generator.model.ObjectType;
import io.armgen.generator.model.Operation;
import io.armgen.generator.model.OperationGroup;
import io.armgen.generator.model.Parameter;
import io.armgen.generator.model.Property;
import io.armgen.generator.model.ResourceType;
import io.armgen.generator.model.SharedShape;
import io.armgen.generator.model.SourceLocation;
import io.armgen.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * Makes a client implement the shared operations interface its group joined (e.g.
 * {@code CommonPrivateEndpointConnectionOperations}): small adapter methods that parse the ARM ids
 * with the generated id class, check the subscription, call the client's typed methods (which wait
 * for long-running operations) and return the models' common views. The list stays lazy: it is the
 * typed list, mapped item by item. Approve and reject read the current state, set status and
 * description, and PUT it back.
 */
final class SharedOperationsAdapter {
  private static final ClassName RESOURCE_IDS = ClassName.get("io.armgen.runtime.arm", "ResourceIds");
  private static final String PARENT_TEMPLATE = "SHARED_PARENT_TEMPLATE";
  /** The client's private helper giving an item's common view (null stays null). */
  private static final String VIEW = "sharedView";

  /** A typed operation as the client writer emitted it: its plan and its method name. */
  record Planned(OperationPlan plan, String name) {}

  private final EmitContext ctx;
  private final Map<String, Planned> planned;
  private final SharedShape.Variant variant;
  private final SharedShape shape;

  private SharedOperationsAdapter(EmitContext ctx, SharedShape shape, SharedShape.Variant variant, Map<String, Planned> planned) {
    this.ctx = ctx;
    this.shape = shape;
    this.variant = variant;
    this.planned = planned;
  }

  /**
   * Adds the interface and its adapter methods to {@code client} when {@code group} joined a shared
   * operation group; notes (and leaves out) a group whose typed methods were not all emitted.
   *
   * @param planned the group's emitted operations by their model {@code javaName}
   */
  static void addTo(TypeSpec.Builder client, OperationGroup group, Map<String, Planned> planned, EmitContext ctx,
      EmitNotes notes) {
    Optional<SharedShape> shape = ctx.sharedShapeOf(SharedShape.Kind.OPERATION_GROUP, group.name());
    if (shape.isEmpty()) {
      return;
    }
    SharedShape.Variant variant = shape.get().variantOf(ctx.serviceLabel()).orElseThrow();
    SharedOperationsAdapter adapter = new SharedOperationsAdapter(ctx, shape.get(), variant, planned);
    Optional<String> problem = adapter.problem();
    if (problem.isPresent()) {
      notes.note(adapter.location(group), ctx.service().name() + ": " + group.name() + "Client does not implement "
          + shape.get().name() + ": " + problem.get());
      return;
    }
    adapter.write(client);
  }

  /** The group's operation of the first role that was not emitted, else the group's first operation. */
  private SourceLocation location(OperationGroup group) {
    List<Operation> operations = group.operations();
    Operation about = operations.stream()
        .filter(o -> variant.bindings().containsValue(o.javaName()) && !planned.containsKey(o.javaName()))
        .findFirst().orElse(operations.isEmpty() ? null : operations.get(0));
    return about == null ? ModelLocations.service(ctx.service()) : ModelLocations.of(ctx.service(), about);
  }

  private Optional<String> problem() {
    for (String role : List.of("list", "get", "delete")) {
      if (!planned.containsKey(variant.bindings().get(role))) {
        return Optional.of("its " + role + " operation was not emitted");
      }
    }
    if (approval() && !planned.containsKey(variant.bindings().get("put"))) {
      return Optional.of("its put operation was not emitted");
    }
    if (model().isEmpty() || resource().isEmpty()) {
      return Optional.of("its model or resource type is not known");
    }
    return Optional.empty();
  }

  private boolean approval() {
    return variant.bindings().containsKey("approvalState");
  }

  private Planned op(String role) {
    return planned.get(variant.bindings().get(role));
  }

  private Optional<ObjectType> model() {
    String sharedModel = ((TypeRef.Named) shape.members().get(0).type()).name();
    return ctx.sharedShape(sharedModel).flatMap(s -> s.variantOf(ctx.serviceLabel()))
        .flatMap(v -> ctx.object(v.typeName()));
  }

  private Optional<ResourceType> resource() {
    String path = op("get").plan().operation().path();
    return ctx.service().resources().stream().filter(r -> r.idTemplate().equals(path)).findFirst();
  }

  private void write(TypeSpec.Builder client) {
    ObjectType model = model().orElseThrow();
    ResourceType resource = resource().orElseThrow();
    ClassName own = ctx.names().model(model.name());
    ClassName sharedModel = ClassName.get(shape.javaPackage(), ((TypeRef.Named) shape.members().get(0).type()).name());
    String parentTemplate = parentTemplate(resource.idTemplate());
    String subscriptionVariable = resource.segments().stream().filter(s -> s.key().equalsIgnoreCase("subscriptions"))
        .map(ResourceType.Segment::variable).findFirst().orElse(null);
    IdParts ids = new IdParts(resource);

    client.addSuperinterface(SharedTypeNames.of(shape));
    client.addField(FieldSpec.builder(String.class, PARENT_TEMPLATE, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The id template of the resource whose $L {@link #list(String)} lists.\n", model.name())
        .initializer("$L", DocText.literal(parentTemplate)).build());
    client.addMethod(MethodSpec.methodBuilder("serviceName").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(String.class).addStatement("return $L", DocText.literal(ctx.service().name())).build());
    client.addMethod(MethodSpec.methodBuilder("handlesParent").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(TypeName.BOOLEAN).addParameter(String.class, "parentResourceId")
        .beginControlFlow("try")
        .addStatement("$T<String, String> parent = $T.match($L, parentResourceId)", Map.class, RESOURCE_IDS, PARENT_TEMPLATE)
        .addStatement(subscriptionVariable == null ? "return true" : "return sharedInSubscription(parent.get($L))",
            DocText.literal(subscriptionVariable))
        .nextControlFlow("catch ($T e)", IllegalArgumentException.class)
        .addStatement("return false")
        .endControlFlow()
        .build());
    client.addMethod(MethodSpec.methodBuilder("sharedInSubscription").addModifiers(Modifier.PRIVATE)
        .returns(TypeName.BOOLEAN).addParameter(String.class, "subscriptionId")
        .addStatement("return subscriptionId != null && subscriptionId.equalsIgnoreCase(this.core.subscriptionId())")
        .build());
    client.addMethod(MethodSpec.methodBuilder("sharedRequireSubscription").addModifiers(Modifier.PRIVATE)
        .addParameter(String.class, "subscriptionId").addParameter(String.class, "id")
        .beginControlFlow("if (!sharedInSubscription(subscriptionId))")
        .addStatement("throw new $T($S + id + $S + this.core.subscriptionId())", IllegalArgumentException.class,
            "'", "' is not in this client's subscription ")
        .endControlFlow()
        .build());
    client.addMethod(MethodSpec.methodBuilder(VIEW).addModifiers(Modifier.PRIVATE)
        .returns(sharedModel).addParameter(own, "item")
        .addStatement("return item == null ? null : item.$L()", SharedModelViews.AS_COMMON)
        .build());
    client.addMethod(list(sharedModel, own, subscriptionVariable));
    client.addMethod(listAsync(sharedModel, own, subscriptionVariable));
    client.addMethod(MethodSpec.methodBuilder("get").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(sharedModel).addParameter(String.class, "id")
        .addCode(ids.parse(subscriptionVariable))
        .addStatement("return $L($L($L))", VIEW, op("get").name(), args(op("get"), ids::part, null))
        .build());
    if (approval()) {
      client.addMethod(MethodSpec.methodBuilder("approve").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
          .returns(sharedModel).addParameter(String.class, "id").addParameter(String.class, "description")
          .addStatement("return $L(sharedSetApproval(id, $S, description))", VIEW, "Approved").build());
      client.addMethod(MethodSpec.methodBuilder("reject").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
          .returns(sharedModel).addParameter(String.class, "id").addParameter(String.class, "description")
          .addStatement("return $L(sharedSetApproval(id, $S, description))", VIEW, "Rejected").build());
      client.addMethod(setApproval(model, own, ids, subscriptionVariable));
    }
    client.addMethod(MethodSpec.methodBuilder("delete").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .addParameter(String.class, "id")
        .addCode(ids.parse(subscriptionVariable))
        .addStatement("$L($L)", op("delete").name(), args(op("delete"), ids::part, null))
        .build());
  }

  /**
   * The id template of the resource the items are listed under: the item's template without its
   * last {@code key/{name}} pair, and without a then trailing {@code providers/<Namespace>} (the
   * parent of a top-level resource is its resource group).
   */
  static String parentTemplate(String idTemplate) {
    String parent = idTemplate.substring(0, idTemplate.lastIndexOf('/', idTemplate.lastIndexOf('/') - 1));
    int providers = parent.toLowerCase(java.util.Locale.ROOT).lastIndexOf("/providers/");
    if (providers >= 0 && parent.indexOf('/', providers + "/providers/".length()) < 0) {
      parent = parent.substring(0, providers);
    }
    return parent;
  }

  /**
   * The shared list: the typed list's lazy {@code PagedIterable}, each item mapped to its view; a
   * list the service does not page is read when iterated, as one page.
   */
  private MethodSpec list(ClassName sharedModel, ClassName own, String subscriptionVariable) {
    Planned list = op("list");
    MethodSpec.Builder m = listStart("list", SharedOperationsWriter.PAGED_ITERABLE, sharedModel, subscriptionVariable);
    CodeBlock call = CodeBlock.of("$L($L)", list.name(), listArguments(list));
    if (list.plan().kind() == OperationPlan.Kind.PAGEABLE) {
      return m.addStatement("return $L.map(this::$L)", call, VIEW).build();
    }
    return m.addCode("return $T.<$T>onePage(() -> {\n$>", SharedOperationsWriter.PAGED_ITERABLE, own)
        .addStatement("$T page = $L", list.plan().resultType(), call)
        .addStatement("return page == null ? $T.of() : $L", List.class, pageItems(list))
        .addCode("$<}).map(this::$L);\n", VIEW)
        .build();
  }

  /**
   * The shared list without blocking: the typed {@code ...Async} list's pages, each item mapped to
   * its view; a list the service does not page is one page, fetched when a walk starts.
   */
  private MethodSpec listAsync(ClassName sharedModel, ClassName own, String subscriptionVariable) {
    Planned list = op("list");
    MethodSpec.Builder m = listStart("listAsync", SharedOperationsWriter.ASYNC_PAGED_ITERABLE, sharedModel, subscriptionVariable);
    CodeBlock call = CodeBlock.of("$LAsync($L)", list.name(), listArguments(list));
    if (list.plan().kind() == OperationPlan.Kind.PAGEABLE) {
      return m.addStatement("return $L.map(this::$L)", call, VIEW).build();
    }
    return m.addCode("return $T.<$T>onePage(() -> $L.thenApply(page -> {\n$>", SharedOperationsWriter.ASYNC_PAGED_ITERABLE,
            own, call)
        .addStatement("return page == null ? $T.of() : $L", List.class, pageItems(list))
        .addCode("$<})).map(this::$L);\n", VIEW)
        .build();
  }

  /**
   * The start both shared lists share: the signature, the parent id matched against the parent
   * template, and the subscription check when the template has one.
   */
  private static MethodSpec.Builder listStart(String name, ClassName pages, ClassName sharedModel, String subscriptionVariable) {
    MethodSpec.Builder m = MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(pages, sharedModel))
        .addParameter(String.class, "parentResourceId")
        .addStatement("$T<String, String> parent = $T.match($L, parentResourceId)", Map.class, RESOURCE_IDS, PARENT_TEMPLATE);
    if (subscriptionVariable != null) {
      m.addStatement("sharedRequireSubscription(parent.get($L), parentResourceId)", DocText.literal(subscriptionVariable));
    }
    return m;
  }

  /** The typed list's arguments, each path variable taken from the matched parent id. */
  private CodeBlock listArguments(Planned list) {
    return args(list, variable -> CodeBlock.of("parent.get($L)", DocText.literal(variable)), null);
  }

  /** The items of a single-page list result: the result itself, or its array property. */
  private CodeBlock pageItems(Planned list) {
    TypeRef body = list.plan().operation().responses().stream().flatMap(r -> r.body().stream()).findFirst().orElseThrow();
    if (body instanceof TypeRef.Named n && ctx.object(n.name()).isPresent()) {
      ObjectType page = ctx.object(n.name()).get();
      ModelShape shapeOfPage = new ModelShape(page, ctx);
      for (Property p : shapeOfPage.properties) {
        if (p.type() instanceof TypeRef.ArrayOf) {
          return CodeBlock.of("page.$L() == null ? $T.of() : page.$L()", shapeOfPage.accessor(p), List.class,
              shapeOfPage.accessor(p));
        }
      }
    }
    return CodeBlock.of("page");
  }

  private MethodSpec setApproval(ObjectType model, ClassName own, IdParts ids, String subscriptionVariable) {
    ModelShape modelShape = new ModelShape(model, ctx);
    String stateName = variant.bindings().get("approvalState");
    Property state = modelShape.properties.stream().filter(p -> p.javaName().equals(stateName)).findFirst().orElseThrow();
    ClassName stateClass = ctx.names().model(((TypeRef.Named) state.type()).name());
    SharedShape stateShape = ctx.sharedShapeOf(SharedShape.Kind.OBJECT, stateClass.simpleName()).orElseThrow();
    SharedShape.Member status = member(stateShape, "status");
    SharedShape.Member description = member(stateShape, "description");
    CodeBlock statusValue = status.type() instanceof TypeRef.Named n
        ? CodeBlock.of("$T.fromString(status)", ClassName.get(shape.javaPackage(), n.name()))
        : CodeBlock.of("status");
    // through the state's common view, which converts the status to the service's own type
    Planned put = op("put");
    MethodSpec.Builder m = MethodSpec.methodBuilder("sharedSetApproval").addModifiers(Modifier.PRIVATE)
        .returns(own).addParameter(String.class, "id").addParameter(String.class, "status")
        .addParameter(String.class, "description")
        .addCode(ids.parse(subscriptionVariable))
        .addStatement("$T current = $L($L)", own, op("get").name(), args(op("get"), ids::part, null))
        .beginControlFlow("if (current == null)")
        .addStatement("throw new $T($S + id)", IllegalStateException.class, "no " + model.name() + " ")
        .endControlFlow()
        .addStatement("$T state = current.$L()", stateClass, modelShape.accessor(state))
        .addStatement("state = state == null ? new $T() : state", stateClass)
        .addStatement("state.$L().$L($L).$L(description)", SharedModelViews.AS_COMMON, status.setter().orElseThrow(),
            statusValue, description.setter().orElseThrow())
        .addStatement("current.$L(state)", modelShape.setter(state));
    CodeBlock call = CodeBlock.of("$L($L)", put.name(), args(put, ids::part, CodeBlock.of("current")));
    if (put.plan().returnsNothing()) {
      m.addStatement("$L", call).addStatement("return $L($L)", op("get").name(), args(op("get"), ids::part, null));
    } else {
      m.addStatement("return $L", call);
    }
    return m.build();
  }

  private static SharedShape.Member member(SharedShape shape, String javaName) {
    return shape.members().stream().filter(x -> x.javaName().equals(javaName)).findFirst().orElseThrow();
  }

  /** The required arguments of {@code op}: path values by variable, the body, null for anything else. */
  private static CodeBlock args(Planned op, Function<String, CodeBlock> pathValue, CodeBlock body) {
    List<CodeBlock> args = new ArrayList<>();
    for (OperationPlan.MethodParam p : op.plan().required()) {
      if (p.parameter().in() == Parameter.Location.PATH) {
        args.add(pathValue.apply(p.parameter().wireName()));
      } else if (p.parameter().in() == Parameter.Location.BODY && body != null) {
        args.add(body);
      } else {
        args.add(CodeBlock.of("($T) null", p.type()));
      }
    }
    return CodeBlock.join(args, ", ");
  }

  /** Reads an id's parts with the generated id class, or by template when the service has none. */
  private final class IdParts {
    private final ResourceType resource;
    private final boolean idClass;
    private final ClassName idClassName;

    IdParts(ResourceType resource) {
      this.resource = resource;
      ResourceIdWriter writer = new ResourceIdWriter(ctx.service());
      // the note, if any, is the emitter's own (it writes the id classes)
      this.idClass = writer.write(resource, (at, note) -> { }).isPresent();
      this.idClassName = ctx.names().model(writer.className(resource));
    }

    CodeBlock parse(String subscriptionVariable) {
      CodeBlock.Builder b = CodeBlock.builder();
      if (idClass) {
        b.addStatement("$T parsed = $T.parse(id)", idClassName, idClassName);
      } else {
        b.addStatement("$T<String, String> parsed = $T.match($L, id)", Map.class, RESOURCE_IDS,
            DocText.literal(resource.idTemplate()));
      }
      if (subscriptionVariable != null) {
        b.addStatement("sharedRequireSubscription($L, id)", part(subscriptionVariable));
      }
      return b.build();
    }

    CodeBlock part(String variable) {
      if (!idClass) {
        return CodeBlock.of("parsed.get($L)", DocText.literal(variable));
      }
      String javaName = resource.segments().stream().filter(s -> s.variable().equals(variable))
          .map(ResourceType.Segment::javaName).findFirst().orElseThrow();
      return CodeBlock.of("parsed.$L()", javaName);
    }
  }
}

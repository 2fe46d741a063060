package io.armgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.armgen.generator.model.Operation;
import io.armgen.generator.model.OperationGroup;
import io.armgen.generator.model.Service;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Emits the client of one operation group, {@code <javaPackage>.<Group>Client}: a thin, final
 * class over the runtime's {@code ArmClientCore} with a nested builder and one family of methods
 * per operation (see {@link OperationMethods}). Operations that cannot be emitted are left out
 * with a note (see {@link OperationPlanner}).
 */
final class ClientWriter {
  private static final ClassName ARM_CLIENT_CORE = ClassName.get("io.armgen.runtime.arm", "ArmClientCore");
  private static final ClassName ARM_CLIENT_BUILDER = ClassName.get("io.armgen.runtime.arm", "ArmClientBuilder");

  private final EmitContext context;

  public ClientWriter(EmitContext context) {
    this.context = context;
  }

  /** The client class name of {@code group}. */
  public ClassName clientName(OperationGroup group) {
    return ClassName.get(context.service().javaPackage(), group.name() + "Client");
  }

  /**
   * The client of {@code group}; operations left out are reported to {@code notes}.
   *
   * <p>Method names are assigned in operation order, so a collision always renames the later
   * operation ({@code list2}, ...).
   */
  public JavaFile write(OperationGroup group, EmitNotes notes) {
    Service service = context.service();
    ClassName client = clientName(group);
    ClassName builder = client.nestedClass("Builder");
    HostSettings host = new HostSettings(service.host());
    TypeSpec.Builder type = TypeSpec.classBuilder(client)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("$L", classDoc(service, group, client))
        .addField(ARM_CLIENT_CORE, "core", Modifier.PRIVATE, Modifier.FINAL);
    host.addFields(type);
    type.addMethod(host.constructor(MethodSpec.constructorBuilder()
            .addJavadoc("Used by {@link Builder#build()}; the core carries endpoint, credentials and settings.\n")
            .addParameter(ARM_CLIENT_CORE, "core")
            .addStatement("this.core = core")))
        .addMethod(MethodSpec.methodBuilder("builder")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(builder)
            .addJavadoc("A builder for this client.\n\n@return a new builder\n")
            .addStatement("return new $T()", builder)
            .build());

    List<OperationFamilies.Family> families = OperationFamilies.of(context, group, notes);
    Map<String, SharedOperationsAdapter.Planned> planned = new LinkedHashMap<>();
    List<SharedOperationsAdapter.Planned> emitted = new ArrayList<>();
    for (OperationFamilies.Family family : families) {
      Operation operation = family.operation();
      if (!family.primary()) {
        continue;
      }
      if (!family.name().equals(operation.javaName())) {
        notes.note(ModelLocations.of(service, operation), service.name() + ": operation " + operation.operationId()
            + " is emitted as " + family.name() + " because " + operation.javaName() + " is taken in " + client.simpleName());
      }
      SharedOperationsAdapter.Planned p = new SharedOperationsAdapter.Planned(family.plan(), family.name());
      planned.put(operation.javaName(), p);
      emitted.add(p);
    }
    NextPageRequests next = new NextPageRequests(service, emitted);
    for (OperationFamilies.Family family : families) {
      Operation operation = family.operation();
      Optional<NextPageRequests.NextRequest> nextRequest = Optional.empty();
      if (operation.paging().flatMap(Operation.Paging::nextOperationId).isPresent()) {
        SharedOperationsAdapter.Planned p = planned.get(operation.javaName());
        nextRequest = p == null || !family.primary() ? Optional.empty() : next.of(p, notes);
        if (nextRequest.isEmpty()) {
          if (p != null && family.primary()) {
            planned.values().remove(p);
          } else {
            notes.note(ModelLocations.of(service, operation), service.name() + ": operation " + operation.operationId()
                + ": its " + family.name()
                + " methods are left out: only the first way of sending a paged operation's body follows its next pages");
          }
          continue;
        }
      }
      if (family.primary()) {
        type.addFields(PatternConstants.of(operation));
      }
      type.addMethods(new OperationMethods(family.plan(), family.name(), family.requestName(), nextRequest.orElse(null))
          .methods());
    }
    SharedOperationsAdapter.addTo(type, group, planned, context, notes);
    type.addType(builderType(service, client, builder, host));
    return JavaFile.builder(client.packageName(), type.build()).skipJavaLangImports(true).build();
  }

  private static TypeSpec builderType(Service service, ClassName client, ClassName builder, HostSettings host) {
    TypeSpec.Builder type = TypeSpec.classBuilder(builder)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(ARM_CLIENT_BUILDER, builder))
        .addJavadoc("Configures and builds {@link $T} instances.\n", client)
        .addMethod(scope(MethodSpec.constructorBuilder()
            .addJavadoc("Starts with the spec's api-version and the service name for the User-Agent.\n")
            .addStatement("super($L, $L)", DocText.literal(service.apiVersion()), DocText.literal(service.name())),
            service.tokenScope()));
    host.addBuilderSettings(type, builder);
    return type.addMethod(host.build(MethodSpec.methodBuilder("build")
            .addModifiers(Modifier.PUBLIC)
            .returns(client)
            .addJavadoc("A client with these settings.\n\n@return the client\n"), client))
        .build();
  }

  /** The builder's constructor, also asking for the spec's token scope when it names one. */
  private static MethodSpec scope(MethodSpec.Builder constructor, String tokenScope) {
    return tokenScope == null ? constructor.build() : constructor.addStatement("scope($L)", DocText.literal(tokenScope)).build();
  }

  private static String classDoc(Service service, OperationGroup group, ClassName client) {
    String description = DocText.javadoc(group.description());
    String title = DocText.javadoc(service.title() == null || service.title().isBlank() ? service.name() : service.title());
    StringBuilder doc = new StringBuilder();
    doc.append(description.isEmpty() ? "The " + group.name() + " operations of " + title + "." : description);
    doc.append("\n\n<p>Create one with {@code ").append(client.simpleName())
        .append(".builder().credential(credential).subscriptionId(subscriptionId).build()}. Instances are\n")
        .append("thread-safe. Failed calls throw {@code ManagementException}.\n");
    return doc.toString();
  }
}

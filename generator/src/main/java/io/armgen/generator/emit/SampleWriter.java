package io.armgen.generator.emit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.armgen.generator.model.Operation;
import io.armgen.generator.model.OperationGroup;
import io.armgen.generator.model.Parameter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Emits one runnable sample per {@code x-ms-examples} entry: a class with {@code run(client)},
 * which sends the example's request through the generated client (the body built with the typed
 * models, see {@link SampleValueCode}) and returns the result, and a {@code main} that runs it
 * against Azure with {@code DefaultAzureCredential} and the example's subscription.
 */
final class SampleWriter {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ClassName DEFAULT_CREDENTIAL = ClassName.get("io.armgen.runtime.auth", "DefaultAzureCredential");
  private static final ClassName PAGED_ITERABLE = ClassName.get("io.armgen.runtime.arm", "PagedIterable");

  private final EmitContext ctx;
  private final SampleValueCode values;

  SampleWriter(EmitContext ctx) {
    this.ctx = ctx;
    this.values = new SampleValueCode(ctx);
  }

  /** The package samples of this service go to: {@code <javaPackage>.samples}. */
  static String samplesPackage(EmitContext ctx) {
    return ctx.service().javaPackage() + ".samples";
  }

  /**
   * The sample of {@code example}, or empty (with a note) when its JSON cannot be read.
   *
   * @param plan the operation as its client offers it
   * @param method the client's method name for the operation
   * @param className the simple name of the sample class, unique in the service
   */
  Optional<JavaFile> write(OperationGroup group, OperationPlan plan, String method, Operation.Example example,
      String className, EmitNotes notes) {
    JsonNode parameters;
    try {
      parameters = JSON.readTree(example.json()).path("parameters");
    } catch (IOException e) {
      notes.note(ModelLocations.of(ctx.service(), plan.operation(), example),
          ctx.service().name() + ": example " + example.file() + " is not JSON; no sample");
      return Optional.empty();
    }
    ClassName client = ClassName.get(ctx.service().javaPackage(), group.name() + "Client");
    TypeName result = resultType(plan);
    MethodSpec run = MethodSpec.methodBuilder("run")
        .addJavadoc("Sends the example's request.\n\n@param client a client of the example's subscription\n")
        .addJavadoc(result == TypeName.VOID ? "" : "@return what the service answered\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addParameter(client, "client")
        .returns(result)
        .addStatement("$L", call(plan, method, parameters, result == TypeName.VOID))
        .build();
    String subscription = parameters.path("subscriptionId").asText("00000000-0000-0000-0000-000000000000");
    MethodSpec.Builder main = MethodSpec.methodBuilder("main")
        .addJavadoc("Runs the example against Azure, signed in with {@code DefaultAzureCredential}.\n\n")
        .addJavadoc("@param args not used\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addParameter(String[].class, "args")
        .addStatement("$T client = $T.builder()\n.credential(new $T())\n.subscriptionId($L)\n.build()",
            client, client, DEFAULT_CREDENTIAL, DocText.literal(subscription));
    if (result == TypeName.VOID) {
      main.addStatement("run(client)");
    } else if (plan.kind() == OperationPlan.Kind.PAGEABLE) {
      main.addStatement("run(client).forEach($T.out::println)", System.class);
    } else {
      main.addStatement("$T.out.println(run(client))", System.class);
    }
    TypeSpec type = TypeSpec.classBuilder(className)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("Example {@code $L} of {@code $L}.\n\n<p>Built from {@code $L}.\n",
            DocText.javadoc(example.title()), DocText.javadoc(plan.operation().operationId()),
            DocText.javadoc(example.file()))
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(main.build())
        .addMethod(run)
        .build();
    return Optional.of(JavaFile.builder(samplesPackage(ctx), type).skipJavaLangImports(true).build());
  }

  private TypeName resultType(OperationPlan plan) {
    if (plan.kind() == OperationPlan.Kind.PAGEABLE) {
      return ParameterizedTypeName.get(PAGED_ITERABLE, plan.resultType());
    }
    return plan.returnsNothing() ? TypeName.VOID : plan.resultType();
  }

  /**
   * {@code [return ]client.method(args)}: the required parameters, and the optional ones when the
   * example gives any (null for the others), each from the example's value of its wire name.
   */
  private CodeBlock call(OperationPlan plan, String method, JsonNode parameters, boolean nothing) {
    boolean anyOptional = plan.optional().stream().anyMatch(p -> parameters.has(p.parameter().wireName()));
    List<OperationPlan.MethodParam> passed = anyOptional ? plan.all() : plan.required();
    List<CodeBlock> args = new ArrayList<>();
    for (OperationPlan.MethodParam p : passed) {
      args.add(argument(p.parameter(), parameters.get(p.parameter().wireName())));
    }
    return CodeBlock.of("$Lclient.$L($L)", nothing ? "" : "return ", method, CodeBlock.join(args, ", "));
  }

  private CodeBlock argument(Parameter parameter, JsonNode value) {
    if (value == null && parameter.required() && parameter.in() == Parameter.Location.PATH) {
      // the example omits a required path value: a visible placeholder rather than null
      return CodeBlock.of("$L", DocText.literal("my-" + parameter.wireName()));
    }
    return values.of(parameter.type(), value);
  }
}

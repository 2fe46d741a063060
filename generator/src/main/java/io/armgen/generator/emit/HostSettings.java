package io.armgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.armgen.generator.model.Parameter;
import io.armgen.generator.model.ParameterizedHost;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * The client settings of {@code x-ms-parameterized-host}: each client variable of the host
 * template is a builder setter (starting at the spec's {@code default}), checked by
 * {@code build()} when required, and a final field of the client the request methods read.
 * Nothing at all for a service without a parameterized host.
 */
final class HostSettings {
  /** What {@code ArmClientBuilder} offers already: a setting may not take one of these names. */
  private static final Set<String> BUILDER_METHODS = Set.of("credential", "subscriptionId", "cloud", "apiVersion",
      "scope", "pollInterval", "lroTimeout", "httpClient", "retryOptions", "addPolicy", "connectTimeout",
      "responseTimeout", "executor", "logger", "build", "buildCore", "self", "requestLogLevel");

  private final List<Parameter> settings;

  HostSettings(ParameterizedHost host) {
    this.settings = host == null ? List.of()
        : host.clientParameters().stream().filter(p -> !isEndpoint(p)).toList();
  }

  /**
   * A client variable named {@code endpoint} is the builder's own endpoint (the core's), not a
   * setting of its own: {@code {endpoint}/v1} is the endpoint followed by {@code /v1}.
   */
  static boolean isEndpoint(Parameter parameter) {
    return parameter.client() && parameter.javaName().equals("endpoint");
  }

  /** The name of a setting's builder method and client field. */
  static String name(Parameter parameter) {
    return BUILDER_METHODS.contains(parameter.javaName()) ? parameter.javaName() + "Setting" : parameter.javaName();
  }

  /** The client's fields. */
  void addFields(TypeSpec.Builder client) {
    for (Parameter p : settings) {
      client.addField(FieldSpec.builder(String.class, name(p), Modifier.PRIVATE, Modifier.FINAL).build());
    }
  }

  /** The client's constructor, taking the settings after the core. */
  MethodSpec constructor(MethodSpec.Builder constructor) {
    for (Parameter p : settings) {
      constructor.addParameter(String.class, name(p)).addStatement("this.$L = $L", name(p), name(p));
    }
    return constructor.build();
  }

  /** The builder's fields and setters. */
  void addBuilderSettings(TypeSpec.Builder builder, ClassName builderName) {
    for (Parameter p : settings) {
      String fallback = p.details().clientDefault() != null ? p.details().clientDefault() : p.constantValue();
      FieldSpec.Builder field = FieldSpec.builder(String.class, name(p), Modifier.PRIVATE);
      if (fallback != null) {
        field.initializer("$L", DocText.literal(fallback));
      }
      builder.addField(field.build());
      String doc = DocText.javadoc(p.description());
      builder.addMethod(MethodSpec.methodBuilder(name(p))
          .addModifiers(Modifier.PUBLIC)
          .returns(builderName)
          .addParameter(String.class, name(p))
          .addJavadoc("$L\n\n<p>Part of the host every request goes to{@code $L}.\n\n@param $L the value\n@return this builder\n",
              doc.isEmpty() ? "Sets {@code " + DocText.javadoc(p.wireName()) + "}." : doc,
              fallback == null ? "" : " (default: " + DocText.javadoc(fallback) + ")", name(p))
          .addStatement("this.$L = $L", name(p), name(p))
          .addStatement("return this")
          .build());
    }
  }

  /** {@code build()}: checks the required settings and passes them to the client. */
  MethodSpec build(MethodSpec.Builder build, ClassName client) {
    for (Parameter p : settings) {
      if (p.required()) {
        build.beginControlFlow("if ($L == null)", name(p))
            .addStatement("throw new $T($S)", IllegalStateException.class,
                name(p) + " is required: it is part of the host every request goes to")
            .endControlFlow();
      }
    }
    String args = settings.stream().map(p -> ", " + name(p)).collect(Collectors.joining());
    return build.addStatement("return new $T(buildCore()$L)", client, args).build();
  }
}

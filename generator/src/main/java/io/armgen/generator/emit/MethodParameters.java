package io.armgen.generator.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import io.armgen.generator.model.Parameter;
import io.armgen.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Java parameters of an operation's methods, collected in spec order: one per parameter the
 * caller passes, except that the parameters of one {@code x-ms-parameter-grouping} group are one
 * method parameter of the group's class (required when any of its parameters is). A parameter
 * with an {@code x-ms-client-default} may be null: it is optional.
 */
final class MethodParameters {
  private final EmitContext context;
  private final Set<String> used;
  private final List<OperationPlan.MethodParam> required = new ArrayList<>();
  private final List<OperationPlan.MethodParam> optional = new ArrayList<>();
  private final Map<String, OperationPlan.MethodParam> groups = new LinkedHashMap<>();
  private final Map<Parameter, RequestCode.Source> sources = new LinkedHashMap<>();
  private final CodeBlock.Builder locals = CodeBlock.builder();

  /** @param used the names taken so far in the methods; new names are added to it */
  MethodParameters(EmitContext context, Set<String> used) {
    this.context = context;
    this.used = used;
  }

  /** Adds a parameter the caller passes. */
  void add(Parameter parameter) {
    add(parameter, null, parameter.required());
  }

  /**
   * Adds a parameter the caller passes, as {@code asType} (a media variant's body or file type; null:
   * the schema's), required when {@code mustPass}.
   */
  void add(Parameter parameter, TypeName asType, boolean mustPass) {
    String group = parameter.details().group();
    if (group == null) {
      String name = OperationPlanner.uniqueName(OperationPlanner.safeName(parameter.javaName()), used);
      OperationPlan.MethodParam param = new OperationPlan.MethodParam(parameter, name,
          asType != null ? asType : context.names().of(parameter.type()));
      boolean isRequired = mustPass && parameter.details().clientDefault() == null;
      (isRequired ? required : optional).add(param);
      sources.put(parameter, new RequestCode.Source(name, null));
      return;
    }
    OperationPlan.MethodParam holder = groups.get(group);
    if (holder == null) {
      String name = OperationPlanner.uniqueName(OperationPlanner.safeName(Character.toLowerCase(group.charAt(0))
          + group.substring(1)), used);
      Parameter synthetic = new Parameter(group, name, Parameter.Location.QUERY, new TypeRef.Named(group),
          parameter.required(), false, null, false, "the {@code " + group + "} parameters", Parameter.Details.NONE);
      holder = new OperationPlan.MethodParam(synthetic, name, context.names().model(group));
      groups.put(group, holder);
      (parameter.required() ? required : optional).add(holder);
    } else if (parameter.required() && !holder.parameter().required()) {
      // a later required member makes the whole group required
      optional.remove(holder);
      OperationPlan.MethodParam now = new OperationPlan.MethodParam(new Parameter(group, holder.name(),
          Parameter.Location.QUERY, new TypeRef.Named(group), true, false, null, false,
          holder.parameter().description(), Parameter.Details.NONE), holder.name(), holder.type());
      groups.put(group, now);
      required.add(now);
      holder = now;
    }
    String local = OperationPlanner.uniqueName(OperationPlanner.safeName(parameter.javaName()), used);
    TypeName type = context.names().of(parameter.type());
    locals.addStatement("$T $L = $L == null ? null : $L.$L()", type, local, holder.name(), holder.name(), parameter.javaName());
    if (parameter.required()) {
      locals.beginControlFlow("if ($L == null)", local)
          .addStatement("throw new $T($S)", IllegalArgumentException.class,
              "Parameter " + holder.name() + "." + parameter.javaName() + " is required and cannot be null.")
          .endControlFlow();
    }
    sources.put(parameter, new RequestCode.Source(local, null));
  }

  /**
   * Adds an argument of the method that is no parameter of the spec (the media type the caller
   * picks for the body), right after what was added so far; it is read by name, not sent itself.
   *
   * @return its name
   */
  String addChoice(Parameter choice) {
    String name = OperationPlanner.uniqueName(choice.javaName(), used);
    (choice.required() ? required : optional).add(new OperationPlan.MethodParam(choice, name,
        context.names().of(choice.type())));
    return name;
  }

  List<OperationPlan.MethodParam> required() {
    return required;
  }

  List<OperationPlan.MethodParam> optional() {
    return optional;
  }

  /** How the request method reads each parameter added. */
  Map<Parameter, RequestCode.Source> sources() {
    return sources;
  }

  /** The statements reading grouped values into locals (and refusing missing required ones). */
  CodeBlock locals() {
    return locals.build();
  }
}

package io.armgen.generator.emit;

import com.palantir.javapoet.CodeBlock;
import io.armgen.generator.model.TypeRef;

/**
 * The request-builder call that sends an operation's body. Models (and the runtime's ARM base
 * models) validate and write themselves: {@code .body(x)}. Any other body (a string, number,
 * enum, array or map) is written in place by a lambda: {@code .bodyJson(x == null ? null : (g,
 * mode) -> {...})}, so a null optional body sends nothing.
 */
final class RequestBodyCode {
  /** Names used inside the writing lambda; a method parameter must not take them. */
  static final String GENERATOR = "g";
  static final String MODE = "mode";

  private final EmitContext context;

  RequestBodyCode(EmitContext context) {
    this.context = context;
  }

  /** True when the type writes itself (a generated model or a runtime ARM base model). */
  boolean isModel(TypeRef type) {
    if (type instanceof TypeRef.Named named) {
      return context.isObject(named.name());
    }
    return type instanceof TypeRef.Runtime;
  }

  /** True when the body can be sent: a model, or a value {@link JsonValueCode} can write. */
  boolean canSend(TypeRef type) {
    return !(type instanceof TypeRef.Named named) || context.isObject(named.name()) || context.isEnum(named.name());
  }

  /** The builder call for a body the client always sends: {@code value}, a constant expression. */
  CodeBlock constant(TypeRef type, CodeBlock value) {
    return CodeBlock.builder()
        .add("\n.bodyJson(($L, $L) -> {\n", GENERATOR, MODE)
        .indent()
        .add(new JsonValueCode(context).write(type, value))
        .unindent()
        .add("})")
        .build();
  }

  /** The builder call for a body held by the method parameter {@code name}. */
  CodeBlock call(TypeRef type, String name) {
    if (isModel(type)) {
      return CodeBlock.of("\n.body($L)", name);
    }
    return CodeBlock.of("\n.bodyJson($L == null ? null : $L)", name, writable(type, name));
  }

  /** The model, or a lambda writing the value, for a non-null body held by {@code name}. */
  CodeBlock writable(TypeRef type, String name) {
    if (isModel(type)) {
      return CodeBlock.of("$L", name);
    }
    return CodeBlock.builder()
        .add("($L, $L) -> {\n", GENERATOR, MODE)
        .indent()
        .add(new JsonValueCode(context).write(type, CodeBlock.of("$L", name)))
        .unindent()
        .add("}")
        .build();
  }
}

package io.armgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.armgen.generator.model.ObjectType;
import io.armgen.generator.model.Property;
import io.armgen.generator.model.TypeRef;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The streaming JSON methods of a model class: {@code readField}, {@code writeFields}, one private
 * reader per flattened nested object, and the static {@code fromJson} (which picks the subtype
 * when the model is polymorphic).
 */
final class ModelJsonMethods {
  private static final ClassName LINKED_HASH_MAP = ClassName.get(LinkedHashMap.class);

  private final ModelShape shape;
  private final JsonValueCode values;
  private final WireTree tree;
  private final JsonFieldNameConstants fieldNames;
  private final Map<List<String>, String> nestedReaders = new LinkedHashMap<>();

  ModelJsonMethods(ModelShape shape, EmitContext ctx) {
    this.shape = shape;
    this.values = new JsonValueCode(ctx);
    this.tree = WireTree.of(shape.type.name(), shape.properties);
    this.fieldNames = new JsonFieldNameConstants(tree);
    rejectPrefixSharedWithAncestor();
    Set<String> taken = new HashSet<>();
    for (WireTree node : tree.nested()) {
      nestedReaders.put(node.path, uniqueReaderName(node.path, taken));
    }
  }

  /** The pre-encoded names of the fields {@code writeFields} writes; none when the class adds no wire state. */
  List<FieldSpec> fieldNameConstants() {
    return fieldNames.fields();
  }

  /** readField, the nested readers, writeFields; nothing when the class adds no wire state. */
  List<MethodSpec> instanceMethods() {
    List<MethodSpec> methods = new ArrayList<>();
    if (!tree.entries.isEmpty() || shape.ownAdditionalProperties) {
      methods.add(readField());
      for (WireTree node : tree.nested()) {
        methods.add(nestedReader(node));
      }
      methods.add(writeFields());
    }
    return methods;
  }

  private MethodSpec readField() {
    CodeBlock.Builder body = CodeBlock.builder();
    body.beginControlFlow("switch (name)");
    for (Map.Entry<String, Object> e : tree.entries.entrySet()) {
      body.add("case $L:\n", DocText.literal(e.getKey())).indent();
      if (e.getValue() instanceof Property p) {
        body.addStatement("this.$L = $L", ModelShape.field(p), values.read(p.type(), "p"));
      } else {
        body.addStatement("$L(p)", nestedReaders.get(((WireTree) e.getValue()).path));
      }
      body.addStatement("return true").unindent();
    }
    body.add("default:\n").indent();
    if (shape.ownAdditionalProperties) {
      TypeRef valueType = shape.type.additionalProperties().orElseThrow();
      body.beginControlFlow("if (super.readField(name, p))")
          .addStatement("return true")
          .endControlFlow()
          .beginControlFlow("if (this.additionalProperties == null)")
          .addStatement("this.additionalProperties = new $T<>()", LINKED_HASH_MAP)
          .endControlFlow()
          .addStatement("this.additionalProperties.put(name, $L)", values.read(valueType, "p"))
          .addStatement("return true");
    } else {
      body.addStatement("return super.readField(name, p)");
    }
    body.unindent().endControlFlow();
    return MethodSpec.methodBuilder("readField")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .returns(boolean.class)
        .addParameter(String.class, "name")
        .addParameter(JsonValueCode.PARSER, "p")
        .addException(IOException.class)
        .addCode(body.build())
        .build();
  }

  /** Reads the fields of one flattened nested object into this model's flat fields. */
  private MethodSpec nestedReader(WireTree node) {
    String where = String.join(".", node.path);
    CodeBlock.Builder body = CodeBlock.builder()
        .beginControlFlow("if (p.currentToken() == $T.VALUE_NULL)", JsonValueCode.TOKEN)
        .addStatement("return")
        .endControlFlow()
        .beginControlFlow("if (p.currentToken() != $T.START_OBJECT)", JsonValueCode.TOKEN)
        .addStatement("throw new $T($L + p.currentToken(), p)", JsonValueCode.READ_EXCEPTION,
            DocText.literal("expected a JSON object for " + where + " in " + shape.type.name() + " but found "))
        .endControlFlow()
        .beginControlFlow("while (p.nextToken() == $T.FIELD_NAME)", JsonValueCode.TOKEN)
        .addStatement("$T field = p.currentName()", String.class)
        .addStatement("p.nextToken()")
        .beginControlFlow("switch (field)");
    for (Map.Entry<String, Object> e : node.entries.entrySet()) {
      body.add("case $L:\n", DocText.literal(e.getKey())).indent();
      if (e.getValue() instanceof Property p) {
        body.addStatement("this.$L = $L", ModelShape.field(p), values.read(p.type(), "p"));
      } else {
        body.addStatement("$L(p)", nestedReaders.get(((WireTree) e.getValue()).path));
      }
      body.addStatement("break").unindent();
    }
    body.add("default:\n").indent().addStatement("p.skipChildren()").addStatement("break").unindent();
    body.endControlFlow().endControlFlow();
    return MethodSpec.methodBuilder(nestedReaders.get(node.path))
        .addModifiers(Modifier.PRIVATE)
        .addParameter(JsonValueCode.PARSER, "p")
        .addException(IOException.class)
        .addCode(body.build())
        .build();
  }

  private MethodSpec writeFields() {
    CodeBlock.Builder body = CodeBlock.builder().addStatement("super.writeFields(g, mode)");
    body.add(writeEntries(tree));
    if (shape.ownAdditionalProperties) {
      TypeRef valueType = shape.type.additionalProperties().orElseThrow();
      TypeName entryType = ParameterizedTypeName.get(ClassName.get(Map.Entry.class), ClassName.get(String.class),
          shape.typeNames().of(valueType));
      body.beginControlFlow("if (this.additionalProperties != null)")
          .beginControlFlow("for ($T additional : this.additionalProperties.entrySet())", entryType)
          .addStatement("g.writeFieldName(additional.getKey())")
          .add(values.writeNullable(valueType, CodeBlock.of("additional.getValue()"), 1))
          .endControlFlow()
          .endControlFlow();
    }
    return MethodSpec.methodBuilder("writeFields")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .addParameter(JsonValueCode.WRITER, "g")
        .addParameter(JsonValueCode.WRITE_MODE, "mode")
        .addException(IOException.class)
        .addCode(body.build())
        .build();
  }

  private CodeBlock writeEntries(WireTree node) {
    CodeBlock.Builder body = CodeBlock.builder();
    for (Map.Entry<String, Object> e : node.entries.entrySet()) {
      if (e.getValue() instanceof Property p) {
        body.beginControlFlow("if ($L)", present(p))
            .addStatement("g.writeFieldName($L)", fieldNames.of(e.getKey()))
            .add(values.write(p.type(), CodeBlock.of("this.$L", ModelShape.field(p))))
            .endControlFlow();
      } else {
        WireTree child = (WireTree) e.getValue();
        CodeBlock anyPresent = child.leaves().stream().map(this::present).collect(CodeBlock.joining(" || "));
        body.beginControlFlow("if ($L)", anyPresent)
            .addStatement("g.writeFieldName($L)", fieldNames.of(e.getKey()))
            .addStatement("g.writeStartObject()")
            .add(writeEntries(child))
            .addStatement("g.writeEndObject()")
            .endControlFlow();
      }
    }
    return body.build();
  }

  /** True in generated code when {@code p} is to be written: set, and not read-only in a request. */
  private CodeBlock present(Property p) {
    if (p.readOnly() && !isDiscriminator(p)) {
      return CodeBlock.of("(mode == $T.FULL && this.$L != null)", JsonValueCode.WRITE_MODE, ModelShape.field(p));
    }
    return CodeBlock.of("this.$L != null", ModelShape.field(p));
  }

  /** The discriminator is written in every mode: the service needs it to know what it receives. */
  private boolean isDiscriminator(Property p) {
    return shape.ownDiscriminatorProperty().map(d -> d == p).orElse(false);
  }

  /**
   * {@code fromJson}. A model with subtypes that carry a discriminator value buffers the object,
   * looks at the discriminator and re-reads the buffered JSON as the matching subtype; an unknown or
   * missing value reads as this type itself.
   */
  MethodSpec fromJson(EmitContext ctx) {
    MethodSpec.Builder method = MethodSpec.methodBuilder("fromJson")
        .addJavadoc("Reads one $L from the JSON value the parser is on.\n\n", shape.type.name())
        .addJavadoc("@param p a parser positioned on the value's first token\n")
        .addJavadoc("@return the model, or null for JSON null\n")
        .addJavadoc("@throws $T when the JSON does not fit the model\n", IOException.class)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(shape.className)
        .addParameter(JsonValueCode.PARSER, "p")
        .addException(IOException.class);
    Map<String, ObjectType> subtypes = subtypesByValue(ctx);
    if (subtypes.isEmpty()) {
      return method.addStatement("return $T.readObject(p, new $T())", ModelShape.JSON_MODEL, shape.className).build();
    }
    ClassName token = JsonValueCode.TOKEN;
    ClassName json = JsonValueCode.JSON;
    CodeBlock.Builder body = CodeBlock.builder()
        .addStatement("$T token = p.currentToken() == null ? p.nextToken() : p.currentToken()", token)
        .beginControlFlow("if (token == $T.VALUE_NULL)", token)
        .addStatement("return null")
        .endControlFlow()
        .beginControlFlow("if (token != $T.START_OBJECT)", token)
        .addStatement("throw new $T($S + token, p)", JsonValueCode.READ_EXCEPTION,
            "expected a JSON object for " + shape.type.name() + " but found ")
        .endControlFlow()
        .add("// Buffered so the object can be read again as the subtype its discriminator names.\n")
        .addStatement("$T tree = $T.readUntyped(p)", Object.class, json)
        .addStatement("$T kind = (($T<?, ?>) tree).get($L)", Object.class, Map.class,
            DocText.literal(shape.discriminator().orElseThrow()))
        .addStatement("$T buffered = $T.writeString((g, mode) -> $T.writeUntyped(g, tree, mode), $T.FULL)",
            String.class, json, json, JsonValueCode.WRITE_MODE)
        .beginControlFlow("switch (kind == null ? $S : kind.toString())", "");
    for (Map.Entry<String, ObjectType> e : subtypes.entrySet()) {
      body.add("case $L:\n", DocText.literal(e.getKey())).indent()
          .addStatement("return $T.parse(buffered, p1 -> $T.readObject(p1, new $T()))",
              json, ModelShape.JSON_MODEL, ctx.names().model(e.getValue().name()))
          .unindent();
    }
    body.add("default:\n").indent()
        .addStatement("return $T.parse(buffered, p1 -> $T.readObject(p1, new $T()))", json, ModelShape.JSON_MODEL,
            shape.className)
        .unindent()
        .endControlFlow();
    return method.addCode(body.build()).build();
  }

  /** Descendants by discriminator value; the first wins a duplicate, this type's own value is the default. */
  private Map<String, ObjectType> subtypesByValue(EmitContext ctx) {
    Map<String, ObjectType> result = new LinkedHashMap<>();
    if (shape.discriminator().isEmpty()) {
      return result;
    }
    Set<String> seen = new HashSet<>();
    shape.type.discriminatorValue().ifPresent(seen::add);
    for (ObjectType sub : ctx.descendants(shape.type)) {
      if (sub.discriminatorValue().isPresent() && seen.add(sub.discriminatorValue().get())) {
        result.put(sub.discriminatorValue().get(), sub);
      }
    }
    return result;
  }

  /**
   * A subclass and its generated parent both flattening into the same nested object would each
   * read and write that object alone, losing the other's half: refuse rather than emit that.
   */
  private void rejectPrefixSharedWithAncestor() {
    for (ModelShape ancestor : shape.ancestors()) {
      WireTree theirs = WireTree.of(ancestor.type.name(), ancestor.properties);
      for (Map.Entry<String, Object> e : tree.entries.entrySet()) {
        if (e.getValue() instanceof WireTree && theirs.entries.containsKey(e.getKey())) {
          throw new IllegalArgumentException("Model " + shape.type.name() + " flattens properties into '"
              + e.getKey() + "', which its base " + ancestor.type.name() + " also uses: not supported");
        }
      }
    }
  }

  private static String uniqueReaderName(List<String> path, Set<String> taken) {
    StringBuilder name = new StringBuilder("readNested");
    for (String segment : path) {
      for (String word : segment.split("[^A-Za-z0-9]+")) {
        name.append(ModelShape.capitalize(word));
      }
    }
    String candidate = name.toString();
    for (int i = 2; !taken.add(candidate); i++) {
      candidate = name.toString() + i;
    }
    return candidate;
  }
}

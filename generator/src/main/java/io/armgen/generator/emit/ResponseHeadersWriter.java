package io.armgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.armgen.generator.model.Operation;
import io.armgen.generator.model.OperationGroup;
import io.armgen.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The typed view of the headers an operation declares on its success responses,
 * {@code <Group><Operation>Headers} in the models package: one final field and accessor per header
 * (null when the response lacks it), read when the response arrives. A
 * {@code ...WithResponse} method returns it inside {@code ArmResponseWithHeaders}.
 */
final class ResponseHeadersWriter {
  private static final ClassName RESPONSE_HEADERS = ClassName.get("io.armgen.runtime.arm", "ResponseHeaders");
  private static final Set<String> OBJECT_METHODS = Set.of("toString", "hashCode", "equals", "getClass", "notify",
      "notifyAll", "wait", "clone", "finalize");

  private final EmitContext context;

  ResponseHeadersWriter(EmitContext context) {
    this.context = context;
  }

  /** The declared headers of the operation's success (2xx and 3xx) responses, by lower-cased name. */
  static List<Operation.Header> declared(Operation operation) {
    Map<String, Operation.Header> byName = new LinkedHashMap<>();
    for (Operation.Response response : operation.responses()) {
      if (response.status() >= 200 && response.status() < 400) {
        response.headers().forEach(h -> byName.putIfAbsent(h.name().toLowerCase(Locale.ROOT), h));
      }
    }
    return new ArrayList<>(byName.values());
  }

  /** The class name for {@code operation}'s headers. */
  ClassName className(OperationGroup group, Operation operation) {
    String op = operation.javaName();
    return context.names().model(group.name() + Character.toUpperCase(op.charAt(0)) + op.substring(1) + "Headers");
  }

  /** The headers class of {@code operation}, or empty when it declares none. */
  Optional<JavaFile> write(OperationGroup group, Operation operation) {
    List<Operation.Header> headers = declared(operation);
    if (headers.isEmpty()) {
      return Optional.empty();
    }
    ClassName name = className(group, operation);
    TypeName map = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
        ParameterizedTypeName.get(ClassName.get(List.class), ClassName.get(String.class)));
    TypeSpec.Builder type = TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("The headers {@code $L} declares on its responses.\n", DocText.javadoc(operation.operationId()));
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Reads the declared headers from a response's headers.\n\n"
            + "@param headers the response's headers, names lower-cased\n"
            + "@throws IllegalArgumentException when a header's value does not have its declared type\n")
        .addParameter(map, "headers");
    HeaderValueCode values = new HeaderValueCode(context);
    for (Operation.Header header : headers) {
      String field = OBJECT_METHODS.contains(header.javaName()) ? header.javaName() + "Header" : header.javaName();
      TypeName javaType = context.names().of(header.type());
      type.addField(FieldSpec.builder(javaType, field, Modifier.PRIVATE, Modifier.FINAL).build());
      if (header.collectionPrefix() != null) {
        constructor.addStatement("this.$L = $T.withPrefix(headers, $L)", field, RESPONSE_HEADERS, DocText.literal(header.collectionPrefix()));
      } else {
        String text = field + "Text";
        constructor.addStatement("String $L = $T.first(headers, $L)", text, RESPONSE_HEADERS, DocText.literal(header.name()));
        // an empty value of a typed header says nothing (a string keeps it)
        boolean plain = header.type() instanceof TypeRef.Primitive p && p.kind() == TypeRef.PrimitiveKind.STRING;
        if (plain) {
          constructor.addStatement("this.$L = $L", field, text);
        } else {
          constructor.addStatement("this.$L = $L == null || $L.isEmpty() ? null : $L", field, text, text,
              values.read(header.type(), CodeBlock.of("$L", text)));
        }
      }
      String doc = DocText.javadoc(header.description());
      type.addMethod(MethodSpec.methodBuilder(field)
          .addModifiers(Modifier.PUBLIC)
          .returns(javaType)
          .addJavadoc("$L\n\n@return the {@code $L} header$L, or null when the response has none\n",
              doc.isEmpty() ? "The {@code " + DocText.javadoc(header.name()) + "} header." : doc,
              DocText.javadoc(header.name()), header.collectionPrefix() != null ? "s, by the rest of their names" : "")
          .addStatement("return $L", field)
          .build());
    }
    type.addMethod(constructor.build());
    return Optional.of(JavaFile.builder(name.packageName(), type.build()).skipJavaLangImports(true).build());
  }
}

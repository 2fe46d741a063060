package io.armgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.armgen.generator.model.Operation;
import io.armgen.generator.model.OperationGroup;
import io.armgen.generator.model.Parameter;
import io.armgen.generator.model.Service;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * {@code x-ms-parameter-grouping}: the parameters of one group travel to the operation in one
 * object, a class of the models package with a field, an accessor and a {@code with} setter per
 * parameter. Several operations may share a group; the class has the union of their parameters.
 */
final class ParameterGroupWriter {
  private final EmitContext context;

  ParameterGroupWriter(EmitContext context) {
    this.context = context;
  }

  /** Every group of the service by class name, each with its parameters by wire name, in spec order. */
  static Map<String, Map<String, Parameter>> groups(Service service) {
    Map<String, Map<String, Parameter>> groups = new LinkedHashMap<>();
    for (OperationGroup group : service.groups()) {
      for (Operation operation : group.operations()) {
        for (Parameter p : operation.parameters()) {
          // a constant is sent by the client; the caller has nothing to set
          if (p.details().group() != null && p.constantValue() == null) {
            groups.computeIfAbsent(p.details().group(), k -> new LinkedHashMap<>()).putIfAbsent(p.wireName(), p);
          }
        }
      }
    }
    return groups;
  }

  /** The class of group {@code name} holding {@code parameters}. */
  JavaFile write(String name, Map<String, Parameter> parameters) {
    ClassName type = context.names().model(name);
    TypeSpec.Builder cls = TypeSpec.classBuilder(type)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("Parameters sent together to the operations that take a {@code $L}.\n", name)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
            .addJavadoc("An empty group; set its parameters with the {@code with} methods.\n").build());
    List<Parameter> ordered = new ArrayList<>(parameters.values());
    for (Parameter p : ordered) {
      TypeName javaType = context.names().of(p.type());
      String doc = DocText.javadoc(p.description());
      String about = doc.isEmpty() ? "The {@code " + DocText.javadoc(p.wireName()) + "} parameter." : doc;
      cls.addField(FieldSpec.builder(javaType, p.javaName(), Modifier.PRIVATE).build());
      cls.addMethod(MethodSpec.methodBuilder(p.javaName())
          .addModifiers(Modifier.PUBLIC)
          .returns(javaType)
          .addJavadoc("$L\n\n@return the value, or null when not set\n", about)
          .addStatement("return $L", p.javaName())
          .build());
      cls.addMethod(MethodSpec.methodBuilder("with" + Character.toUpperCase(p.javaName().charAt(0)) + p.javaName().substring(1))
          .addModifiers(Modifier.PUBLIC)
          .returns(type)
          .addParameter(javaType, p.javaName())
          .addJavadoc("$L\n\n@param $L the value$L\n@return this group\n", about, p.javaName(),
              p.required() ? " (required)" : "; null to leave it out")
          .addStatement("this.$L = $L", p.javaName(), p.javaName())
          .addStatement("return this")
          .build());
    }
    return JavaFile.builder(type.packageName(), cls.build()).skipJavaLangImports(true).build();
  }
}

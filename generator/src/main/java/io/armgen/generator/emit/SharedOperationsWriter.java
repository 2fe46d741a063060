package io.armgen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.armgen.generator.model.SharedShape;
import io.armgen.generator.model.TypeRef;
import java.util.Collection;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Emits the common interface of a shared operation group, e.g.
 * {@code CommonPrivateEndpointConnectionOperations}: methods on ARM resource ids that every joined
 * service's client implements ({@link SharedOperationsAdapter}), so one piece of code can manage
 * the resource across services.
 */
final class SharedOperationsWriter {
  static final ClassName PAGED_ITERABLE = ClassName.get("io.armgen.runtime.arm", "PagedIterable");
  static final ClassName ASYNC_PAGED_ITERABLE = ClassName.get("io.armgen.runtime.arm", "AsyncPagedIterable");

  private SharedOperationsWriter() {}

  static JavaFile write(SharedShape shape) {
    ClassName self = SharedTypeNames.of(shape);
    ClassName model = ClassName.get(shape.javaPackage(), ((TypeRef.Named) shape.members().get(0).type()).name());
    String modelName = shape.matchedBy();
    TypeSpec.Builder type = TypeSpec.interfaceBuilder(self)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("$L\n\n", shape.description())
        .addJavadoc("<p>Implemented by the {@code $L} client of $L. Ids are matched ignoring the case of\n",
            shape.joined().get(0).typeName() + "Client",
            String.join(", ", shape.joined().stream().map(SharedShape.Variant::service).toList()))
        .addJavadoc("their constant segments; an id of another kind or subscription than the client's is\n")
        .addJavadoc("rejected with {@code IllegalArgumentException}. Failed calls throw {@code ManagementException}.\n");
    type.addMethod(abstractMethod("serviceName", ClassName.get(String.class))
        .addJavadoc("The service this client talks to, e.g. {@code $L}.\n\n@return the service name\n",
            shape.joined().get(0).service())
        .build());
    type.addMethod(abstractMethod("handlesParent", TypeName.BOOLEAN)
        .addJavadoc("Whether {@code parentResourceId} is a resource of this client's kind and subscription,\n")
        .addJavadoc("whose $L this client can list.\n\n", modelName)
        .addJavadoc("@param parentResourceId an ARM resource id\n@return true when this client serves it\n")
        .addParameter(String.class, "parentResourceId")
        .build());
    for (SharedShape.Member m : shape.members()) {
      type.addMethod(method(m, model));
      if (m.javaName().equals("list")) {
        type.addMethod(listAsync(m, model));
      }
    }
    TypeName clients = ParameterizedTypeName.get(ClassName.get(Collection.class), WildcardTypeName.subtypeOf(self));
    type.addMethod(MethodSpec.methodBuilder("forParent")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addJavadoc("The first of {@code clients} that serves {@code parentResourceId}.\n\n")
        .addJavadoc("@param clients clients of any of the services\n@param parentResourceId an ARM resource id\n")
        .addJavadoc("@return the client, or empty when none serves the id\n")
        .addParameter(clients, "clients")
        .addParameter(String.class, "parentResourceId")
        .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), self))
        .beginControlFlow("for ($T client : clients)", self)
        .beginControlFlow("if (client.handlesParent(parentResourceId))")
        .addStatement("return $T.of(client)", Optional.class)
        .endControlFlow()
        .endControlFlow()
        .addStatement("return $T.empty()", Optional.class)
        .build());
    return JavaFile.builder(shape.javaPackage(), type.build()).skipJavaLangImports(true).build();
  }

  private static MethodSpec method(SharedShape.Member m, ClassName model) {
    MethodSpec.Builder b = abstractMethod(m.javaName(), model).addJavadoc("$L\n\n", m.description());
    switch (m.javaName()) {
      case "list":
        return b.addJavadoc("<p>Lazy, like the service's own list: a page is requested only when iteration reaches\n")
            .addJavadoc("it, and each iteration starts from the first page again.\n\n")
            .addJavadoc("@param parentResourceId the id of the resource the items belong to\n")
            .addJavadoc("@return the items, read page by page as they are iterated\n")
            .addParameter(String.class, "parentResourceId")
            .returns(ParameterizedTypeName.get(PAGED_ITERABLE, model))
            .build();
      case "approve":
      case "reject":
        return b.addJavadoc("@param id the item's ARM id\n@param description why, for the other side to read\n")
            .addJavadoc("@return the item as the service returns it after the update\n")
            .addParameter(String.class, "id")
            .addParameter(String.class, "description")
            .build();
      case "delete":
        return b.addJavadoc("@param id the item's ARM id\n")
            .addParameter(String.class, "id")
            .returns(TypeName.VOID)
            .build();
      default:
        return b.addJavadoc("@param id the item's ARM id\n@return the item, or null when the service answers without one\n")
            .addParameter(String.class, "id")
            .build();
    }
  }

  /** The list's non-blocking form: the pages as they arrive, holding no thread between them. */
  private static MethodSpec listAsync(SharedShape.Member list, ClassName model) {
    return abstractMethod("listAsync", ParameterizedTypeName.get(ASYNC_PAGED_ITERABLE, model))
        .addJavadoc("$L\n\n", list.description())
        .addJavadoc("<p>Without blocking: each page is one request, sent when the previous page has been handled\n")
        .addJavadoc("and holding no thread while it waits; nothing is sent before a walk starts.\n\n")
        .addJavadoc("@param parentResourceId the id of the resource the items belong to\n")
        .addJavadoc("@return the items' pages, fetched as they are walked\n")
        .addParameter(String.class, "parentResourceId")
        .build();
  }

  private static MethodSpec.Builder abstractMethod(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT).returns(returns);
  }
}

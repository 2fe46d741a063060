package io.armgen.generator.model;

import java.util.List;

/**
 * One Swagger document's worth of API, normalised.
 *
 * @param name short service name, e.g. {@code ContainerRegistry}
 * @param namespace the ARM provider namespace, e.g. {@code Microsoft.ContainerRegistry}
 * @param javaPackage base package for the generated code
 * @param sourceFile the entry document, as given to the generator
 */
public record Service(
    String name,
    String namespace,
    String apiVersion,
    String title,
    String description,
    String javaPackage,
    String sourceFile,
    List<ObjectType> objects,
    List<EnumType> enums,
    List<OperationGroup> groups,
    List<ResourceType> resources) {

  public Service {
    objects = List.copyOf(objects);
    enums = List.copyOf(enums);
    groups = List.copyOf(groups);
    resources = List.copyOf(resources);
  }
}

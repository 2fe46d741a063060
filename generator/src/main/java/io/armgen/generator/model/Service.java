package io.armgen.generator.model;

import java.util.List;
import java.util.Map;

/**
 * One Swagger document's worth of API, normalised.
 *
 * @param name short service name, e.g. {@code ContainerRegistry}
 * @param namespace the ARM provider namespace, e.g. {@code Microsoft.ContainerRegistry}
 * @param apiVersion the spec's {@code info.version}
 * @param title the spec's {@code info.title}
 * @param description the spec's {@code info.description}, or null
 * @param javaPackage base package for the generated code
 * @param sourceFile the entry document, as given to the generator
 * @param objects the model classes, sorted by Java name
 * @param enums the enums, sorted by Java name
 * @param groups the operation groups, in the order of their first operation
 * @param resources the ARM resource types recognised from the paths
 * @param dependencies what each resource type depends on: its parents and the resources its
 *     properties refer to, in resource order
 * @param host {@code x-ms-parameterized-host}, or null when requests go to the client's endpoint
 * @param tokenScope the OAuth2 scope the spec's {@code security} names, or null for ARM's
 * @param xml how the models that travel as XML are written, by Java name (empty when none does)
 * @param origin the entry document's {@code info} object, which names the service, for
 *     diagnostics; null when unknown
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
    List<ResourceType> resources,
    List<Dependency> dependencies,
    ParameterizedHost host,
    String tokenScope,
    Map<String, XmlObject> xml,
    SourceLocation origin) {

  /**
   * Copies the lists and the map.
   *
   * @param name short service name, e.g. {@code ContainerRegistry}
   * @param namespace the ARM provider namespace, e.g. {@code Microsoft.ContainerRegistry}
   * @param apiVersion the spec's {@code info.version}
   * @param title the spec's {@code info.title}
   * @param description the spec's {@code info.description}, or null
   * @param javaPackage base package for the generated code
   * @param sourceFile the entry document, as given to the generator
   * @param objects the model classes
   * @param enums the enums
   * @param groups the operation groups
   * @param resources the ARM resource types recognised from the paths
   * @param dependencies what each resource type depends on, in resource order
   * @param host {@code x-ms-parameterized-host}, or null
   * @param tokenScope the OAuth2 scope the spec names, or null for ARM's
   * @param xml how the models that travel as XML are written, by Java name
   * @param origin the entry document's {@code info} object, for diagnostics; null when unknown
   */
  public Service {
    objects = List.copyOf(objects);
    enums = List.copyOf(enums);
    groups = List.copyOf(groups);
    resources = List.copyOf(resources);
    dependencies = List.copyOf(dependencies);
    xml = Map.copyOf(xml);
  }

  /**
   * A service whose origin is not known.
   *
   * @param name short service name, e.g. {@code ContainerRegistry}
   * @param namespace the ARM provider namespace, e.g. {@code Microsoft.ContainerRegistry}
   * @param apiVersion the spec's {@code info.version}
   * @param title the spec's {@code info.title}
   * @param description the spec's {@code info.description}, or null
   * @param javaPackage base package for the generated code
   * @param sourceFile the entry document, as given to the generator
   * @param objects the model classes
   * @param enums the enums
   * @param groups the operation groups
   * @param resources the ARM resource types recognised from the paths
   * @param dependencies what each resource type depends on, in resource order
   * @param host {@code x-ms-parameterized-host}, or null
   * @param tokenScope the OAuth2 scope the spec names, or null for ARM's
   * @param xml how the models that travel as XML are written, by Java name
   */
  public Service(String name, String namespace, String apiVersion, String title, String description,
      String javaPackage, String sourceFile, List<ObjectType> objects, List<EnumType> enums,
      List<OperationGroup> groups, List<ResourceType> resources, List<Dependency> dependencies,
      ParameterizedHost host, String tokenScope, Map<String, XmlObject> xml) {
    this(name, namespace, apiVersion, title, description, javaPackage, sourceFile, objects, enums, groups,
        resources, dependencies, host, tokenScope, xml, null);
  }

  /**
   * A service without XML models.
   *
   * @param name short service name, e.g. {@code ContainerRegistry}
   * @param namespace the ARM provider namespace, e.g. {@code Microsoft.ContainerRegistry}
   * @param apiVersion the spec's {@code info.version}
   * @param title the spec's {@code info.title}
   * @param description the spec's {@code info.description}, or null
   * @param javaPackage base package for the generated code
   * @param sourceFile the entry document, as given to the generator
   * @param objects the model classes
   * @param enums the enums
   * @param groups the operation groups
   * @param resources the ARM resource types recognised from the paths
   * @param dependencies what each resource type depends on, in resource order
   * @param host {@code x-ms-parameterized-host}, or null
   * @param tokenScope the OAuth2 scope the spec names, or null for ARM's
   */
  public Service(String name, String namespace, String apiVersion, String title, String description,
      String javaPackage, String sourceFile, List<ObjectType> objects, List<EnumType> enums,
      List<OperationGroup> groups, List<ResourceType> resources, List<Dependency> dependencies,
      ParameterizedHost host, String tokenScope) {
    this(name, namespace, apiVersion, title, description, javaPackage, sourceFile, objects, enums, groups,
        resources, dependencies, host, tokenScope, Map.of());
  }

  /**
   * A service on the client's endpoint (no {@code x-ms-parameterized-host}) with ARM's token scope.
   *
   * @param name short service name, e.g. {@code ContainerRegistry}
   * @param namespace the ARM provider namespace, e.g. {@code Microsoft.ContainerRegistry}
   * @param apiVersion the spec's {@code info.version}
   * @param title the spec's {@code info.title}
   * @param description the spec's {@code info.description}, or null
   * @param javaPackage base package for the generated code
   * @param sourceFile the entry document, as given to the generator
   * @param objects the model classes
   * @param enums the enums
   * @param groups the operation groups
   * @param resources the ARM resource types recognised from the paths
   * @param dependencies what each resource type depends on, in resource order
   */
  public Service(String name, String namespace, String apiVersion, String title, String description,
      String javaPackage, String sourceFile, List<ObjectType> objects, List<EnumType> enums,
      List<OperationGroup> groups, List<ResourceType> resources, List<Dependency> dependencies) {
    this(name, namespace, apiVersion, title, description, javaPackage, sourceFile, objects, enums, groups,
        resources, dependencies, null, null);
  }

  /**
   * A service without dependency information (the signature before dependencies were modelled).
   *
   * @param name short service name, e.g. {@code ContainerRegistry}
   * @param namespace the ARM provider namespace, e.g. {@code Microsoft.ContainerRegistry}
   * @param apiVersion the spec's {@code info.version}
   * @param title the spec's {@code info.title}
   * @param description the spec's {@code info.description}, or null
   * @param javaPackage base package for the generated code
   * @param sourceFile the entry document, as given to the generator
   * @param objects the model classes
   * @param enums the enums
   * @param groups the operation groups
   * @param resources the ARM resource types recognised from the paths
   */
  public Service(String name, String namespace, String apiVersion, String title, String description,
      String javaPackage, String sourceFile, List<ObjectType> objects, List<EnumType> enums,
      List<OperationGroup> groups, List<ResourceType> resources) {
    this(name, namespace, apiVersion, title, description, javaPackage, sourceFile, objects, enums, groups,
        resources, List.of());
  }

  /**
   * The dependencies of one resource type.
   *
   * @param resource the resource type's {@link ResourceType#name()}
   * @return its dependencies, in order; empty when it has none or is not a resource of this service
   */
  public List<Dependency> dependenciesOf(String resource) {
    return dependencies.stream().filter(d -> d.resource().equals(resource)).toList();
  }
}

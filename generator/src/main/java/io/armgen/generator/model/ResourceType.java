package io.armgen.generator.model;

import java.util.List;

/**
 * An ARM resource type recognised from the paths of the instance operations.
 *
 * @param name Java-ish name of the resource ({@code PrivateEndpointConnection})
 * @param type the ARM type ({@code Microsoft.ContainerRegistry/registries/privateEndpointConnections})
 * @param idTemplate {@code /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/...}
 * @param segments the id's name segments in order, each with the constant key segment before it
 *     ({@code subscriptions} -> {@code subscriptionId}, ...)
 * @param modelType the object type of the resource's GET response; null when not known
 * @param origin the operation the id template is the path of, for diagnostics; null when unknown
 */
public record ResourceType(
    String name,
    String type,
    String idTemplate,
    List<Segment> segments,
    String modelType,
    SourceLocation origin) {

  /**
   * Copies the segments.
   *
   * @param name Java-ish name of the resource ({@code PrivateEndpointConnection})
   * @param type the ARM type ({@code Microsoft.ContainerRegistry/registries/privateEndpointConnections})
   * @param idTemplate the id template, {@code /subscriptions/{subscriptionId}/...}
   * @param segments the id's name segments in order
   * @param modelType the object type of the resource's GET response, or null when not known
   * @param origin the operation the id template is the path of; null when unknown
   */
  public ResourceType {
    segments = List.copyOf(segments);
  }

  /**
   * One {@code key/{variable}} pair of the id template.
   *
   * @param key the constant segment ({@code registries})
   * @param variable the template variable after it ({@code registryName})
   * @param javaName the variable as a Java identifier, mangled
   */
  public record Segment(String key, String variable, String javaName) {}
}

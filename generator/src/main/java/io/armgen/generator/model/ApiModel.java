package io.armgen.generator.model;

import java.util.List;

/**
 * Everything one generator run produces code for: one or more services, and the concepts they
 * share (empty when shared shapes are off or nothing is shared).
 *
 * @param services the services, one per entry document, in the order the entries were given
 * @param sharedShapes the concepts the services share; empty when shared shapes are off or nothing is shared
 */
public record ApiModel(List<Service> services, List<SharedShape> sharedShapes) {
  /**
   * Copies the lists.
   *
   * @param services the services, one per entry document, in the order the entries were given
   * @param sharedShapes the concepts the services share; empty when shared shapes are off or nothing is
   *     shared
   */
  public ApiModel {
    services = List.copyOf(services);
    sharedShapes = List.copyOf(sharedShapes);
  }

  /**
   * A model without shared shapes.
   *
   * @param services the services
   */
  public ApiModel(List<Service> services) {
    this(services, List.of());
  }
}

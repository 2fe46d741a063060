package io.armgen.generator.model;

import java.util.List;

/**
 * Everything one generator run produces code for: one or more services, and the concepts they
 * share (empty when shared shapes are off or nothing is shared).
 */
public record ApiModel(List<Service> services, List<SharedShape> sharedShapes) {
  public ApiModel {
    services = List.copyOf(services);
    sharedShapes = List.copyOf(sharedShapes);
  }

  /** A model without shared shapes. */
  public ApiModel(List<Service> services) {
    this(services, List.of());
  }
}

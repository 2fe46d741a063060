package io.armgen.generator.model;

import java.util.List;

/** Everything one generator run produces code for: one or more services. */
public record ApiModel(List<Service> services) {
  public ApiModel {
    services = List.copyOf(services);
  }
}

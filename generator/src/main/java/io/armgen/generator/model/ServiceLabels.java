package io.armgen.generator.model;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How shared shapes name the services of one run: by {@link Service#name()}, which is what users
 * read in reports and in the common package's Javadoc, unless the run holds several api-versions of
 * that service; then each gets its package's version segment too ({@code ContainerRegistry v2021_09_01}),
 * so that two versions are never taken for one.
 */
public final class ServiceLabels {
  private final Map<Service, String> labels = new IdentityHashMap<>();
  private final Map<String, Service> byLabel = new HashMap<>();

  /**
   * Labels the services of a run.
   *
   * @param run every service of the run
   */
  public ServiceLabels(List<Service> run) {
    Map<String, Integer> versions = new HashMap<>();
    run.forEach(s -> versions.merge(s.name(), 1, Integer::sum));
    for (Service s : run) {
      String pkg = s.javaPackage();
      String label = versions.get(s.name()) == 1 ? s.name() : s.name() + " " + pkg.substring(pkg.lastIndexOf('.') + 1);
      labels.put(s, label);
      byLabel.put(label, s);
    }
  }

  /**
   * The label of one of the run's services.
   *
   * @param service a service of the run (the same instance)
   * @return its name, with its version segment when the run has several versions of it
   * @throws IllegalArgumentException when {@code service} is not one of the run's
   */
  public String of(Service service) {
    String label = labels.get(service);
    if (label == null) {
      throw new IllegalArgumentException(service.name() + " is not a service of this run");
    }
    return label;
  }

  /**
   * The service with a label.
   *
   * @param label a label, as {@link #of} gives it
   * @return the service; empty when no service of the run has that label
   */
  public Optional<Service> service(String label) {
    return Optional.ofNullable(byLabel.get(label));
  }
}

package io.armgen.generator.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The properties that the runtime's ARM base classes provide, which the model leaves out (they
 * are not regenerated per service) but a schema table must still show.
 */
final class RuntimeBaseRows {
  private static final String RESOURCE = "io.armgen.runtime.arm.Resource";
  private static final String PROXY_RESOURCE = "io.armgen.runtime.arm.ProxyResource";
  private static final String TRACKED_RESOURCE = "io.armgen.runtime.arm.TrackedResource";
  private static final Set<String> RESOURCE_ACCESSORS = Set.of("id", "name", "type", "systemData");
  private static final Set<String> TRACKED_ACCESSORS = Set.of("location", "tags");

  private RuntimeBaseRows() {}

  /** True when the base class already has an accessor {@code javaName}. */
  static boolean provides(String baseClass, String javaName) {
    boolean resource = baseClass.equals(RESOURCE) || baseClass.equals(PROXY_RESOURCE) || baseClass.equals(TRACKED_RESOURCE);
    return resource && RESOURCE_ACCESSORS.contains(javaName)
        || baseClass.equals(TRACKED_RESOURCE) && TRACKED_ACCESSORS.contains(javaName);
  }

  static List<SchemaRows.Row> of(String baseClass, String path, String accessor) {
    List<SchemaRows.Row> rows = new ArrayList<>();
    if (!provides(baseClass, "id")) {
      return rows;
    }
    rows.add(row(path, accessor, "id", "String", false, true, "Fully qualified ARM id of the resource."));
    rows.add(row(path, accessor, "name", "String", false, true, "Name of the resource."));
    rows.add(row(path, accessor, "type", "String", false, true, "ARM type of the resource."));
    if (baseClass.equals(TRACKED_RESOURCE)) {
      rows.add(row(path, accessor, "location", "String", true, false, "Azure region of the resource."));
      rows.add(row(path, accessor, "tags", "Map<String, String>", false, false, "Resource tags."));
    }
    rows.add(row(path, accessor, "systemData", "SystemData", false, true,
        "Who created and last changed the resource, and when."));
    return rows;
  }

  private static SchemaRows.Row row(String path, String accessor, String name, String type, boolean required,
      boolean readOnly, String description) {
    return new SchemaRows.Row(path + name, accessor + name + "()", type, required, readOnly, List.of(), description);
  }
}

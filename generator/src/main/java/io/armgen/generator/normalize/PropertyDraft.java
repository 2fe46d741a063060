package io.armgen.generator.normalize;

import io.armgen.generator.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/** A property while the passes run; mutable so that passes can lift and rename it. */
final class PropertyDraft {
  List<String> wirePath;
  /** {@code x-ms-client-name}, else the wire name: the base of the Java name. */
  String baseName;
  /** Base names of the properties this one was flattened out of, outermost first. */
  List<String> flattenedFrom = new ArrayList<>();
  DraftType type;
  boolean required;
  boolean readOnly;
  boolean secret;
  boolean flatten;
  String description;
  SourceLocation origin;
  String javaName;
  /** The constant value as JSON text, set by {@link PropertyValuePass}; null when not a constant. */
  String constant;
  /** {@code x-ms-client-default} as JSON text; null when absent. */
  String clientDefault;

  PropertyDraft(String wireName, String baseName, DraftType type, SourceLocation origin) {
    this.wirePath = List.of(wireName);
    this.baseName = baseName;
    this.type = type;
    this.origin = origin;
  }

  String wireName() {
    return wirePath.get(wirePath.size() - 1);
  }

  /** A copy that lives inside {@code outer}: wire path and flatten chain prefixed. */
  PropertyDraft liftedOutOf(PropertyDraft outer) {
    PropertyDraft copy = new PropertyDraft(wireName(), baseName, type, origin);
    List<String> path = new ArrayList<>(outer.wirePath);
    path.addAll(wirePath);
    copy.wirePath = List.copyOf(path);
    copy.flattenedFrom = new ArrayList<>(outer.flattenedFrom);
    copy.flattenedFrom.add(outer.baseName);
    copy.flattenedFrom.addAll(flattenedFrom);
    copy.required = outer.required && required;
    copy.readOnly = outer.readOnly || readOnly;
    copy.secret = secret;
    copy.flatten = false;
    copy.description = description;
    copy.clientDefault = clientDefault;
    return copy;
  }

  PropertyDraft copy() {
    PropertyDraft copy = new PropertyDraft(wireName(), baseName, type, origin);
    copy.wirePath = wirePath;
    copy.flattenedFrom = new ArrayList<>(flattenedFrom);
    copy.required = required;
    copy.readOnly = readOnly;
    copy.secret = secret;
    copy.flatten = flatten;
    copy.description = description;
    copy.constant = constant;
    copy.clientDefault = clientDefault;
    return copy;
  }
}

package io.armgen.generator.model;

import java.util.Map;
import java.util.Optional;

/**
 * How one model travels as XML: its element name when it is the root, and where each property
 * goes.
 *
 * @param root the element name as a document root (its {@code xml.name}, else the definition name)
 * @param properties by the property's wire name
 */
public record XmlObject(XmlName root, Map<String, XmlProperty> properties) {
  /**
   * Copies the properties.
   *
   * @param root the element name as a document root (its {@code xml.name}, else the definition name)
   * @param properties by the property's wire name
   */
  public XmlObject {
    properties = Map.copyOf(properties);
  }

  /** Where a property's value goes. */
  public enum Placement {
    /** An attribute of the model's element. */
    ATTRIBUTE,
    /** A child element. */
    ELEMENT,
    /** A list: a wrapper element holding one element per item. */
    WRAPPED_LIST,
    /** A list: one child element per item, side by side with the others. */
    UNWRAPPED_LIST,
    /** The model element's own text ({@code x-ms-text}). */
    TEXT,
    /** A dictionary: a child element holding one element per entry, named by the key. */
    MAP
  }

  /**
   * Where one property's value goes.
   *
   * @param placement attribute, element, list, text or map
   * @param name the attribute or element name (the wrapper, for a wrapped list)
   * @param item the item element name of a list; empty otherwise
   */
  public record XmlProperty(Placement placement, XmlName name, Optional<XmlName> item) {}
}

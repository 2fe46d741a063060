package io.armgen.runtime.xml;

import java.util.Objects;

/**
 * The name of an XML element or attribute: a local name, optionally in a namespace written with a
 * prefix (Swagger's {@code xml.name}, {@code xml.namespace} and {@code xml.prefix}).
 *
 * @param local the local name, e.g. {@code slideshow}
 * @param namespace the namespace URI, or null for none
 * @param prefix the prefix to write the namespace with, or null for the default namespace
 */
public record XmlName(String local, String namespace, String prefix) {
  /**
   * Checks the local name.
   *
   * @param local the local name
   * @param namespace the namespace URI, or null for none
   * @param prefix the prefix, or null for the default namespace
   * @throws NullPointerException if {@code local} is null
   * @throws IllegalArgumentException if {@code local} is empty
   */
  public XmlName {
    Objects.requireNonNull(local, "local");
    if (local.isEmpty()) {
      throw new IllegalArgumentException("an XML name cannot be empty");
    }
  }

  /**
   * A name in no namespace.
   *
   * @param local the local name
   * @return the name
   * @throws IllegalArgumentException if {@code local} is empty
   */
  public static XmlName of(String local) {
    return new XmlName(local, null, null);
  }

  /**
   * A name in a namespace.
   *
   * @param local the local name
   * @param namespace the namespace URI, or null for none
   * @param prefix the prefix to write it with, or null for the default namespace
   * @return the name
   * @throws IllegalArgumentException if {@code local} is empty
   */
  public static XmlName of(String local, String namespace, String prefix) {
    return new XmlName(local, namespace, prefix);
  }

  /** The name as written: {@code prefix:local}, or {@code local} without a prefix. */
  @Override
  public String toString() {
    return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
  }
}

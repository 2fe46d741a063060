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
  public XmlName {
    Objects.requireNonNull(local, "local");
    if (local.isEmpty()) {
      throw new IllegalArgumentException("an XML name cannot be empty");
    }
  }

  /** A name in no namespace. */
  public static XmlName of(String local) {
    return new XmlName(local, null, null);
  }

  /** A name in {@code namespace}, written with {@code prefix} (null: the default namespace). */
  public static XmlName of(String local, String namespace, String prefix) {
    return new XmlName(local, namespace, prefix);
  }

  @Override
  public String toString() {
    return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
  }
}

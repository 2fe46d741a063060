package io.armgen.generator.model;

/**
 * The name of an XML element or attribute, from a Swagger {@code xml} object (or the default the
 * schema's position gives).
 *
 * @param local the local name
 * @param namespace the namespace URI, or null
 * @param prefix the prefix for the namespace, or null
 */
public record XmlName(String local, String namespace, String prefix) {
  /**
   * A name in no namespace.
   *
   * @param local the local name
   * @return the name
   */
  public static XmlName of(String local) {
    return new XmlName(local, null, null);
  }
}

package io.armgen.generator.emit;

import io.armgen.generator.model.EnumType;

/** Javadoc text of generated enums, escaped through {@link DocText}. */
final class EnumDocs {
  private EnumDocs() {}

  static String typeDoc(EnumType type) {
    String doc = DocText.javadoc(type.description());
    return doc.isEmpty() ? "Values of " + type.name() + "." : doc;
  }

  static String valueDoc(EnumType.EnumValue value) {
    String doc = DocText.javadoc(value.description());
    return doc.isEmpty() ? "The value " + DocText.javadoc(value.value()) + "." : doc;
  }
}

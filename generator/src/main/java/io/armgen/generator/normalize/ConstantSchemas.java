package io.armgen.generator.normalize;

import java.util.Optional;

/**
 * Swagger's constants, by AutoRest's rule: an enum with a single value that is not
 * {@code modelAsString} admits exactly one value. A required body of that schema is sent by the
 * client itself, a response of it is read as its plain type (the enum would add nothing), and a
 * required model property of it is filled in ({@link PropertyValuePass}).
 */
final class ConstantSchemas {
  /** The value type and the one value ({@code asText} of the enum's entry). */
  record Constant(DraftType type, String value) {}

  private ConstantSchemas() {}

  static Optional<Constant> of(SchemaTable table, DraftType type) {
    return table.enumOf(type)
        .filter(e -> !e.expandable && e.values.size() == 1)
        .map(e -> new Constant(DraftType.prim(e.valueType), e.values.get(0).value()));
  }
}

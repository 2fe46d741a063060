package io.armgen.generator.emit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.palantir.javapoet.CodeBlock;
import io.armgen.generator.model.Property;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The initializer of a model field whose property has a value before the user sets one: a constant
 * or an {@code x-ms-client-default} ({@code private ColorConstant colorConstant =
 * ColorConstant.GREEN_COLOR;}), written as the same expression a sample would use.
 */
final class PropertyInitialValues {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SampleValueCode values;

  PropertyInitialValues(EmitContext ctx) {
    this.values = new SampleValueCode(ctx);
  }

  Optional<CodeBlock> of(Property p) {
    String json = p.isConstant() ? p.constant() : p.clientDefault();
    if (json == null) {
      return Optional.empty();
    }
    try {
      JsonNode value = JSON.readTree(json);
      return Optional.of(values.of(p.type(), value));
    } catch (IOException e) {
      // the normaliser wrote this text from a parsed value
      throw new UncheckedIOException(e);
    }
  }
}

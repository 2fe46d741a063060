package io.armgen.generator.emit;

import com.palantir.javapoet.FieldSpec;
import io.armgen.generator.model.Operation;
import io.armgen.generator.model.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * The compiled {@code pattern}s of an operation's parameters, one {@code private static final}
 * field each, so a check before sending does not compile its pattern per call.
 */
final class PatternConstants {
  private PatternConstants() {}

  /** The fields for {@code operation}'s checked patterns, in parameter order. */
  static List<FieldSpec> of(Operation operation) {
    List<FieldSpec> fields = new ArrayList<>();
    for (Parameter p : operation.parameters()) {
      if (RequestCode.needsPattern(p)) {
        fields.add(FieldSpec.builder(Pattern.class, RequestCode.patternName(operation.javaName(), p),
                Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.compile($L)", Pattern.class, DocText.literal(p.details().constraints().pattern()))
            .build());
      }
    }
    return fields;
  }
}

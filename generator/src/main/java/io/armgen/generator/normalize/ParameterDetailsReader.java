package io.armgen.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import io.armgen.generator.load.ResolvedRef;
import io.armgen.generator.model.Parameter;
import io.armgen.generator.model.Parameter.CollectionFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads what a parameter says besides its name, place and type: {@code collectionFormat}, the
 * value constraints, {@code x-ms-client-default}, {@code x-ms-parameter-grouping},
 * {@code x-ms-header-collection-prefix} and {@code x-ms-client-request-id}. Reports what it
 * cannot honour: a {@code collectionFormat} that is unknown or {@code multi} outside the query,
 * and a {@code pattern} Java cannot compile (then it is not checked).
 */
final class ParameterDetailsReader {
  private final Reporter reporter;

  ParameterDetailsReader(Reporter reporter) {
    this.reporter = reporter;
  }

  /**
   * The details of the parameter at {@code site}.
   *
   * @param operationId names the default group of {@code x-ms-parameter-grouping}
   * @return null when the parameter cannot be sent as declared (reported)
   */
  Parameter.Details read(ResolvedRef site, Parameter.Location in, String operationId) {
    JsonNode node = site.node();
    // a body's and a form's types are the media reader's to judge (OperationMediaReader)
    boolean ownContent = in == Parameter.Location.BODY || in == Parameter.Location.FORM;
    if (!ownContent && !sendableType(site, in)) {
      return null;
    }
    CollectionFormat format = collectionFormat(site, in);
    if (format == null) {
      return null;
    }
    return new Parameter.Details(format, constraints(site), clientDefault(node), group(node, operationId),
        TypeMapper.textOf(node, "x-ms-header-collection-prefix"),
        node.path("x-ms-client-request-id").asBoolean(false), Reporter.locate(site.document(), site.pointer()));
  }

  /**
   * A path, query or header value is a scalar or an array of scalars (Swagger 2.0 allows nothing
   * else there); a header map needs {@code x-ms-header-collection-prefix}.
   */
  private boolean sendableType(ResolvedRef site, Parameter.Location in) {
    JsonNode node = site.node();
    String type = TypeMapper.textOf(node, "type");
    // a header collection is a map of strings: one header per entry
    boolean headerMap = in == Parameter.Location.HEADER && node.has("x-ms-header-collection-prefix")
        && "string".equals(TypeMapper.textOf(node.path("additionalProperties"), "type"));
    String what = null;
    if (type == null) {
      what = "has no 'type'";
    } else if (type.equals("array")) {
      String items = TypeMapper.textOf(node.path("items"), "type");
      if (items == null || items.equals("array") || items.equals("object") || node.path("items").has("$ref")) {
        what = "is an array of " + (items == null ? "undeclared items" : items + "s");
      }
    } else if (type.equals("object") && !headerMap || type.equals("file")) {
      what = "has type '" + type + "'";
    }
    if (what == null) {
      return true;
    }
    reporter.warning("PARAMETER_UNSUPPORTED", site.document(), site.pointer(), "the " + in.name().toLowerCase(Locale.ROOT)
        + " parameter '" + TypeMapper.textOf(node, "name") + "' " + what
        + ", which cannot travel in one " + in.name().toLowerCase(Locale.ROOT) + " value; the operation is left out");
    return false;
  }

  private CollectionFormat collectionFormat(ResolvedRef site, Parameter.Location in) {
    String value = TypeMapper.textOf(site.node(), "collectionFormat");
    if (value == null || !"array".equals(TypeMapper.textOf(site.node(), "type"))) {
      return CollectionFormat.CSV;
    }
    CollectionFormat format;
    try {
      format = CollectionFormat.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      reporter.warning("PARAMETER_UNSUPPORTED", site.document(), Pointers.child(site.pointer(), "collectionFormat"),
          "collectionFormat '" + value + "' is not one of csv, ssv, tsv, pipes, multi; the operation is left out");
      return null;
    }
    if (format == CollectionFormat.MULTI && in != Parameter.Location.QUERY && in != Parameter.Location.FORM) {
      reporter.warning("PARAMETER_UNSUPPORTED", site.document(), Pointers.child(site.pointer(), "collectionFormat"),
          "collectionFormat 'multi' repeats a query parameter; a " + in.name().toLowerCase(Locale.ROOT)
              + " parameter cannot use it; the operation is left out");
      return null;
    }
    return format;
  }

  private Parameter.Constraints constraints(ResolvedRef site) {
    JsonNode node = site.node();
    String pattern = TypeMapper.textOf(node, "pattern");
    if (pattern != null) {
      try {
        Pattern.compile(pattern);
      } catch (PatternSyntaxException e) {
        reporter.warning("PATTERN_UNSUPPORTED", site.document(), Pointers.child(site.pointer(), "pattern"),
            "pattern is not a Java regular expression (" + e.getDescription() + "); it is not checked before sending");
        pattern = null;
      }
    }
    return new Parameter.Constraints(pattern, intOf(node, "minLength"), intOf(node, "maxLength"),
        numberOf(node, "minimum"), numberOf(node, "maximum"), numberOf(node, "multipleOf"));
  }

  private static int intOf(JsonNode node, String key) {
    JsonNode value = node.get(key);
    return value != null && value.canConvertToInt() ? value.intValue() : -1;
  }

  private static String numberOf(JsonNode node, String key) {
    JsonNode value = node.get(key);
    return value != null && value.isNumber() ? value.decimalValue().toPlainString() : null;
  }

  private static String clientDefault(JsonNode node) {
    JsonNode value = node.get("x-ms-client-default");
    return value != null && value.isValueNode() && !value.isNull() ? value.asText() : null;
  }

  /** The group's Java name: {@code name}, else the operation's name followed by {@code postfix} or {@code Parameters}. */
  private static String group(JsonNode node, String operationId) {
    JsonNode grouping = node.get("x-ms-parameter-grouping");
    if (grouping == null || !grouping.isObject()) {
      return null;
    }
    String name = TypeMapper.textOf(grouping, "name");
    if (name != null && !name.isBlank()) {
      return JavaNames.typeName(name);
    }
    String postfix = TypeMapper.textOf(grouping, "postfix");
    return JavaNames.typeName(JavaNames.pascal(operationId) + (postfix == null ? "Parameters" : JavaNames.pascal(postfix)));
  }
}

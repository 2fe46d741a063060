package io.armgen.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import io.armgen.generator.load.LoadResult;
import io.armgen.generator.load.ResolvedRef;
import io.armgen.generator.load.SpecDocument;
import io.armgen.generator.model.Parameter;
import io.armgen.generator.model.ParameterizedHost;
import io.armgen.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code x-ms-parameterized-host}. A parameter given by {@code $ref} to a top-level
 * {@code parameters} entry belongs to the client (a builder setting) unless it says
 * {@code x-ms-parameter-location: method}; one written inline is a method parameter of every
 * operation unless it says {@code client}. Host variables are strings; any other type, or a
 * variable of the template without a parameter, is an error: the requests' base URL would be wrong.
 */
final class ParameterizedHostReader {
  private static final String POINTER = "/x-ms-parameterized-host";

  private final LoadResult loaded;
  private final Reporter reporter;

  ParameterizedHostReader(LoadResult loaded, Reporter reporter) {
    this.loaded = loaded;
    this.reporter = reporter;
  }

  /** The host of {@code doc}, or empty when it has none (or a broken one, reported). */
  Optional<ParameterizedHost> read(SpecDocument doc) {
    JsonNode host = doc.root().get("x-ms-parameterized-host");
    if (host == null) {
      return Optional.empty();
    }
    String template = TypeMapper.textOf(host, "hostTemplate");
    if (template == null || template.isBlank()) {
      reporter.error("HOST_INVALID", doc, POINTER, "x-ms-parameterized-host needs a 'hostTemplate'");
      return Optional.empty();
    }
    boolean useScheme = host.path("useSchemePrefix").asBoolean(true);
    String scheme = null;
    if (useScheme) {
      JsonNode schemes = doc.root().path("schemes");
      scheme = schemes.isArray() && !schemes.isEmpty() ? schemes.get(0).asText("http") : "http";
    }
    List<Parameter> parameters = new ArrayList<>();
    JsonNode list = host.path("parameters");
    Set<String> javaNames = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      parameter(doc, new ResolvedRef(doc, POINTER + "/parameters/" + i, list.get(i)), javaNames).ifPresent(parameters::add);
    }
    Optional<List<String>> variables = PathTemplate.variables(template);
    if (variables.isEmpty()) {
      reporter.error("HOST_INVALID", doc, POINTER + "/hostTemplate", "host template '" + template + "' has unbalanced braces");
      return Optional.empty();
    }
    boolean complete = true;
    for (String variable : variables.get()) {
      if (parameters.stream().noneMatch(p -> p.wireName().equals(variable))) {
        reporter.error("HOST_INVALID", doc, POINTER + "/hostTemplate", "host variable {" + variable + "} has no parameter");
        complete = false;
      }
    }
    boolean first = "first".equals(TypeMapper.textOf(host, "positionInOperation"));
    return complete ? Optional.of(new ParameterizedHost(template, scheme, first, parameters)) : Optional.empty();
  }

  private Optional<Parameter> parameter(SpecDocument doc, ResolvedRef entry, Set<String> javaNames) {
    ResolvedRef site = entry;
    boolean global = false;
    JsonNode ref = entry.node().get("$ref");
    if (ref != null && ref.isTextual()) {
      Optional<ResolvedRef> target = loaded.resolve(doc, ref.textValue());
      if (target.isEmpty()) {
        return Optional.empty(); // the loader reported it
      }
      site = target.get();
      global = Pointers.isTopLevelEntry(site.pointer(), "parameters");
    }
    JsonNode node = site.node();
    String name = TypeMapper.textOf(node, "name");
    if (name == null || !"string".equals(TypeMapper.textOf(node, "type"))) {
      reporter.error("HOST_INVALID", site.document(), site.pointer(),
          "a host parameter needs a 'name' and type 'string'");
      return Optional.empty();
    }
    String location = TypeMapper.textOf(node, "x-ms-parameter-location");
    boolean client = "client".equals(location) || global && !"method".equals(location);
    JsonNode values = node.get("enum");
    String constant = values != null && values.isArray() && values.size() == 1 ? values.get(0).asText() : null;
    JsonNode fallback = node.get("default");
    String clientDefault = fallback != null && fallback.isValueNode() ? fallback.asText() : null;
    Parameter.Details details = new Parameter.Details(Parameter.CollectionFormat.CSV, Parameter.Constraints.NONE,
        clientDefault, null, null, false, Reporter.locate(site.document(), site.pointer()));
    String clientName = TypeMapper.textOf(node, "x-ms-client-name");
    String javaName = JavaNames.memberName(clientName != null ? clientName : name);
    if (!javaNames.add(javaName.toLowerCase(Locale.ROOT))) {
      reporter.error("HOST_INVALID", site.document(), site.pointer(), "host parameter '" + name + "' is declared twice");
      return Optional.empty();
    }
    return Optional.of(new Parameter(name, javaName, Parameter.Location.HOST, TypeRef.of(TypeRef.PrimitiveKind.STRING),
        node.path("required").asBoolean(true), client, constant, node.path("x-ms-skip-url-encoding").asBoolean(false),
        TypeMapper.textOf(node, "description"), details));
  }
}

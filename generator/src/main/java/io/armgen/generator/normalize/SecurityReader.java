package io.armgen.generator.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import io.armgen.generator.load.SpecDocument;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Reads what the entry document's {@code security} asks of a client. An {@code oauth2} scheme with
 * a scope that is a URL ({@code https://security.microsoft.com/.default}) becomes the token scope
 * of the generated builder; ARM's own ({@code user_impersonation}) is the runtime's default. Any
 * other kind of scheme ({@code apiKey}, {@code basic}) is reported: the generated client does not
 * send it by itself (a caller adds it with {@code RequestOptions} or a policy).
 */
final class SecurityReader {
  private final Reporter reporter;

  SecurityReader(Reporter reporter) {
    this.reporter = reporter;
  }

  /** The token scope the spec names, if any. */
  Optional<String> tokenScope(SpecDocument doc) {
    JsonNode security = doc.root().path("security");
    JsonNode definitions = doc.root().path("securityDefinitions");
    String scope = null;
    for (int i = 0; i < security.size(); i++) {
      for (Iterator<Map.Entry<String, JsonNode>> it = security.get(i).fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> requirement = it.next();
        JsonNode definition = definitions.path(requirement.getKey());
        String type = TypeMapper.textOf(definition, "type");
        if ("oauth2".equals(type)) {
          for (JsonNode s : requirement.getValue()) {
            if (scope == null && s.asText().contains("://")) {
              scope = s.asText();
            }
          }
        } else if (type != null) {
          String where = "apiKey".equals(type) ? " (" + TypeMapper.textOf(definition, "in") + " '"
              + TypeMapper.textOf(definition, "name") + "')" : "";
          reporter.warning("SECURITY_UNSUPPORTED", doc, Pointers.child("/securityDefinitions", requirement.getKey()),
              "security scheme '" + requirement.getKey() + "' of type " + type + where + " is not sent by the"
                  + " generated client; add it per call (RequestOptions) or with a policy");
        }
      }
    }
    return Optional.ofNullable(scope);
  }
}

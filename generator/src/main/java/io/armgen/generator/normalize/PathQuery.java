package io.armgen.generator.normalize;

import io.armgen.generator.model.Parameter;
import io.armgen.generator.normalize.OperationDraft.ParameterDraft;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A path key with a query part ({@code /xml/?comp=list&restype=container}, as specs write to tell
 * apart operations on one path): the path template is what comes before {@code ?}, and each
 * {@code name=value} pair is sent as a constant query parameter unless a declared query
 * parameter of that name already supplies it.
 */
final class PathQuery {
  private PathQuery() {}

  /** The path template without the query part. */
  static String path(String key) {
    int question = key.indexOf('?');
    return question < 0 ? key : key.substring(0, question);
  }

  /** Adds the query part's pairs that no declared query parameter covers, as constants. */
  static void addConstants(String key, List<ParameterDraft> parameters) {
    int question = key.indexOf('?');
    if (question < 0) {
      return;
    }
    for (String pair : key.substring(question + 1).split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      boolean declared = parameters.stream().anyMatch(p -> p.in() == Parameter.Location.QUERY && p.wireName().equals(name));
      if (!declared) {
        parameters.add(new ParameterDraft(name, JavaNames.memberName(name), Parameter.Location.QUERY, DraftType.STRING,
            true, false, value, false, "Fixed by the operation's path: " + name + "=" + value + ".", Parameter.Details.NONE));
      }
    }
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}

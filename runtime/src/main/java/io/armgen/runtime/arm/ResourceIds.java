package io.armgen.runtime.arm;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Matches and builds ARM resource ids against an id template such as
 * {@code /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.KeyVault/vaults/{vaultName}}.
 * Constant segments match case-insensitively, as ARM treats them.
 */
public final class ResourceIds {
  private ResourceIds() {}

  /**
   * The variable values of {@code id} under {@code template}, in template order.
   *
   * @param template the id template, variables in braces
   * @param id the id to match; a leading and a trailing slash are optional
   * @return variable name (without braces) to value, as written in the id
   * @throws IllegalArgumentException when the id does not have the template's shape, or a value is
   *     {@code .} or {@code ..}
   */
  public static Map<String, String> match(String template, String id) {
    if (id == null) {
      throw new IllegalArgumentException("resource id is null");
    }
    String[] t = split(template);
    String[] v = split(id);
    if (t.length != v.length) {
      throw new IllegalArgumentException("'" + id + "' is not an id of the form " + template);
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < t.length; i++) {
      String part = t[i];
      if (part.startsWith("{") && part.endsWith("}")) {
        if (v[i].isEmpty()) {
          throw new IllegalArgumentException("'" + id + "' has an empty segment where " + part + " belongs");
        }
        requireNoDotSegment(v[i], id);
        values.put(part.substring(1, part.length() - 1), v[i]);
      } else if (!part.toLowerCase(Locale.ROOT).equals(v[i].toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("'" + id + "' is not an id of the form " + template
            + ": expected '" + part + "' but found '" + v[i] + "'");
      }
    }
    return values;
  }

  /**
   * The id for {@code values} (in the template's variable order). Values are inserted as they
   * are, not percent-encoded.
   *
   * @param template the id template, variables in braces
   * @param values one value per variable
   * @return the id, starting with {@code /}
   * @throws IllegalArgumentException when a value is missing, empty, contains '/' or is {@code .}
   *     or {@code ..}, or there are more values than variables
   */
  public static String format(String template, String... values) {
    StringBuilder out = new StringBuilder();
    int next = 0;
    for (String part : split(template)) {
      out.append('/');
      if (part.startsWith("{") && part.endsWith("}")) {
        if (next >= values.length || values[next] == null || values[next].isEmpty()) {
          throw new IllegalArgumentException("missing value for " + part + " in " + template);
        }
        if (values[next].indexOf('/') >= 0) {
          throw new IllegalArgumentException("value for " + part + " must not contain '/': " + values[next]);
        }
        requireNoDotSegment(values[next], template);
        out.append(values[next++]);
      } else {
        out.append(part);
      }
    }
    if (next != values.length) {
      throw new IllegalArgumentException("template " + template + " takes " + next + " values, got " + values.length);
    }
    return out.toString();
  }

  /**
   * Refuses {@code .} and {@code ..} as a segment: sent as they are (both are unreserved
   * characters), a server or proxy resolves them and the request reaches another resource
   * ({@code .../resourceGroups/../providers/...}).
   *
   * @param where the id or template, for the message
   */
  static void requireNoDotSegment(String segment, String where) {
    if (segment.equals(".") || segment.equals("..")) {
      throw new IllegalArgumentException("'" + where + "' has a '" + segment
          + "' segment, which would be resolved as a relative path");
    }
  }

  private static String[] split(String path) {
    String p = path.startsWith("/") ? path.substring(1) : path;
    if (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p.split("/", -1);
  }
}

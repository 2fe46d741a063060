package io.armgen.runtime.internal;

import java.net.URI;
import java.util.Locale;

/**
 * Keeps secrets out of logs and messages: header and query names that look like they carry a
 * credential have their values replaced. Runtime-internal: not a public API.
 */
public final class Redaction {
  /** What a hidden value is replaced with. */
  public static final String REDACTED = "REDACTED";

  private static final String[] SENSITIVE_PARTS = {
      "authorization", "secret", "token", "signature", "key", "password", "cookie", "credential"};

  /**
   * Names that match a sensitive part but carry no secret: ARM's paging cursor ({@code $skipToken}
   * in next links) only says where the next page starts, and hiding it makes paging undebuggable.
   */
  private static final java.util.Set<String> NOT_SECRET = java.util.Set.of("$skiptoken", "skiptoken");

  private Redaction() {}

  /**
   * True for names whose values must never be shown: Authorization, anything containing secret,
   * token, signature, key, password, cookie or credential, SAS's {@code sig} and OAuth's
   * authorization {@code code}; but not ARM's paging cursor {@code $skipToken}.
   *
   * @param name a header or query parameter name, in any case; may be null
   * @return true when its value must be hidden
   */
  public static boolean isSensitiveName(String name) {
    if (name == null) {
      return false;
    }
    String n = name.toLowerCase(Locale.ROOT);
    if (NOT_SECRET.contains(n)) {
      return false;
    }
    if (n.equals("sig") || n.equals("code") || n.equals("x-identity-header")) {
      return true;
    }
    for (String part : SENSITIVE_PARTS) {
      if (n.contains(part)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The URI as text with the values of sensitive query parameters replaced and any user-info
   * dropped; the fragment is left out.
   *
   * @param uri the URI; may be null
   * @return the text; {@code "null"} for null
   */
  public static String redactUri(URI uri) {
    if (uri == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder();
    if (uri.getScheme() != null) {
      out.append(uri.getScheme()).append("://");
    }
    if (uri.getRawAuthority() != null) {
      String authority = uri.getRawAuthority();
      int at = authority.lastIndexOf('@');
      out.append(at >= 0 ? authority.substring(at + 1) : authority);
    }
    if (uri.getRawPath() != null) {
      out.append(uri.getRawPath());
    }
    String query = uri.getRawQuery();
    if (query != null && !query.isEmpty()) {
      out.append('?').append(redactQuery(query));
    }
    return out.toString();
  }

  /**
   * A raw query string with sensitive values replaced.
   *
   * @param rawQuery the query, still percent-encoded, without {@code ?}
   * @return the query with each sensitive parameter's value replaced by {@value #REDACTED}
   */
  public static String redactQuery(String rawQuery) {
    StringBuilder out = new StringBuilder(rawQuery.length());
    for (String pair : rawQuery.split("&", -1)) {
      if (out.length() > 0) {
        out.append('&');
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      if (eq >= 0 && isSensitiveName(decodeLoosely(name))) {
        out.append(name).append('=').append(REDACTED);
      } else {
        out.append(pair);
      }
    }
    return out.toString();
  }

  /**
   * Replaces every occurrence of {@code secret} in {@code text} (for messages that echo input).
   *
   * @param text the text; may be null
   * @param secret the secret; null or empty replaces nothing
   * @return the text with the secret replaced by {@value #REDACTED}
   */
  public static String scrub(String text, String secret) {
    if (text == null || secret == null || secret.isEmpty()) {
      return text;
    }
    return text.replace(secret, REDACTED);
  }

  private static String decodeLoosely(String name) {
    try {
      return java.net.URLDecoder.decode(name, java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return name;
    }
  }
}

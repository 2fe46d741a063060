package io.armgen.runtime.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The secrets this runtime holds (every access token it has seen and every client secret it was
 * given), so that whatever a server echoes can be taken out of the messages and log lines the
 * runtime makes. A server may send a secret back raw, JSON-escaped or URL-encoded (a form-encoded
 * body turns {@code ~} into {@code %7E}); every such form is replaced with
 * {@value Redaction#REDACTED}. Token-shaped text the runtime never saw (a JWT, a {@code Bearer}
 * value) is hidden too.
 *
 * <p>Process-wide, like a logger: the exception that carries an echoed token is often made far
 * from the credential that got it. Bounded to the {@value #CAPACITY} most recent secrets (tokens
 * rotate hourly). Runtime-internal: not a public API.
 */
public final class KnownSecrets {
  static final int CAPACITY = 64;
  /** Shorter values are not treated as secrets: scrubbing them would garble every message. */
  private static final int MIN_LENGTH = 6;
  private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{4,}\\.eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*");
  private static final Pattern BEARER = Pattern.compile("(?i)\\b(bearer\\s+)[A-Za-z0-9._~+/=-]{8,}");
  private static final Pattern HEX_ESCAPE = Pattern.compile("%[0-9A-F]{2}");

  /** Secret -> its forms; insertion order is the eviction order. */
  private static final Map<String, List<String>> SECRETS = new LinkedHashMap<>();
  /** Every form of every secret, longest first (a form may contain a shorter one); replaced on change. */
  private static volatile List<String> forms = List.of();

  private KnownSecrets() {}

  /**
   * Remembers {@code secret}, evicting the oldest beyond capacity. Thread-safe.
   *
   * @param secret the secret; null and values shorter than six characters are ignored
   */
  public static void remember(String secret) {
    if (secret == null || secret.length() < MIN_LENGTH) {
      return;
    }
    synchronized (SECRETS) {
      if (SECRETS.remove(secret) == null && SECRETS.size() >= CAPACITY) {
        SECRETS.remove(SECRETS.keySet().iterator().next());
      }
      SECRETS.put(secret, formsOf(secret));
      List<String> all = new ArrayList<>();
      SECRETS.values().forEach(all::addAll);
      all.sort(Comparator.comparingInt(String::length).reversed());
      forms = List.copyOf(all);
    }
  }

  /**
   * {@code text} with every form of every known secret, every JWT and every Bearer value replaced.
   *
   * @param text the text; may be null
   * @return the scrubbed text; null for null
   */
  public static String scrub(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = text;
    for (String form : forms) {
      if (out.contains(form)) {
        out = out.replace(form, Redaction.REDACTED);
      }
    }
    if (out.contains("eyJ")) {
      out = JWT.matcher(out).replaceAll(Redaction.REDACTED);
    }
    return BEARER.matcher(out).replaceAll("$1" + Redaction.REDACTED);
  }

  /**
   * The first {@code max} characters of {@code text}, scrubbed before the cut, and with a known
   * secret's beginning at the cut replaced too (so that no prefix of a secret survives); the
   * caller appends its own "more" marker when the result is shorter than the text.
   *
   * @param text the text; may be null
   * @param max the most characters to keep before a replacement marker
   * @return the scrubbed, cut text; null for null
   */
  public static String scrubAndCut(String text, int max) {
    String scrubbed = scrub(text);
    if (scrubbed == null || scrubbed.length() <= max) {
      return scrubbed;
    }
    return withoutSecretAtTheEnd(scrubbed.substring(0, max));
  }

  /**
   * {@code cut} with a trailing beginning of any known secret form replaced (for text cut elsewhere).
   *
   * @param cut text that was cut, maybe inside a secret
   * @return the text, its last characters replaced by the marker when they begin a known secret
   */
  public static String withoutSecretAtTheEnd(String cut) {
    int end = cut.length();
    int earliest = end;
    for (String form : forms) {
      // only where the form's first character is can it begin; the earliest such beginning wins
      for (int p = Math.max(0, end - form.length() + 1); p < earliest; p++) {
        if (cut.charAt(p) == form.charAt(0) && cut.regionMatches(p, form, 0, end - p)) {
          earliest = p;
          break;
        }
      }
    }
    return earliest == end ? cut : cut.substring(0, earliest) + Redaction.REDACTED;
  }

  /** Raw, JSON-escaped (with and without {@code \/}) and URL-encoded (form and RFC 3986 style, either hex case). */
  private static List<String> formsOf(String secret) {
    Set<String> all = new LinkedHashSet<>();
    all.add(secret);
    String json = secret.replace("\\", "\\\\").replace("\"", "\\\"");
    all.add(json);
    all.add(json.replace("/", "\\/"));
    String form = URLEncoder.encode(secret, StandardCharsets.UTF_8);
    String rfc3986 = form.replace("+", "%20").replace("%7E", "~");
    for (String encoded : List.of(form, rfc3986)) {
      all.add(encoded);
      all.add(HEX_ESCAPE.matcher(encoded).replaceAll(m -> m.group().toLowerCase(Locale.ROOT)));
    }
    return List.copyOf(all);
  }
}

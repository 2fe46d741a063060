package io.armgen.runtime.internal;

import java.net.URI;
import java.util.Locale;

/**
 * Decides whether a host is this machine. Used to allow plain-http token traffic only to local
 * test servers and emulators, never across a network. Runtime-internal: not a public API.
 */
public final class Loopback {
  private Loopback() {}

  /**
   * Whether a URI's host is this machine, by {@link #isLoopbackHost}.
   *
   * @param uri the URI; may be null
   * @return true when its host is {@code localhost}, in 127.0.0.0/8 or {@code ::1}
   */
  public static boolean isLoopback(URI uri) {
    return uri != null && isLoopbackHost(uri.getHost());
  }

  /**
   * Whether a host names this machine, without asking DNS (an answer could change before the connection).
   *
   * @param host a host name or literal, IPv6 with or without brackets; may be null
   * @return true for {@code localhost}, any IPv4 literal in 127.0.0.0/8 and the IPv6 literal {@code ::1}
   */
  public static boolean isLoopbackHost(String host) {
    if (host == null || host.isEmpty()) {
      return false;
    }
    String h = host.toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    // Only the literal name: "attacker.localhost" is a DNS name like any other (RFC 6761 asks
    // resolvers to answer it with loopback, but nothing here guarantees that one does).
    if (h.equals("localhost")) {
      return true;
    }
    if (h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")) {
      return true;
    }
    // Only a literal counts: a DNS name that resolves to 127.x is not trusted, because the
    // answer could change between this check and the connection.
    String[] parts = h.split("\\.", -1);
    if (parts.length != 4 || !parts[0].equals("127")) {
      return false;
    }
    for (String part : parts) {
      if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)
          || Integer.parseInt(part) > 255) {
        return false;
      }
    }
    return true;
  }
}

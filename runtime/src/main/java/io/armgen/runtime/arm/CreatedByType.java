package io.armgen.runtime.arm;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The kind of identity that created or modified a resource. An open set: a value ARM adds later
 * is kept as it was sent, not lost. Compare with {@link #equals} (case-insensitive), not {@code ==}.
 */
public final class CreatedByType {
  /** A user. */
  public static final CreatedByType USER = new CreatedByType("User");
  /** An application (a service principal). */
  public static final CreatedByType APPLICATION = new CreatedByType("Application");
  /** A managed identity. */
  public static final CreatedByType MANAGED_IDENTITY = new CreatedByType("ManagedIdentity");
  /** A key (shared-key or SAS authentication). */
  public static final CreatedByType KEY = new CreatedByType("Key");
  private static final List<CreatedByType> KNOWN = List.of(USER, APPLICATION, MANAGED_IDENTITY, KEY);

  private final String value;

  private CreatedByType(String value) {
    this.value = value;
  }

  /**
   * The value for a text, as read from JSON.
   *
   * @param value the text, such as {@code User}
   * @return the known constant for {@code value} (case-insensitive), a new instance that keeps an
   *     unknown text, or null for null
   */
  public static CreatedByType fromString(String value) {
    if (value == null) {
      return null;
    }
    // the exact spelling first: it is what ARM sends, and it needs no case folding
    for (CreatedByType known : KNOWN) {
      if (known.value.equals(value)) {
        return known;
      }
    }
    for (CreatedByType known : KNOWN) {
      if (known.value.equalsIgnoreCase(value)) {
        return known;
      }
    }
    return new CreatedByType(value);
  }

  /**
   * The values this runtime knows; the service may send others.
   *
   * @return {@link #USER}, {@link #APPLICATION}, {@link #MANAGED_IDENTITY} and {@link #KEY}, unmodifiable
   */
  public static Collection<CreatedByType> values() {
    return KNOWN;
  }

  /** The text as sent (or as the constant spells it), such as {@code User}. */
  @Override
  public String toString() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CreatedByType other && value.equalsIgnoreCase(other.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value.toLowerCase(Locale.ROOT));
  }
}

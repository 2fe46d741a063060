package io.armgen.runtime.arm;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The kind of identity that created or modified a resource. An open set: unknown values are kept. */
public final class CreatedByType {
  public static final CreatedByType USER = new CreatedByType("User");
  public static final CreatedByType APPLICATION = new CreatedByType("Application");
  public static final CreatedByType MANAGED_IDENTITY = new CreatedByType("ManagedIdentity");
  public static final CreatedByType KEY = new CreatedByType("Key");
  private static final List<CreatedByType> KNOWN = List.of(USER, APPLICATION, MANAGED_IDENTITY, KEY);

  private final String value;

  private CreatedByType(String value) {
    this.value = value;
  }

  /** The known constant for {@code value} (case-insensitive), or a new instance that keeps it. */
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

  public static Collection<CreatedByType> values() {
    return KNOWN;
  }

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

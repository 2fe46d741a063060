package io.armgen.generator.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One concept that several services of a run define alike (e.g. {@code PrivateEndpointConnection}),
 * recorded by the shared-shapes pass. Emitted in {@link #javaPackage()} as an interface (objects,
 * operation groups) or an open value class (enums) when at least two variants {@linkplain #joined()
 * joined}; a concept with fewer is kept only as a report of why its variants did not.
 *
 * @param name the concept as the specs name it ({@code PrivateEndpointConnection}), unique in the run
 * @param javaName the simple name in the common package: {@code Common<name>}
 *     ({@code CommonPrivateEndpointConnection}), which no type of any service of the run has
 * @param kind what the shape is emitted as
 * @param javaPackage the common package, {@code <prefix>.common}
 * @param description the Javadoc of the shared type: the lead variant's description for objects and enums
 *     (null or empty when it has none), a fixed sentence for operation groups
 * @param matchedBy how the variants were found: {@code "same name"}, or the shared property an
 *     enum sits on ({@code "PrivateLinkServiceConnectionState.status"}), or the shared object an
 *     operation group serves
 * @param members for {@link Kind#OBJECT}: the properties present in every joined variant, types
 *     unified; for {@link Kind#OPERATION_GROUP}: the methods of the interface; empty for enums
 * @param knownValues for {@link Kind#ENUM}: the union of the variants' values, first spelling kept
 * @param joined the variants behind the shared shape
 * @param excluded same-named (or same-placed) definitions that did not join, each with the reason
 */
public record SharedShape(
    String name,
    String javaName,
    Kind kind,
    String javaPackage,
    String description,
    String matchedBy,
    List<Member> members,
    List<String> knownValues,
    List<Variant> joined,
    List<Excluded> excluded) {

  /**
   * Copies the lists.
   *
   * @param name the concept as the specs name it, unique in the run
   * @param javaName the simple name in the common package
   * @param kind what the shape is emitted as
   * @param javaPackage the common package
   * @param description the Javadoc of the shared type; null or empty when there is none
   * @param matchedBy how the variants were found
   * @param members the shared interface's members; empty for enums
   * @param knownValues for enums, the union of the variants' values; empty otherwise
   * @param joined the variants behind the shared shape
   * @param excluded the definitions that did not join, each with the reason
   */
  public SharedShape {
    members = List.copyOf(members);
    knownValues = List.copyOf(knownValues);
    joined = List.copyOf(joined);
    excluded = List.copyOf(excluded);
  }

  /** The helper class of the common package that converts between the services' models. */
  public static final String VALUES_CLASS = "CommonValues";

  /** What the shape is emitted as. */
  public enum Kind {
    /** Model classes: emitted as an interface the variants implement. */
    OBJECT,
    /** Enums: emitted as an open value class. */
    ENUM,
    /** Operation groups serving a shared object: emitted as an interface their clients implement. */
    OPERATION_GROUP
  }

  /**
   * Whether the shape is emitted.
   *
   * @return true when at least two variants joined it
   */
  public boolean isShared() {
    return joined.size() >= 2;
  }

  /**
   * The variant of one service.
   *
   * @param service the service's label ({@link ServiceLabels})
   * @return its joined variant; empty when that service's definition did not join
   */
  public Optional<Variant> variantOf(String service) {
    return joined.stream().filter(v -> v.service().equals(service)).findFirst();
  }

  /**
   * One member of the shared interface: one getter, named like the property, and at most one setter.
   *
   * @param javaName the variants' property (or, for an operation group, method) name, which is
   *     also the getter's name
   * @param setter the interface's fluent setter, {@code with<JavaName>}; empty when the member is
   *     read-only in any variant
   * @param type the unified type; {@link TypeRef.Named} names another shape of the common package
   *     by its {@link SharedShape#javaName()}
   * @param description the first variant's property description, or null
   */
  public record Member(String javaName, Optional<String> setter, TypeRef type, String description) {}

  /**
   * A definition (or, for an operation group, a group of operations) that joined.
   *
   * @param service the service's label in the run ({@link ServiceLabels}): its name, with its
   *     version when the run has several versions of it
   * @param typeName the Java simple name in that service (the operation group's name for
   *     {@link Kind#OPERATION_GROUP})
   * @param bindings for an operation group, which of the service's operations plays each role
   *     ({@code list}, {@code get}, {@code put}, {@code delete}) and which property holds the
   *     approval state ({@code approvalState}); empty otherwise
   */
  public record Variant(String service, String typeName, Map<String, String> bindings) {
    /**
     * Sorts the bindings.
     *
     * @param service the service's label in the run
     * @param typeName the Java simple name in that service
     * @param bindings the operation group's roles; empty otherwise
     */
    public Variant {
      // sorted, so the model dump and everything emitted from it are deterministic
      bindings = Collections.unmodifiableMap(new TreeMap<>(bindings));
    }
  }

  /**
   * A definition that did not join, with the reason in one sentence.
   *
   * @param service the service's label in the run
   * @param typeName the Java simple name in that service
   * @param reason why it did not join, one sentence
   */
  public record Excluded(String service, String typeName, String reason) {}
}

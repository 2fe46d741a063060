package io.armgen.runtime.arm;

import java.util.List;
import java.util.Map;

/**
 * The ARM error body ({@code {"error": {code, message, target, details, additionalInfo}}}).
 *
 * @param code the error code, such as {@code ResourceNotFound}; may be null
 * @param message the service's description; may be null
 * @param target what the error is about (a property, a resource); may be null
 * @param details nested errors, each one a {@code ManagementError}; empty when none
 * @param additionalInfo each entry's {@code type} and {@code info}, as read by
 *     {@link io.armgen.runtime.json.Json#readUntyped}; empty when none
 */
public record ManagementError(
    String code,
    String message,
    String target,
    List<ManagementError> details,
    List<Map<String, Object>> additionalInfo) {

  /**
   * Copies the lists into unmodifiable ones, null as empty.
   *
   * @param code the error code
   * @param message the description
   * @param target what the error is about
   * @param details nested errors, or null
   * @param additionalInfo additional information, or null
   */
  public ManagementError {
    details = details == null ? List.of() : List.copyOf(details);
    additionalInfo = additionalInfo == null ? List.of() : List.copyOf(additionalInfo);
  }
}

package io.armgen.runtime.arm;

import java.util.List;
import java.util.Map;

/**
 * The ARM error body ({@code {"error": {code, message, target, details, additionalInfo}}}).
 *
 * @param additionalInfo each entry's {@code type} and {@code info}
 */
public record ManagementError(
    String code,
    String message,
    String target,
    List<ManagementError> details,
    List<Map<String, Object>> additionalInfo) {

  public ManagementError {
    details = details == null ? List.of() : List.copyOf(details);
    additionalInfo = additionalInfo == null ? List.of() : List.copyOf(additionalInfo);
  }
}

package io.armgen.runtime.arm;

/**
 * Where a long-running operation stands, from the {@code status} of its operation-status document
 * or the {@code provisioningState} of the resource (any state other than the three terminal ones,
 * such as {@code Updating}, is {@link #IN_PROGRESS}).
 */
public enum LroStatus {
  /** Still running: poll again. */
  IN_PROGRESS,
  /** Ended well; the result can be read. */
  SUCCEEDED,
  /** Ended with an error ({@code Failed}). */
  FAILED,
  /** Ended because it was cancelled ({@code Canceled} or {@code Cancelled}). */
  CANCELED;

  /**
   * Whether the operation has ended, well or not.
   *
   * @return true for every status but {@link #IN_PROGRESS}
   */
  public boolean isTerminal() {
    return this != IN_PROGRESS;
  }
}

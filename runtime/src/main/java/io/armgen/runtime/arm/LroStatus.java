package io.armgen.runtime.arm;

/** Where a long-running operation stands. */
public enum LroStatus {
  IN_PROGRESS, SUCCEEDED, FAILED, CANCELED;

  public boolean isTerminal() {
    return this != IN_PROGRESS;
  }
}

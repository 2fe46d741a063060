package io.armgen.runtime.arm;

import io.armgen.runtime.auth.StaticTokenCredential;
import io.armgen.runtime.testing.TestClients;
import io.armgen.runtime.testing.TestResource;

/**
 * The "other process" of {@link ResumeTest}: builds a client for the endpoint in {@code args[0]},
 * resumes the operation of the token in {@code args[1]}, waits for it and prints
 * {@code RESULT <name> <size>}.
 */
public final class ResumeProbe {
  private ResumeProbe() {}

  public static void main(String[] args) {
    ArmClientCore core = TestClients.forEndpoint(args[0]).credential(new StaticTokenCredential("resume-test-bearer")).build();
    TestResource result = core.resumeLongRunning(args[1], TestResource::fromJson).waitForCompletion();
    System.out.println("RESULT " + result.name() + " " + result.size());
  }
}

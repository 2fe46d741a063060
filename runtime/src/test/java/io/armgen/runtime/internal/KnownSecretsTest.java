package io.armgen.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** The forms a remembered secret is recognised in, and what is left of a text around it. */
class KnownSecretsTest {
  @Test
  void everyEchoedFormIsReplaced() {
    String secret = "Kn0wn~Secret/x+y \"z\"";
    KnownSecrets.remember(secret);
    String echoed = "raw " + secret
        + " json " + "Kn0wn~Secret\\/x+y \\\"z\\\""
        + " form " + "Kn0wn%7ESecret%2Fx%2By+%22z%22"
        + " lower " + "Kn0wn%7eSecret%2fx%2by+%22z%22"
        + " rfc3986 " + "Kn0wn~Secret%2Fx%2By%20%22z%22";
    assertEquals("raw REDACTED json REDACTED form REDACTED lower REDACTED rfc3986 REDACTED", KnownSecrets.scrub(echoed));
  }

  @Test
  void tokenShapesAreHiddenEvenWhenNeverSeen() {
    assertEquals("a REDACTED b", KnownSecrets.scrub("a eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.c2ln b"));
    assertEquals("WWW-Authenticate: Bearer REDACTED", KnownSecrets.scrub("WWW-Authenticate: Bearer abcdefgh.ijklmnop"));
  }

  @Test
  void shortValuesAreNotSecretsAndOrdinaryTextStays() {
    KnownSecrets.remember("a");
    assertEquals("a banana", KnownSecrets.scrub("a banana"));
  }

  @Test
  void theBeginningOfASecretAtACutIsHidden() {
    KnownSecrets.remember("PrefixSecret-123456");
    assertEquals("body: REDACTED", KnownSecrets.withoutSecretAtTheEnd("body: PrefixSe"));
    assertEquals("cut REDACTED", KnownSecrets.scrubAndCut("cut PrefixSecret-123456 and more", 12));
    assertEquals("body: Other", KnownSecrets.withoutSecretAtTheEnd("body: Other"));
  }

  @Test
  void theOldestSecretsAreForgottenPastTheCapacity() {
    KnownSecrets.remember("oldest-secret-value");
    for (int i = 0; i < KnownSecrets.CAPACITY; i++) {
      KnownSecrets.remember("filler-secret-" + i);
    }
    assertEquals("oldest-secret-value", KnownSecrets.scrub("oldest-secret-value"));
    assertFalse(KnownSecrets.scrub("filler-secret-7").contains("filler"));
  }
}

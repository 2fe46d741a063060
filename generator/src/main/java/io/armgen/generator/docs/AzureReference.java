package io.armgen.generator.docs;

import java.util.Locale;

/**
 * Azure's own reference page of an ARM resource type (the ARM template reference on Microsoft
 * Learn, whose address is the type in lower case), for a dependency armgen wrote no page for.
 */
final class AzureReference {
  static final String BASE = "https://learn.microsoft.com/azure/templates/";

  private AzureReference() {}

  /** E.g. {@code Microsoft.Network/privateEndpoints} -> {@code .../microsoft.network/privateendpoints}. */
  static String of(String armType) {
    return BASE + armType.toLowerCase(Locale.ROOT);
  }
}

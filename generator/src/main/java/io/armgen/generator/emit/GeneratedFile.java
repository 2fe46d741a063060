package io.armgen.generator.emit;

/**
 * One emitted file.
 *
 * @param relativePath path below the output folder, '/'-separated, e.g.
 *     {@code io/armgen/generated/keyvault/v2021_06_01_preview/models/PrivateEndpointConnection.java}
 */
public record GeneratedFile(String relativePath, String content) {}

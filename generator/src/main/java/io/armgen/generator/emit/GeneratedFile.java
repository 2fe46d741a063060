package io.armgen.generator.emit;

/**
 * One emitted file.
 *
 * @param relativePath path below the output folder, '/'-separated, e.g.
 *     {@code io/armgen/generated/keyvault/models/PrivateEndpointConnection.java}
 */
public record GeneratedFile(String relativePath, String content) {}

package io.armgen.generator.model;

import java.util.List;

/**
 * {@code x-ms-parameterized-host}: the base URL of every request is built from a template whose
 * variables are client settings (set on the builder) or method parameters of every operation.
 *
 * @param template the host template ({@code {accountName}{host}}, {@code {endpoint}/v1})
 * @param scheme prefixed with {@code ://} when {@code useSchemePrefix} (the spec's first scheme,
 *     else {@code http}); null when the template carries its own
 * @param parametersFirst {@code positionInOperation: first}: method parameters of the host come
 *     before the operation's own
 * @param parameters the template's variables, {@link Parameter.Location#HOST}; {@code client()}
 *     ones are builder settings (the spec's {@code default} is their {@code clientDefault}), the
 *     others method parameters
 */
public record ParameterizedHost(String template, String scheme, boolean parametersFirst, List<Parameter> parameters) {
  /**
   * Copies the parameters.
   *
   * @param template the host template ({@code {accountName}{host}}, {@code {endpoint}/v1})
   * @param scheme prefixed with {@code ://} when {@code useSchemePrefix} (the spec's first scheme, else
   *     {@code http}); null when the template carries its own
   * @param parametersFirst {@code positionInOperation: first}: method parameters of the host come before
   *     the operation's own
   * @param parameters the template's variables, {@link Parameter.Location#HOST}; {@code client()} ones are
   *     builder settings (the spec's {@code default} is their {@code clientDefault}), the others method
   *     parameters
   */
  public ParameterizedHost {
    parameters = List.copyOf(parameters);
  }

  /**
   * The variables that are builder settings.
   *
   * @return the {@code client()} parameters, in template order
   */
  public List<Parameter> clientParameters() {
    return parameters.stream().filter(Parameter::client).toList();
  }
}

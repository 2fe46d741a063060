package io.armgen.runtime.arm;

/**
 * The ARM endpoint, token authority and scope of each Azure cloud. Give one to
 * {@link ArmClientBuilder} and a credential for the same cloud.
 */
public enum AzureCloud {
  /** Azure's global cloud. */
  PUBLIC("https://management.azure.com", "https://login.microsoftonline.com", "https://management.azure.com/.default"),
  /** Azure Government (United States). */
  US_GOVERNMENT("https://management.usgovcloudapi.net", "https://login.microsoftonline.us", "https://management.usgovcloudapi.net/.default"),
  /** Azure operated by 21Vianet (China). */
  CHINA("https://management.chinacloudapi.cn", "https://login.chinacloudapi.cn", "https://management.chinacloudapi.cn/.default");

  private final String endpoint;
  private final String authority;
  private final String scope;

  AzureCloud(String endpoint, String authority, String scope) {
    this.endpoint = endpoint;
    this.authority = authority;
    this.scope = scope;
  }

  /**
   * The Resource Manager endpoint requests go to.
   *
   * @return the URL, such as {@code https://management.azure.com}, without a trailing slash
   */
  public String endpoint() {
    return endpoint;
  }

  /**
   * The Microsoft Entra ID authority tokens come from, for
   * {@link io.armgen.runtime.auth.ClientSecretCredential}'s {@code authorityHost}.
   *
   * @return the URL, such as {@code https://login.microsoftonline.com}
   */
  public String authority() {
    return authority;
  }

  /**
   * The scope a token for this cloud's Resource Manager is asked for.
   *
   * @return the scope, such as {@code https://management.azure.com/.default}
   */
  public String scope() {
    return scope;
  }
}

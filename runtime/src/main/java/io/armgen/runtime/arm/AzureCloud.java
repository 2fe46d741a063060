package io.armgen.runtime.arm;

/** The ARM endpoint, token authority and scope of each Azure cloud. */
public enum AzureCloud {
  PUBLIC("https://management.azure.com", "https://login.microsoftonline.com", "https://management.azure.com/.default"),
  US_GOVERNMENT("https://management.usgovcloudapi.net", "https://login.microsoftonline.us", "https://management.usgovcloudapi.net/.default"),
  CHINA("https://management.chinacloudapi.cn", "https://login.chinacloudapi.cn", "https://management.chinacloudapi.cn/.default");

  private final String endpoint;
  private final String authority;
  private final String scope;

  AzureCloud(String endpoint, String authority, String scope) {
    this.endpoint = endpoint;
    this.authority = authority;
    this.scope = scope;
  }

  public String endpoint() {
    return endpoint;
  }

  public String authority() {
    return authority;
  }

  public String scope() {
    return scope;
  }
}

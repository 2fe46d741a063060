package io.armgen.examples.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.generated.common.CommonPrivateEndpoint;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The example end to end against a loopback stub of the four services: one list throttled (429)
 * and one unavailable (503) before succeeding, a paged list, long-running PUTs, two parents at a
 * time, and a parent of a fifth service that no client serves.
 */
class ApprovalWorkflowTest {
  private static final String SUB = "00000000-0000-0000-0000-00000000aaaa";
  private static final String ALLOWED = "11111111-1111-1111-1111-111111111111";
  private static final String OTHER = "22222222-2222-2222-2222-222222222222";
  private static final String RG = "/subscriptions/" + SUB + "/resourceGroups/rg-app/providers/";
  private static final String AKS = RG + "Microsoft.ContainerService/managedClusters/aks-prod";
  private static final String ACR = RG + "Microsoft.ContainerRegistry/registries/acrprod";
  private static final String KV = RG + "Microsoft.KeyVault/vaults/kv-prod";
  private static final String COSMOS = RG + "Microsoft.DocumentDB/databaseAccounts/cosmos-prod";
  private static final String SQL = RG + "Microsoft.Sql/servers/sql1";

  private static String endpoint(String subscription, String name) {
    return "/subscriptions/" + subscription + "/resourceGroups/consumers/providers/Microsoft.Network/privateEndpoints/" + name;
  }

  private static void seed(FourServicesStub stub) {
    stub.add(AKS + "/privateEndpointConnections/pe-aks-1", endpoint(OTHER, "aks-pe"), "Pending", "Please approve");
    stub.add(ACR + "/privateEndpointConnections/pe-acr-1", endpoint(ALLOWED, "acr-pe"), "Pending", "Please approve");
    stub.add(ACR + "/privateEndpointConnections/pe-acr-2", endpoint(OTHER, "acr-pe2"), "Approved", "Auto-approved");
    stub.add(KV + "/privateEndpointConnections/pe-kv-1", endpoint(ALLOWED, "kv-pe"), "Approved", "ok");
    stub.add(KV + "/privateEndpointConnections/pe-kv-2", endpoint(OTHER, "kv-pe2"), "Pending", "Please approve");
    stub.add(COSMOS + "/privateEndpointConnections/pe-cosmos-1", endpoint(ALLOWED, "db-pe"), "Pending", "Please approve");
    stub.add(COSMOS + "/privateEndpointConnections/pe-cosmos-2", endpoint(ALLOWED, "db-pe2"), "Rejected", "old");
  }

  @Test
  void listsEveryConnectionAndDecidesThePendingOnesAcrossTheFourServices() throws Exception {
    try (FourServicesStub stub = new FourServicesStub()) {
      seed(stub);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      int exit;
      try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
        exit = Main.run(new String[] {"--subscription", SUB, "--allow", ALLOWED, "--endpoint", stub.endpoint(),
            "--parallelism", "2", "--poll-interval-ms", "10", AKS, ACR, KV, COSMOS, SQL}, out);
      }
      String printed = bytes.toString(StandardCharsets.UTF_8);
      System.out.println(printed);

      String table = String.join("\n",
          "SERVICE            PARENT                        CONNECTION   STATUS    DESCRIPTION",
          "ContainerService   managedClusters/aks-prod      pe-aks-1     Pending   Please approve",
          "ContainerRegistry  registries/acrprod            pe-acr-1     Pending   Please approve",
          "ContainerRegistry  registries/acrprod            pe-acr-2     Approved  Auto-approved",
          "KeyVault           vaults/kv-prod                pe-kv-1      Approved  ok",
          "KeyVault           vaults/kv-prod                pe-kv-2      Pending   Please approve",
          "DocumentDB         databaseAccounts/cosmos-prod  pe-cosmos-1  Pending   Please approve",
          "DocumentDB         databaseAccounts/cosmos-prod  pe-cosmos-2  Rejected  old",
          "",
          "rejected ContainerService managedClusters/aks-prod/pe-aks-1 -> Rejected (Succeeded)",
          "approved ContainerRegistry registries/acrprod/pe-acr-1 -> Approved (Succeeded)",
          "rejected KeyVault vaults/kv-prod/pe-kv-2 -> Rejected (Succeeded)",
          "approved DocumentDB databaseAccounts/cosmos-prod/pe-cosmos-1 -> Approved (Succeeded)",
          "failed   " + SQL + ": no client serves this resource",
          "7 connections, 2 approved, 2 rejected, 1 failed",
          "");
      assertEquals(table, printed.replace(System.lineSeparator(), "\n"));
      assertEquals(1, exit, "the Sql parent failed");

      assertState(stub, AKS, "pe-aks-1", "Rejected", "rejected: subscription " + OTHER + " is not allowed");
      assertState(stub, ACR, "pe-acr-1", "Approved", "approved: subscription " + ALLOWED + " is allowed");
      assertState(stub, ACR, "pe-acr-2", "Approved", "Auto-approved");
      assertState(stub, KV, "pe-kv-1", "Approved", "ok");
      assertState(stub, KV, "pe-kv-2", "Rejected", "rejected: subscription " + OTHER + " is not allowed");
      assertState(stub, COSMOS, "pe-cosmos-1", "Approved", "approved: subscription " + ALLOWED + " is allowed");
      assertState(stub, COSMOS, "pe-cosmos-2", "Rejected", "old");

      assertEquals(1, stub.throttled.get(), "AKS answered 429 once and the list was retried");
      assertEquals(1, stub.unavailable.get(), "Cosmos DB answered 503 once and the list was retried");
      assertEquals(2, stub.longRunningPuts.get(), "ACR and Cosmos DB PUTs are long-running");
      assertEquals(2, stub.pollsOf("pe-acr-1"));
      assertEquals(2, stub.pollsOf("pe-cosmos-1"));
      assertTrue(stub.maxInFlight.get() <= 2, "at most two parents at a time: " + stub.maxInFlight.get());
      assertEquals(List.of(), stub.unauthorized);
    }
  }

  private static void assertState(FourServicesStub stub, String parent, String name, String status, String description) {
    FourServicesStub.Connection c = stub.connection(parent + "/privateEndpointConnections/" + name);
    assertEquals(status + " / " + description, c.status + " / " + c.description, name);
    assertEquals("Succeeded", c.provisioningState, name);
  }

  @Test
  void theRuleRejectsEndpointsOutsideTheAllowListAndUnknownOnes() {
    SubscriptionAllowList rule = new SubscriptionAllowList(java.util.Set.of(ALLOWED.toUpperCase()));
    assertEquals(ALLOWED, SubscriptionAllowList.subscriptionOf(endpointOf(endpoint(ALLOWED, "x"))));
    assertEquals(null, SubscriptionAllowList.subscriptionOf(endpointOf("not-an-id")));
    io.armgen.generated.keyvault.v2021_06_01_preview.models.PrivateEndpointConnection connection =
        new io.armgen.generated.keyvault.v2021_06_01_preview.models.PrivateEndpointConnection();
    assertEquals(new ApprovalRule.Decision(false, "rejected: private endpoint unknown"), rule.decide(connection.asCommon()));
  }

  private static CommonPrivateEndpoint endpointOf(String id) {
    return new CommonPrivateEndpoint() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public void toJson(io.armgen.runtime.json.JsonWriter writer, io.armgen.runtime.json.JsonWriteMode mode) {
        throw new UnsupportedOperationException("not written in this test");
      }
    };
  }
}

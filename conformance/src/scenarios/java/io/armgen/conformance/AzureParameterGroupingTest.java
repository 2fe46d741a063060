package io.armgen.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.armgen.conformance.autorestparametergroupingtestservice.v1_0_0.ParameterGroupingClient;
import io.armgen.conformance.autorestparametergroupingtestservice.v1_0_0.models.EncryptionAlgorithmType;
import io.armgen.conformance.autorestparametergroupingtestservice.v1_0_0.models.FirstParameterGroup;
import io.armgen.conformance.autorestparametergroupingtestservice.v1_0_0.models.Grouper;
import io.armgen.conformance.autorestparametergroupingtestservice.v1_0_0.models.ParameterGroupingPostMultiParamGroupsSecondParamGroup;
import io.armgen.conformance.autorestparametergroupingtestservice.v1_0_0.models.ParameterGroupingPostOptionalParameters;
import io.armgen.conformance.autorestparametergroupingtestservice.v1_0_0.models.ParameterGroupingPostRequiredParameters;
import io.armgen.conformance.autorestparametergroupingtestservice.v1_0_0.models.ParameterGroupingPostReservedWordsParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code azure-parameter-grouping.json}: {@code x-ms-parameter-grouping} turns the grouped
 * path, query, header and body parameters into one object per group (named, or after the
 * operation with a postfix), shared by operations that name the same group;
 * an optional single-value enum is an ordinary (optional) member.
 */
@ExtendWith(TestServerExtension.class)
class AzureParameterGroupingTest {
  private static ParameterGroupingClient client;

  @BeforeAll
  static void connect(TestServer server) {
    client = ConformanceClients.configure(ParameterGroupingClient.builder(), server).build();
  }

  @Test
  void requiredGroup() {
    client.postRequired(new ParameterGroupingPostRequiredParameters()
        .withBody(1234).withPath("path").withCustomHeader("header").withQuery(21));
  }

  @Test
  void aRequiredGroupMemberLeftOutIsRefusedBeforeSending() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> client.postRequired(new ParameterGroupingPostRequiredParameters().withPath("path")));
    assertEquals("Parameter parameterGroupingPostRequiredParameters.body is required and cannot be null.", e.getMessage());
  }

  @Test
  void optionalGroup() {
    client.postOptional(new ParameterGroupingPostOptionalParameters().withCustomHeader("header").withQuery(21));
    client.postOptional();
  }

  @Test
  void reservedWordsInAGroup() {
    client.postReservedWords(new ParameterGroupingPostReservedWordsParameters().withFrom("bob").withAccept("yes"));
  }

  @Test
  void twoGroups() {
    client.postMultiParamGroups(new FirstParameterGroup().withHeaderOne("header").withQueryOne(21),
        new ParameterGroupingPostMultiParamGroupsSecondParamGroup().withHeaderTwo("header2").withQueryTwo(42));
    client.postMultiParamGroups();
  }

  @Test
  void aGroupSharedByTwoOperations() {
    client.postSharedParameterGroupObject(new FirstParameterGroup().withHeaderOne("header"));
  }

  @Test
  void anOptionalSingleValueEnumInAGroup() {
    client.groupWithConstant(new Grouper().withGroupedConstant(EncryptionAlgorithmType.FOO).withGroupedParameter("bar"));
  }
}

package io.armgen.generator.normalize;

import static io.armgen.generator.normalize.Fixtures.operation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.generator.diagnostics.Diagnostic;
import io.armgen.generator.diagnostics.Severity;
import io.armgen.generator.model.Operation;
import io.armgen.generator.model.OperationMedia;
import io.armgen.generator.model.OperationMedia.Kind;
import io.armgen.generator.model.OperationMedia.RequestMedia;
import io.armgen.generator.model.Parameter;
import io.armgen.generator.model.Service;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * How {@code consumes}, {@code produces} and the body schemas decide the way each body travels,
 * and which operations are reported and left out rather than generated to send something else.
 */
class OperationMediaTest {
  private static final String OK_STRING = "'responses':{'200':{'description':'ok','schema':{'type':'string'}}}";
  private static final String OK = "'responses':{'200':{'description':'ok'}}";
  private static final String DEFINITIONS = "'Source':{'type':'object','properties':{'source':{'type':'string'}}}";

  private static NormalizeResult normalize(String paths) {
    return Fixtures.normalize(TestLoad.inline("spec.json", TestLoad.swagger(paths, DEFINITIONS)));
  }

  private static OperationMedia media(NormalizeResult r, String operationId) {
    return operation(Fixtures.only(r), operationId).media();
  }

  private static List<Diagnostic> mediaWarnings(NormalizeResult r) {
    List<Diagnostic> found = Fixtures.withCode(r, "MEDIA_TYPE_UNSUPPORTED");
    assertTrue(found.stream().allMatch(d -> d.severity() == Severity.WARNING), found::toString);
    return found;
  }

  private static boolean generated(NormalizeResult r, String operationId) {
    Service s = Fixtures.only(r);
    return s.groups().stream().flatMap(g -> g.operations().stream()).anyMatch(o -> o.operationId().equals(operationId));
  }

  @Test
  void withoutConsumesOrProducesEverythingIsJson() {
    NormalizeResult r = normalize("'/a':{'put':{'operationId':'A_Put','parameters':[{'name':'b','in':'body',"
        + "'schema':{'$ref':'#/definitions/Source'}}]," + OK_STRING + "}}");
    assertEquals(OperationMedia.json(true), media(r, "A_Put"));
    assertTrue(mediaWarnings(r).isEmpty());
  }

  @Test
  void aBinarySchemaGoesAsBytesUnderEveryConsumedType() {
    NormalizeResult r = normalize("'/a':{'post':{'operationId':'A_Post','consumes':['application/octet-stream','application/json'],"
        + "'produces':['text/plain'],'parameters':[{'name':'b','in':'body','required':true,"
        + "'schema':{'type':'string','format':'binary'}}]," + OK_STRING + "}}");
    OperationMedia media = media(r, "A_Post");
    assertEquals(List.of(new RequestMedia(Kind.BINARY, List.of("application/octet-stream", "application/json"))),
        media.requests());
    assertEquals(Kind.TEXT, media.response());
    assertEquals("text/plain", media.accept());
  }

  @Test
  void aModelGetsOneWayPerKindOfConsumedTypeTheNaturalOneFirst() {
    NormalizeResult r = normalize("'/a':{'post':{'operationId':'A_Post',"
        + "'consumes':['application/pdf','application/json','image/jpeg','text/json'],'produces':['application/json'],"
        + "'parameters':[{'name':'b','in':'body','schema':{'$ref':'#/definitions/Source'}}]," + OK_STRING + "}}");
    assertEquals(List.of(
        new RequestMedia(Kind.JSON, List.of("application/json")),
        new RequestMedia(Kind.BINARY, List.of("application/pdf", "image/jpeg"))), media(r, "A_Post").requests());
    assertEquals(Kind.JSON, media(r, "A_Post").response(), "a string schema produced as JSON is read as JSON");
  }

  @Test
  void aStringIsTextFirstWhenTextIsConsumed() {
    NormalizeResult r = normalize("'/a':{'post':{'operationId':'A_Post','consumes':['application/json','text/plain; charset=UTF-8'],"
        + "'parameters':[{'name':'b','in':'body','schema':{'type':'string'}}]," + OK + "}}");
    assertEquals(List.of(new RequestMedia(Kind.TEXT, List.of("text/plain; charset=UTF-8")),
        new RequestMedia(Kind.JSON, List.of("application/json"))), media(r, "A_Post").requests());
  }

  @Test
  void mergePatchIsJsonUnderItsOwnType() {
    NormalizeResult r = normalize("'/a':{'patch':{'operationId':'A_Patch','consumes':['application/merge-patch+json'],"
        + "'parameters':[{'name':'b','in':'body','schema':{'$ref':'#/definitions/Source'}}]," + OK + "}}");
    assertEquals(List.of(new RequestMedia(Kind.JSON, List.of("application/merge-patch+json"))),
        media(r, "A_Patch").requests());
  }

  @Test
  void aMediaTypeThatCannotCarryTheBodyIsReportedAndOnlyThatWayIsLeftOut() {
    NormalizeResult r = normalize("'/a':{'post':{'operationId':'A_Post','consumes':['application/json','text/plain','multipart/mixed'],"
        + "'parameters':[{'name':'b','in':'body','schema':{'$ref':'#/definitions/Source'}}]," + OK + "}}");
    assertEquals(List.of(new RequestMedia(Kind.JSON, List.of("application/json"))), media(r, "A_Post").requests());
    List<Diagnostic> warnings = mediaWarnings(r);
    assertEquals(2, warnings.size(), warnings::toString);
    assertEquals("/paths/~1a/post/consumes", warnings.get(0).pointer());
    assertEquals("operation A_Post consumes 'text/plain' but its body schema is not a string; that media type is left out",
        warnings.get(0).message());
    assertEquals("operation A_Post consumes 'multipart/mixed', which no generated client can send; that media type is left out",
        warnings.get(1).message());
  }

  @Test
  void formParametersGoAsAUrlEncodedFormOrAsMultipartWithFiles() {
    NormalizeResult r = normalize("'/form':{'post':{'operationId':'A_Form','consumes':['application/x-www-form-urlencoded'],"
        + "'parameters':[{'name':'name','in':'formData','type':'string','required':true},"
        + "{'name':'age','in':'formData','type':'integer'}]," + OK + "}},"
        + "'/upload':{'post':{'operationId':'A_Upload','consumes':['multipart/form-data','application/octet-stream'],"
        + "'parameters':[{'name':'file','in':'formData','type':'file','required':true},"
        + "{'name':'files','in':'formData','type':'array','items':{'type':'file'}}]," + OK + "}}");
    assertEquals(List.of(new RequestMedia(Kind.FORM, List.of("application/x-www-form-urlencoded"))),
        media(r, "A_Form").requests());
    assertEquals(List.of(new RequestMedia(Kind.MULTIPART, List.of("multipart/form-data"))), media(r, "A_Upload").requests());
    Parameter name = operation(Fixtures.only(r), "A_Form").parameters().get(0);
    assertEquals(Parameter.Location.FORM, name.in());
    assertTrue(mediaWarnings(r).isEmpty());
  }

  @Test
  void operationsThatCanOnlyBeGeneratedCrippledAreLeftOutByName() {
    NormalizeResult r = normalize("'/a':{'post':{'operationId':'A_FilesAsText','consumes':['application/x-www-form-urlencoded'],"
        + "'parameters':[{'name':'file','in':'formData','type':'file'}]," + OK + "}},"
        + "'/b':{'post':{'operationId':'A_Both','parameters':[{'name':'f','in':'formData','type':'string'},"
        + "{'name':'b','in':'body','schema':{'type':'string'}}]," + OK + "}},"
        + "'/c':{'post':{'operationId':'A_NoFormType','consumes':['application/json'],"
        + "'parameters':[{'name':'f','in':'formData','type':'string'}]," + OK + "}},"
        + "'/d':{'get':{'operationId':'A_Unreadable','produces':['image/png']," + OK_STRING.replace("string", "integer") + "}},"
        + "'/e':{'put':{'operationId':'A_NothingFits','consumes':['multipart/form-data'],"
        + "'parameters':[{'name':'b','in':'body','schema':{'$ref':'#/definitions/Source'}}]," + OK + "}},"
        + "'/f':{'get':{'operationId':'A_Kept'," + OK + "}},"
        + "'/g':{'post':{'operationId':'A_Base64Part','consumes':['multipart/form-data'],"
        + "'parameters':[{'name':'f','in':'formData','type':'file'},{'name':'sig','in':'formData','type':'string',"
        + "'format':'byte'}]," + OK + "}}");
    for (String id : List.of("A_FilesAsText", "A_Both", "A_NoFormType", "A_Unreadable", "A_NothingFits", "A_Base64Part")) {
      assertTrue(!generated(r, id), id + " must not be generated");
      assertTrue(mediaWarnings(r).stream().anyMatch(d -> d.message().startsWith("operation " + id + " is not generated: ")),
          () -> id + " not reported in " + mediaWarnings(r));
    }
    assertTrue(generated(r, "A_Kept"));
    Diagnostic filesAsText = mediaWarnings(r).stream().filter(d -> d.message().contains("A_FilesAsText")).findFirst().orElseThrow();
    assertEquals("/paths/~1a/post/consumes", filesAsText.pointer());
    assertEquals("operation A_FilesAsText is not generated: it sends files as application/x-www-form-urlencoded, "
        + "which can only carry text", filesAsText.message());
  }

  @Test
  void aLongRunningOperationMustAnswerJson() {
    NormalizeResult r = normalize("'/a':{'put':{'operationId':'A_Put','produces':['application/xml'],"
        + "'x-ms-long-running-operation':true,'responses':{'200':{'description':'ok','schema':{'$ref':'#/definitions/Source'}}}}}");
    assertTrue(!generated(r, "A_Put"));
    assertEquals("operation A_Put is not generated: it is long-running or pageable and its response is XML, "
        + "and pollers and pagers read JSON only", mediaWarnings(r).get(0).message());
  }

  @Test
  void aFileResponseIsBinaryWhateverItProducesAndAcceptNamesThemAll() {
    NormalizeResult r = normalize("'/a':{'get':{'operationId':'A_Get','produces':['image/png','application/json'],"
        + "'responses':{'200':{'description':'ok','schema':{'type':'file'}}}}}");
    OperationMedia media = media(r, "A_Get");
    assertEquals(Kind.BINARY, media.response());
    assertEquals("image/png, application/json", media.accept());
  }

  @Test
  void theDocumentsConsumesApplyUnlessTheOperationHasItsOwn() {
    String doc = "{'swagger':'2.0','info':{'title':'T','version':'1'},'consumes':['text/plain'],'produces':['application/xml'],"
        + "'paths':{'/a':{'post':{'operationId':'A_Post','parameters':[{'name':'b','in':'body','schema':{'type':'string'}}],"
        + OK + "}},'/b':{'post':{'operationId':'A_Own','consumes':['application/json'],"
        + "'parameters':[{'name':'b','in':'body','schema':{'type':'string'}}]," + OK + "}}}}";
    NormalizeResult r = Fixtures.normalize(TestLoad.inline("spec.json", doc));
    assertEquals(Kind.TEXT, media(r, "A_Post").primary().orElseThrow().kind());
    assertEquals(Kind.JSON, media(r, "A_Own").primary().orElseThrow().kind());
    assertEquals("application/xml", media(r, "A_Own").accept());
  }

  @Test
  void aQueryInThePathKeyBecomesConstantQueryParameters() {
    NormalizeResult r = normalize("'/xml/?comp=list&restype=container':{'get':{'operationId':'A_List',"
        + "'parameters':[{'name':'comp','in':'query','required':true,'type':'string','enum':['list']}]," + OK + "}}");
    Operation list = operation(Fixtures.only(r), "A_List");
    assertEquals("/xml/", list.path());
    assertEquals(List.of("comp=list", "restype=container"), list.parameters().stream()
        .map(p -> p.wireName() + "=" + p.constantValue()).toList());
    assertEquals(Optional.empty(), list.body());
  }
}

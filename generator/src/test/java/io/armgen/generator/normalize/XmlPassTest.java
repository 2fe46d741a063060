package io.armgen.generator.normalize;

import static io.armgen.generator.normalize.Fixtures.operation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.armgen.generator.diagnostics.Diagnostic;
import io.armgen.generator.model.OperationMedia.Kind;
import io.armgen.generator.model.OperationMedia.XmlRoot;
import io.armgen.generator.model.Service;
import io.armgen.generator.model.XmlName;
import io.armgen.generator.model.XmlObject;
import io.armgen.generator.model.XmlObject.Placement;
import io.armgen.generator.model.XmlObject.XmlProperty;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** XML names from the Swagger {@code xml} objects, and the models that have no faithful XML form. */
class XmlPassTest {
  private static final String XML_DOC = "{'swagger':'2.0','info':{'title':'T','version':'1'},"
      + "'consumes':['application/xml'],'produces':['application/xml'],'paths':{%s},'definitions':{%s}}";

  private static NormalizeResult normalize(String paths, String definitions) {
    return Fixtures.normalize(TestLoad.inline("spec.json", String.format(XML_DOC, paths, definitions)));
  }

  private static String getAndPut(String path, String schema) {
    return "'" + path + "':{'get':{'operationId':'X_Get" + path.substring(1) + "','responses':{'200':{'description':'ok',"
        + "'schema':" + schema + "}}},'put':{'operationId':'X_Put" + path.substring(1) + "','parameters':[{'name':'b',"
        + "'in':'body','required':true,'schema':" + schema + "}],'responses':{'201':{'description':'ok'}}}}";
  }

  private static XmlProperty property(Service s, String model, String wire) {
    return s.xml().get(model).properties().get(wire);
  }

  @Test
  void namesAttributesListsAndTextComeFromTheXmlObjects() {
    NormalizeResult r = normalize(getAndPut("/show", "{'$ref':'#/definitions/Show'}"),
        "'Show':{'type':'object','xml':{'name':'slideshow','namespace':'urn:s','prefix':'s'},'properties':{"
            + "'title':{'type':'string','xml':{'attribute':true}},"
            + "'slides':{'type':'array','items':{'$ref':'#/definitions/Slide'}},"
            + "'tags':{'type':'array','xml':{'wrapped':true,'name':'Tags'},'items':{'type':'string','xml':{'name':'Tag'}}},"
            + "'owners':{'type':'array','xml':{'wrapped':true},'items':{'$ref':'#/definitions/Owner'}},"
            + "'notes':{'type':'array','items':{'type':'string'}},"
            + "'meta':{'type':'object','additionalProperties':{'type':'string'}},"
            + "'cover':{'$ref':'#/definitions/Slide'},'owner':{'$ref':'#/definitions/Owner'}}},"
            + "'Slide':{'type':'object','xml':{'name':'slide'},'properties':{'text':{'type':'string','xml':{'x-ms-text':true}},"
            + "'lang':{'type':'string','xml':{'attribute':true,'name':'language'}}}},"
            + "'Owner':{'type':'object','properties':{'name':{'type':'string'}}}");
    Fixtures.assertNoErrors(r);
    Service s = Fixtures.only(r);
    assertEquals(new XmlName("slideshow", "urn:s", "s"), s.xml().get("Show").root());
    assertEquals(XmlName.of("Owner"), s.xml().get("Owner").root(), "no xml.name: the definition's name");
    assertEquals(new XmlProperty(Placement.ATTRIBUTE, XmlName.of("title"), Optional.empty()), property(s, "Show", "title"));
    assertEquals(new XmlProperty(Placement.UNWRAPPED_LIST, XmlName.of("slides"), Optional.of(XmlName.of("slide"))),
        property(s, "Show", "slides"), "items named by their model's xml.name");
    assertEquals(new XmlProperty(Placement.WRAPPED_LIST, XmlName.of("Tags"), Optional.of(XmlName.of("Tag"))),
        property(s, "Show", "tags"));
    assertEquals(new XmlProperty(Placement.WRAPPED_LIST, XmlName.of("owners"), Optional.of(XmlName.of("Owner"))),
        property(s, "Show", "owners"), "wrapped items of a model without xml.name: the definition's name");
    assertEquals(new XmlProperty(Placement.UNWRAPPED_LIST, XmlName.of("notes"), Optional.of(XmlName.of("notes"))),
        property(s, "Show", "notes"), "unwrapped items without any name: the property's");
    assertEquals(Placement.MAP, property(s, "Show", "meta").placement());
    assertEquals(XmlName.of("slide"), property(s, "Show", "cover").name(), "a model property takes its model's xml.name");
    assertEquals(XmlName.of("owner"), property(s, "Show", "owner").name(), "... else the property's name");
    assertEquals(Placement.TEXT, property(s, "Slide", "text").placement());
    assertEquals(XmlName.of("language"), property(s, "Slide", "lang").name());
  }

  @Test
  void aListBodyIsNamedByItsSchemaAndItsItems() {
    NormalizeResult r = normalize(
        "'/list':{'get':{'operationId':'X_List','responses':{'200':{'description':'ok','schema':{'type':'array',"
            + "'xml':{'name':'bananas'},'items':{'$ref':'#/definitions/Banana'}}}}}},"
            + getAndPut("/ids", "{'$ref':'#/definitions/Ids'}"),
        "'Banana':{'type':'object','xml':{'name':'banana'},'properties':{'name':{'type':'string'}}},"
            + "'Ids':{'type':'array','xml':{'wrapped':true,'name':'Ids'},'items':{'$ref':'#/definitions/Id'}},"
            + "'Id':{'type':'object','properties':{'value':{'type':'string'}}}");
    Service s = Fixtures.only(r);
    assertEquals(Optional.of(new XmlRoot(XmlName.of("bananas"), XmlName.of("banana"))),
        operation(s, "X_List").media().responseXml());
    assertEquals(Optional.of(new XmlRoot(XmlName.of("Ids"), XmlName.of("Id"))),
        operation(s, "X_Putids").media().primary().orElseThrow().xml());
  }

  @Test
  void aModelWithoutAFaithfulXmlFormIsReportedAndItsOperationsLeftOut() {
    NormalizeResult r = normalize(getAndPut("/pet", "{'$ref':'#/definitions/Dog'}")
            + "," + getAndPut("/flat", "{'$ref':'#/definitions/Flat'}"),
        "'Pet':{'type':'object','discriminator':'kind','required':['kind'],'properties':{'kind':{'type':'string'}}},"
            + "'Dog':{'allOf':[{'$ref':'#/definitions/Pet'}],'properties':{'bark':{'type':'string'}}},"
            + "'Flat':{'type':'object','properties':{'properties':{'x-ms-client-flatten':true,'$ref':'#/definitions/Inner'}}},"
            + "'Inner':{'type':'object','properties':{'a':{'type':'string'}}}");
    Service s = Fixtures.only(r);
    List<String> operations = s.groups().stream().flatMap(g -> g.operations().stream()).map(o -> o.operationId()).toList();
    assertEquals(List.of(), operations);
    List<Diagnostic> warnings = Fixtures.withCode(r, "MEDIA_TYPE_UNSUPPORTED");
    assertTrue(warnings.stream().anyMatch(d -> d.message().equals("operation X_Getpet is not generated: its XML response "
        + "cannot be read: model Dog takes part in inheritance, which has no XML form here")), warnings::toString);
    assertTrue(warnings.stream().anyMatch(d -> d.message().startsWith("operation X_Putflat cannot send its body as "
        + "application/xml: property Flat.a is flattened")), warnings::toString);
    assertTrue(warnings.stream().anyMatch(d -> d.pointer().equals("/paths/~1pet/get")), warnings::toString);
    assertFalse(s.xml().containsKey("Dog"));
  }

  @Test
  void aJsonOperationOfAnXmlServiceStaysJson() {
    NormalizeResult r = normalize("'/json':{'put':{'operationId':'X_Json','consumes':['application/json'],"
            + "'parameters':[{'name':'b','in':'body','schema':{'$ref':'#/definitions/Pet'}}],"
            + "'responses':{'200':{'description':'ok'}}}}",
        "'Pet':{'type':'object','discriminator':'kind','required':['kind'],'properties':{'kind':{'type':'string'}}}");
    assertEquals(Kind.JSON, operation(Fixtures.only(r), "X_Json").media().primary().orElseThrow().kind());
    assertTrue(Fixtures.withCode(r, "MEDIA_TYPE_UNSUPPORTED").isEmpty());
  }

  @Test
  void onlyTheWaysOfSendingThatHaveNoXmlFormAreLeftOut() {
    String dog = "'Pet':{'type':'object','discriminator':'kind','required':['kind'],'properties':{'kind':{'type':'string'}}},"
        + "'Dog':{'allOf':[{'$ref':'#/definitions/Pet'}],'properties':{'bark':{'type':'string'}}},"
        + "'Slide':{'type':'object','properties':{'text':{'type':'string'}}}";
    NormalizeResult r = normalize("'/both':{'put':{'operationId':'X_Both','consumes':['application/xml','application/json'],"
            + "'parameters':[{'name':'b','in':'body','schema':{'$ref':'#/definitions/Dog'}}],'responses':{'200':{'description':'ok'}}}},"
            + "'/only':{'put':{'operationId':'X_Only','parameters':[{'name':'b','in':'body','schema':{'$ref':'#/definitions/Dog'}}],"
            + "'responses':{'200':{'description':'ok'}}}},"
            + "'/slides/{id}':{'put':{'operationId':'X_Slide','parameters':[{'name':'id','in':'path','required':true,'type':'string'},"
            + "{'name':'b','in':'body','schema':{'$ref':'#/definitions/Slide'}}],'responses':{'200':{'description':'ok'}}}},"
            + "'/later':{'get':{'operationId':'X_Later','responses':{'200':{'description':'ok'},"
            + "'201':{'description':'c','schema':{'$ref':'#/definitions/Dog'}}}}}",
        dog);
    Service s = Fixtures.only(r);
    assertEquals(List.of(Kind.JSON), operation(s, "X_Both").media().requests().stream().map(m -> m.kind()).toList(),
        "the XML way is left out, the JSON one kept");
    assertEquals(Kind.XML, operation(s, "X_Slide").media().primary().orElseThrow().kind(), "a path parameter is no body");
    List<String> operations = s.groups().stream().flatMap(g -> g.operations().stream()).map(o -> o.operationId()).sorted().toList();
    assertEquals(List.of("X_Both", "X_Slide"), operations);
    List<String> messages = Fixtures.withCode(r, "MEDIA_TYPE_UNSUPPORTED").stream().map(Diagnostic::message).toList();
    assertTrue(messages.contains("operation X_Only is not generated: no way of sending its body is left"), messages::toString);
    assertTrue(messages.stream().anyMatch(m -> m.startsWith("operation X_Later is not generated: its XML response cannot be read")),
        messages::toString);
  }
}

package io.armgen.generator.emit;

import io.armgen.generator.model.ApiModel;
import io.armgen.generator.model.EnumType;
import io.armgen.generator.model.ObjectType;
import io.armgen.generator.model.Operation;
import io.armgen.generator.model.Operation.FinalStateVia;
import io.armgen.generator.model.OperationGroup;
import io.armgen.generator.model.Parameter;
import io.armgen.generator.model.Parameter.Location;
import io.armgen.generator.model.Property;
import io.armgen.generator.model.ResourceType;
import io.armgen.generator.model.Service;
import io.armgen.generator.model.SourceLocation;
import io.armgen.generator.model.TypeRef;
import io.armgen.generator.model.TypeRef.PrimitiveKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small hand-built ARM service exercising every client shape: a widget resource with an ETag
 * (GET with an optional query parameter, LRO PUT with a header, LRO DELETE via
 * Azure-AsyncOperation, pageable list with nextLink) and gadgets without one (single-page list,
 * PATCH, an enum result, name collisions, a parameter named like a reader lambda's, and a
 * non-model body sent as JSON).
 */
final class SampleArmApi {
  static final String PACKAGE = "com.example.sample";
  static final String MODELS = PACKAGE + ".models";
  static final String RG = "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}";
  static final String WIDGET_PATH = RG + "/providers/Microsoft.Sample/widgets/{widgetName}";
  static final String GADGET_PATH = "/subscriptions/{subscriptionId}/providers/Microsoft.Sample/gadgets/{gadgetName}";

  private SampleArmApi() {}

  static ApiModel model() {
    return new ApiModel(List.of(service("specs/sample/sample.json")));
  }

  static Service service(String sourceFile) {
    return new Service("Sample", "Microsoft.Sample", "2024-01-01", "Sample Management Client",
        "Manages widgets and gadgets.", PACKAGE, sourceFile, objects(), enums(),
        List.of(widgets(), gadgets()), resources());
  }

  static List<ObjectType> objects() {
    return List.of(
        object("Widget", true, prop("etag", string(), true), prop("color", string(), false),
            flattened(List.of("properties", "size"), "size", TypeRef.of(PrimitiveKind.INT32))),
        object("WidgetListResult", false, prop("value", new TypeRef.ArrayOf(named("Widget")), true),
            prop("nextLink", string(), true)),
        object("Gadget", true, prop("name", string(), true), prop("kind", named("GadgetKind"), false)),
        object("GadgetListResult", false, prop("value", new TypeRef.ArrayOf(named("Gadget")), true)),
        // a model whose name the gadget's id class would otherwise take
        object("GadgetId", false, prop("value", string(), false)));
  }

  static List<EnumType> enums() {
    return List.of(new EnumType("GadgetKind", "Kinds of gadget.", true, PrimitiveKind.STRING,
        List.of(new EnumType.EnumValue("Small", "SMALL", "small"), new EnumType.EnumValue("Large", "LARGE", "large")),
        where("#/definitions/GadgetKind")));
  }

  static List<ResourceType> resources() {
    return List.of(
        new ResourceType("Widget", "Microsoft.Sample/widgets", WIDGET_PATH, List.of(
            new ResourceType.Segment("subscriptions", "subscriptionId", "subscriptionId"),
            new ResourceType.Segment("resourceGroups", "resourceGroupName", "resourceGroupName"),
            new ResourceType.Segment("widgets", "widgetName", "widgetName")), "Widget", null),
        new ResourceType("Gadget", "Microsoft.Sample/gadgets", GADGET_PATH, List.of(
            new ResourceType.Segment("subscriptions", "subscriptionId", "subscriptionId"),
            new ResourceType.Segment("gadgets", "gadgetName", "gadgetName")), "Gadget", null));
  }

  static OperationGroup widgets() {
    Parameter expand = new Parameter("$expand", "expand", Location.QUERY, string(), false, false, null, false,
        "Related data to include.");
    Parameter tag = new Parameter("x-ms-sample-tag", "sampleTag", Location.HEADER, string(), false, false, null, false,
        "A tag echoed by the service.");
    Parameter body = new Parameter("parameters", "parameters", Location.BODY, named("Widget"), true, false, null,
        false, "The widget to create or update.");
    return new OperationGroup("Widgets", "Widget operations.", List.of(
        op("Widgets_Get", "get", "GET", WIDGET_PATH, params(widgetPath(), expand), ok(200, named("Widget"))),
        lro(op("Widgets_CreateOrUpdate", "createOrUpdate", "PUT", WIDGET_PATH, params(widgetPath(), body, tag),
            ok(200, named("Widget")), ok(201, named("Widget"))), FinalStateVia.DEFAULT),
        lro(op("Widgets_Delete", "delete", "DELETE", WIDGET_PATH, params(widgetPath()),
            empty(200), empty(202), empty(204)), FinalStateVia.AZURE_ASYNC_OPERATION),
        paged(op("Widgets_ListByResourceGroup", "listByResourceGroup", "GET", RG + "/providers/Microsoft.Sample/widgets",
            params(List.of(subscriptionId(), pathParam("resourceGroupName"))), ok(200, named("WidgetListResult"))),
            "nextLink", "WidgetListResult", named("Widget"))));
  }

  static OperationGroup gadgets() {
    String list = "/subscriptions/{subscriptionId}/providers/Microsoft.Sample/gadgets";
    Parameter gadgetBody = new Parameter("parameters", "parameters", Location.BODY, named("Gadget"), true, false,
        null, false, "The changes.");
    Parameter tagsBody = new Parameter("tags", "tags", Location.BODY, new TypeRef.ArrayOf(string()), true, false,
        null, false, "Tags.");
    Parameter p = new Parameter("p", "p", Location.QUERY, string(), false, false, null, false, "A prefix.");
    Parameter format = new Parameter("format", "format", Location.QUERY, string(), true, true, "json", false,
        "Always json.");
    Parameter ids = new Parameter("ids", "ids", Location.QUERY, new TypeRef.ArrayOf(TypeRef.of(PrimitiveKind.INT32)),
        false, false, null, false, "Filter by ids.");
    Parameter raw = new Parameter("gadgetName", "gadgetName", Location.PATH, string(), true, false, null, true,
        "The gadget, inserted without encoding.");
    return new OperationGroup("Gadgets", null, List.of(
        paged(op("Gadgets_List", "list", "GET", list, params(List.of(subscriptionId()), format, ids),
            ok(200, named("GadgetListResult"))), null, "GadgetListResult", named("Gadget")),
        op("Gadgets_Update", "update", "PATCH", GADGET_PATH, params(List.of(subscriptionId(), raw), gadgetBody),
            ok(200, named("Gadget"))),
        op("Gadgets_GetKind", "getKind", "GET", GADGET_PATH + "/kind", params(List.of(subscriptionId(), raw)),
            ok(200, named("GadgetKind"))),
        op("Gadgets_GetKindAsync", "getKindAsync", "GET", GADGET_PATH + "/kind2", params(List.of(subscriptionId(), raw)),
            ok(200, named("GadgetKind"))),
        op("Gadgets_Restart", "restart", "POST", GADGET_PATH + "/restart", params(List.of(subscriptionId(), raw)),
            empty(204)),
        op("Gadgets_Restart2", "restart", "POST", GADGET_PATH + "/restartNow", params(List.of(subscriptionId(), raw)),
            empty(200)),
        op("Gadgets_ListNames", "listNames", "GET", list + "/names", params(List.of(subscriptionId()), p),
            ok(200, new TypeRef.ArrayOf(string()))),
        op("Gadgets_SetTags", "setTags", "PUT", GADGET_PATH + "/tags", params(List.of(subscriptionId(), raw), tagsBody),
            empty(200))));
  }

  // ---- small builders ----

  static TypeRef string() {
    return TypeRef.of(PrimitiveKind.STRING);
  }

  static TypeRef named(String name) {
    return new TypeRef.Named(name);
  }

  static SourceLocation where(String pointer) {
    return SourceLocation.of("sample.json", pointer);
  }

  static ObjectType object(String name, boolean resource, Property... properties) {
    return new ObjectType(name, name, "A " + name + ".", Optional.empty(), List.of(properties), Optional.empty(),
        Optional.empty(), Optional.empty(), List.of(), resource, where("#/definitions/" + name));
  }

  static Property prop(String wire, TypeRef type, boolean readOnly) {
    return new Property(List.of(wire), wire, type, false, readOnly, false, "The " + wire + ".", where("#/p/" + wire));
  }

  static Property flattened(List<String> wirePath, String javaName, TypeRef type) {
    return new Property(wirePath, javaName, type, false, false, false, "The " + javaName + ".", where("#/p/" + javaName));
  }

  static Parameter subscriptionId() {
    return new Parameter("subscriptionId", "subscriptionId", Location.PATH, string(), true, true, null, false,
        "The subscription.");
  }

  static Parameter apiVersion() {
    return new Parameter("api-version", "apiVersion", Location.QUERY, string(), true, true, "2024-01-01", false,
        "The API version.");
  }

  static Parameter pathParam(String name) {
    return new Parameter(name, name, Location.PATH, string(), true, false, null, false, "The " + name + ".");
  }

  static List<Parameter> widgetPath() {
    return List.of(subscriptionId(), pathParam("resourceGroupName"), pathParam("widgetName"));
  }

  /** Path parameters, then api-version, then the rest, as specs usually order them. */
  static List<Parameter> params(List<Parameter> path, Parameter... more) {
    List<Parameter> all = new ArrayList<>(path);
    all.add(apiVersion());
    all.addAll(List.of(more));
    return all;
  }

  static Operation.Response ok(int status, TypeRef body) {
    return new Operation.Response(status, Optional.of(body), List.of());
  }

  static Operation.Response empty(int status) {
    return new Operation.Response(status, Optional.empty(), List.of());
  }

  static Operation op(String id, String javaName, String method, String path, List<Parameter> params,
      Operation.Response... responses) {
    return new Operation(id, javaName, method, path, "Does " + id + ".", params, List.of(responses),
        Optional.of(new TypeRef.Runtime("io.armgen.runtime.arm.ManagementError")), Optional.empty(), Optional.empty(),
        List.of(), where("#/paths/" + id));
  }

  static Operation lro(Operation o, FinalStateVia via) {
    return new Operation(o.operationId(), o.javaName(), o.httpMethod(), o.path(), o.description(), o.parameters(),
        o.responses(), o.errorType(), Optional.of(new Operation.LongRunning(via)), o.paging(), o.examples(), o.origin());
  }

  static Operation paged(Operation o, String nextLink, String pageType, TypeRef item) {
    return new Operation(o.operationId(), o.javaName(), o.httpMethod(), o.path(), o.description(), o.parameters(),
        o.responses(), o.errorType(), o.longRunning(),
        Optional.of(new Operation.Paging("value", Optional.ofNullable(nextLink), named(pageType), item)),
        o.examples(), o.origin());
  }

  /**
   * Minimal stand-ins for the model classes the model writers emit, following their conventions
   * ({@code fromJson}, {@code fromString}), so the clients compile on their own.
   */
  static Map<String, String> handWrittenModels() {
    String model = "package " + MODELS + ";\n"
        + "/** Stand-in model. */\n"
        + "public final class %1$s extends io.armgen.runtime.json.JsonModel {\n"
        + "  /** @param parser on the object @return the model @throws java.io.IOException on bad JSON */\n"
        + "  public static %1$s fromJson(com.fasterxml.jackson.core.JsonParser parser) throws java.io.IOException {\n"
        + "    return readObject(parser, new %1$s());\n"
        + "  }\n"
        + "}\n";
    String enumClass = "package " + MODELS + ";\n"
        + "/** Stand-in enum. */\n"
        + "public final class GadgetKind {\n"
        + "  private final String value;\n"
        + "  private GadgetKind(String value) { this.value = value; }\n"
        + "  /** @param value wire value @return the kind */\n"
        + "  public static GadgetKind fromString(String value) { return value == null ? null : new GadgetKind(value); }\n"
        + "  @Override public String toString() { return value; }\n"
        + "}\n";
    String path = MODELS.replace('.', '/') + "/";
    return Map.of(
        path + "Widget.java", String.format(model, "Widget"),
        path + "Gadget.java", String.format(model, "Gadget"),
        path + "GadgetKind.java", enumClass);
  }
}

package io.armgen.generator.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Small upstream-style ARM specs for the shared-shape tests: a service {@code Microsoft.<Name>}
 * with a child resource {@code hubs/{hubName}/widgets} (GET, long-running PUT, DELETE, pageable
 * list) whose flattened properties hold whatever definitions the test adds.
 */
final class SyntheticSpecs {
  private SyntheticSpecs() {}

  /**
   * Writes {@code <dir>/<name>.json}.
   *
   * @param widgetProperties the JSON members of {@code WidgetProperties.properties}
   * @param definitions further JSON members of {@code definitions}, or ""
   */
  static Path write(Path dir, String name, String widgetProperties, String definitions) throws IOException {
    String id = "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft." + name
        + "/hubs/{hubName}/widgets/{widgetName}";
    String collection = id.substring(0, id.lastIndexOf('/'));
    String common = "{'$ref':'#/parameters/SubscriptionId'},{'$ref':'#/parameters/ResourceGroup'},"
        + "{'name':'hubName','in':'path','required':true,'type':'string','x-ms-parameter-location':'method'}";
    String widget = "{'name':'widgetName','in':'path','required':true,'type':'string','x-ms-parameter-location':'method'}";
    String apiVersion = "{'$ref':'#/parameters/ApiVersion'}";
    String ok = "'200':{'description':'OK','schema':{'$ref':'#/definitions/Widget'}}";
    String text = "{'swagger':'2.0','info':{'title':'" + name + "ManagementClient','version':'2024-01-01'},"
        + "'host':'management.azure.com','schemes':['https'],'consumes':['application/json'],'produces':['application/json'],"
        + "'paths':{"
        + "'" + id + "':{"
        + "'get':{'operationId':'Widgets_Get','description':'Reads a widget.','parameters':[" + common + "," + widget + "," + apiVersion + "],"
        + "'responses':{" + ok + "}},"
        + "'put':{'operationId':'Widgets_CreateOrUpdate','description':'Creates or updates a widget.','parameters':[" + common + "," + widget + ","
        + "{'name':'body','in':'body','required':true,'schema':{'$ref':'#/definitions/Widget'}}," + apiVersion + "],"
        + "'responses':{" + ok + ",'201':{'description':'Created','schema':{'$ref':'#/definitions/Widget'}}},"
        + "'x-ms-long-running-operation':true},"
        + "'delete':{'operationId':'Widgets_Delete','description':'Deletes a widget.','parameters':[" + common + "," + widget + "," + apiVersion + "],"
        + "'responses':{'200':{'description':'OK'},'204':{'description':'Gone'}}}},"
        + "'" + collection + "':{"
        + "'get':{'operationId':'Widgets_List','description':'Lists widgets.','parameters':[" + common + "," + apiVersion + "],"
        + "'responses':{'200':{'description':'OK','schema':{'$ref':'#/definitions/WidgetList'}}},"
        + "'x-ms-pageable':{'nextLinkName':'nextLink'}}}},"
        + "'definitions':{"
        + "'Widget':{'description':'A widget.','x-ms-azure-resource':true,'required':['location'],'properties':{"
        + "'id':{'type':'string','readOnly':true},'name':{'type':'string','readOnly':true},'type':{'type':'string','readOnly':true},"
        + "'location':{'type':'string'},"
        + "'properties':{'x-ms-client-flatten':true,'$ref':'#/definitions/WidgetProperties'}}},"
        + "'WidgetProperties':{'properties':{" + widgetProperties + "}},"
        + "'WidgetList':{'properties':{'value':{'type':'array','items':{'$ref':'#/definitions/Widget'}},'nextLink':{'type':'string'}}}"
        + (definitions.isEmpty() ? "" : "," + definitions) + "},"
        + "'parameters':{"
        + "'SubscriptionId':{'name':'subscriptionId','in':'path','required':true,'type':'string'},"
        + "'ResourceGroup':{'name':'resourceGroupName','in':'path','required':true,'type':'string','x-ms-parameter-location':'method'},"
        + "'ApiVersion':{'name':'api-version','in':'query','required':true,'type':'string'}}}";
    Path file = dir.resolve(name.toLowerCase(java.util.Locale.ROOT) + ".json");
    Files.writeString(file, text.replace('\'', '"'));
    return file;
  }
}

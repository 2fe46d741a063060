package io.armgen.generator.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Javadoc of generated operation methods is what an IDE shows a user: the spec's description
 * (or which operation is called when there is none), how the method waits or pages, what each
 * parameter means and what {@code null} does, and what comes back, per kind of operation.
 */
class OperationJavadocTest {
  @TempDir
  Path tmp;

  private static final String SPEC = """
      {"swagger": "2.0", "info": {"title": "Things", "version": "2024-01-01"},
       "host": "example.net", "schemes": ["https"],
       "paths": {
        "/things/{name}": {
         "get": {"operationId": "Things_Get", "description": "Reads one thing.", "parameters": [
           {"name": "name", "in": "path", "required": true, "type": "string", "description": "The thing's name."},
           {"name": "filter", "in": "query", "type": "string"},
           {"name": "kind", "in": "query", "type": "string", "x-ms-client-default": "all"}],
          "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Thing"},
            "headers": {"x-ms-count": {"type": "integer"}}}}},
         "put": {"operationId": "Things_Create", "x-ms-long-running-operation": true, "parameters": [
           {"name": "name", "in": "path", "required": true, "type": "string"},
           {"name": "body", "in": "body", "required": true, "schema": {"$ref": "#/definitions/Thing"}}],
          "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Thing"}},
            "201": {"description": "created", "schema": {"$ref": "#/definitions/Thing"}}}},
         "head": {"operationId": "Things_Exists", "parameters": [
           {"name": "name", "in": "path", "required": true, "type": "string"}],
          "responses": {"204": {"description": "yes"}, "404": {"description": "no"}}},
         "delete": {"operationId": "Things_Delete", "parameters": [
           {"name": "name", "in": "path", "required": true, "type": "string"}],
          "responses": {"200": {"description": "gone"}, "204": {"description": "gone"}}}},
        "/things/{name}/switch": {
         "post": {"operationId": "Things_Switch", "parameters": [
           {"name": "name", "in": "path", "required": true, "type": "string"},
           {"name": "state", "in": "body", "required": true,
            "schema": {"type": "string", "enum": ["on"], "x-ms-enum": {"name": "State", "modelAsString": false}}}],
          "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Thing"}}}}},
        "/things": {
         "get": {"operationId": "Things_List", "x-ms-pageable": {"nextLinkName": "nextLink"},
          "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/ThingList"}}}},
         "post": {"operationId": "Things_Rebuild", "x-ms-long-running-operation": true,
          "x-ms-pageable": {"nextLinkName": "nextLink"},
          "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/ThingList"}},
            "202": {"description": "accepted"}}}}},
       "definitions": {
        "Thing": {"type": "object", "properties": {"size": {"type": "integer"}}},
        "ThingList": {"type": "object", "properties": {
          "value": {"type": "array", "items": {"$ref": "#/definitions/Thing"}}, "nextLink": {"type": "string"}}}}}
      """;

  /**
   * Generated before each test, not once per class: PIT credits what a {@code @BeforeAll} runs to
   * the first test only, so a mutant of the generator would meet one assertion instead of all.
   */
  private String client;

  @BeforeEach
  void generate() throws Exception {
    Map<String, String> files = InlineSpec.javaSources(InlineSpec.generate(tmp, "things", SPEC).files());
    client = files.get(InlineSpec.className(files, "ThingsClient").replace('.', '/') + ".java");
  }

  /** The Javadoc block right before the first declaration that starts with {@code declaration}. */
  private String doc(String declaration) {
    int at = client.indexOf("  public " + declaration);
    assertTrue(at > 0, () -> "no method " + declaration + " in\n" + client);
    return client.substring(client.lastIndexOf("/**", at), at).strip();
  }

  @Test
  void aDescribedOperationShowsItsDescriptionItsParametersAndWhatNullDoes() {
    assertEquals("""
        /**
           * Reads one thing.
           *
           * <p>Operation {@code Things_Get}: {@code GET /things/{name}}.
           *
           * @param name The thing's name.
           * @param filter the {@code filter} parameter (optional; null to leave it out)
           * @param kind the {@code kind} parameter (optional; null sends {@code all})
           * @return the response body
           * @throws ManagementException when the service answers with an error
           */""", doc("Thing get(String name, String filter, String kind)"));
  }

  @Test
  void anUndescribedOperationNamesTheOperationItCalls() {
    String create = doc("Thing create(String name, Thing body)");
    assertTrue(create.startsWith("/**\n   * Calls {@code Things_Create}.\n"), create);
    assertTrue(create.contains("@param name the {@code name} parameter\n"), create);
    assertTrue(create.contains("@param body the {@code body} parameter\n"), create);
  }

  static Stream<Arguments> variants() {
    return Stream.of(
        Arguments.of("LroPoller<Thing> beginCreate(String name, Thing body)", List.of(
            "<p>Starts the long-running operation and returns a poller without waiting for it.",
            "@return a poller for the operation"), List.of("Waits")),
        Arguments.of("Thing create(String name, Thing body)", List.of(
            "<p>Waits until the long-running operation ends.", "@return the final result"), List.of("Holds no thread")),
        Arguments.of("CompletableFuture<Thing> createAsync(", List.of(
            "<p>Holds no thread while it waits: the future completes when the long-running operation ends.",
            "@return a future of the result"), List.of()),
        Arguments.of("CompletableFuture<Thing> getAsync(String name)", List.of(
            "<p>Holds no thread while it waits: the future completes when the call does.",
            "@return a future of the result"), List.of("long-running")),
        Arguments.of("ArmResponseWithHeaders<ThingsGetHeaders, Thing> getWithResponse(", List.of(
            "<p>Returns the status, the headers (the declared ones typed) and the value.", "@return the response"),
            List.of()),
        Arguments.of("ArmResponse<Void> deleteWithResponse(", List.of(
            "<p>Returns the status, the headers and the value.", "@return the response"), List.of("typed")),
        Arguments.of("void delete(String name)", List.of("Calls {@code Things_Delete}.",
            "<p>Operation {@code Things_Delete}: {@code DELETE /things/{name}}."), List.of("@return", "Waits", "<p>Holds")),
        Arguments.of("CompletableFuture<Void> deleteAsync(", List.of(
            "@return a future that completes when the call ends"), List.of("a future of the result")),
        Arguments.of("boolean exists(String name)", List.of(
            "@return true when the service answers 2xx, false when it answers 404"), List.of("the response body")),
        Arguments.of("Thing switchValue(String name)", List.of(
            "<p>Sends the body {@code \"on\"}, the only value the service accepts.",
            "<p>Operation {@code Things_Switch}: {@code POST /things/{name}/switch}.", "@return the response body"),
            List.of("@param state")),
        Arguments.of("PagedIterable<Thing> list()", List.of(
            "<p>Pages are fetched lazily as the items are iterated.", "@return the items of every page\n"), List.of()),
        Arguments.of("AsyncPagedIterable<Thing> listAsync()", List.of(
            "<p>Pages are fetched without blocking, one when the previous one has been handled.",
            "@return the pages, fetched when asked for"), List.of()),
        Arguments.of("PagedIterable<Thing> rebuild()", List.of(
            "<p>Waits until the long-running operation ends.",
            "@return the items of every page of the final result"), List.of()));
  }

  @ParameterizedTest
  @MethodSource("variants")
  void eachMethodSaysHowItWaitsOrPagesAndWhatItReturns(String declaration, List<String> says, List<String> never) {
    String doc = doc(declaration);
    says.forEach(text -> assertTrue(doc.contains(text), () -> "missing \"" + text + "\" in\n" + doc));
    never.forEach(text -> assertFalse(doc.contains(text), () -> "unexpected \"" + text + "\" in\n" + doc));
  }

  @Test
  void onlyTheOperationWithAConstantBodyMentionsIt() {
    assertFalse(doc("Thing get(String name)").contains("Sends the body"));
    assertFalse(doc("Thing create(String name, Thing body)").contains("Sends the body"));
  }
}

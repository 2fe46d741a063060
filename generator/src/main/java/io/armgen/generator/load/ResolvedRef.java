package io.armgen.generator.load;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Where a {@code $ref} leads: the document, the JSON pointer in it (without '#') and the node.
 * The {@code (document.path, pointer)} pair identifies a definition across files.
 */
public record ResolvedRef(SpecDocument document, String pointer, JsonNode node) {}

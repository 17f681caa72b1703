package org.claimtrack.system.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/** Resolves local {@code $ref}s ({@code #/components/...}) of an OpenAPI document. */
final class Schemas {

    private static final int MAX_DEPTH = 14;
    private final JsonNode doc;

    Schemas(JsonNode doc) {
        this.doc = doc;
    }

    /** The node itself, or what its {@code $ref} points to (following chains). */
    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int i = 0; i < 10 && current.has("$ref"); i++) {
            current = doc.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }

    /** A copy of the schema with every {@code $ref} replaced by its target, down to a bounded depth (cycles). */
    JsonNode inline(JsonNode schema) {
        return inline(schema, 0);
    }

    private JsonNode inline(JsonNode node, int depth) {
        JsonNode resolved = resolve(node);
        if (depth > MAX_DEPTH) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (resolved.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = resolved.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                copy.set(e.getKey(), inline(e.getValue(), e.getKey().equals("properties") ? depth : depth + 1));
            }
            return copy;
        }
        if (resolved.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            resolved.forEach(n -> copy.add(inline(n, depth + 1)));
            return copy;
        }
        return resolved;
    }
}

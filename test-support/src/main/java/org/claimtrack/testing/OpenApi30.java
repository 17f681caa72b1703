package org.claimtrack.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The served OpenAPI 3.1 document in the 3.0 form swagger-request-validator checks fully. Read as 3.1, the validator
 * checks statuses, content types and required properties but no {@code type}: a page whose {@code items} is a number
 * passed. The documents use two 3.1 forms only, rewritten here: {@code examples} as an array in a schema (3.0:
 * {@code example}, the first one), and keywords beside a {@code $ref} (3.0 ignores them; the validator refuses them).
 *
 * <p>{@link #closed} reads it as strictly as generated clients do: openapi-generator's default Java client
 * (okhttp-gson) refuses an answer holding a property its schema does not declare, since a schema without
 * {@code additionalProperties} counts there as closed.
 */
public final class OpenApi30 {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenApi30() {
    }

    public static String of(String document31) {
        return write(read30(document31));
    }

    /**
     * The 3.0 form with every object schema that lists its properties closed ({@code additionalProperties: false})
     * unless it says otherwise. {@code Problem} stays open: RFC 9457 lets a problem carry members of its own.
     * Schemas composed with {@code allOf} are left as they are (closing a part would refuse the other parts'
     * properties); only request bodies, which the check does not judge, are composed so.
     */
    public static String closed(String document31) {
        ObjectNode doc = read30(document31);
        doc.path("components").path("schemas").fields().forEachRemaining(schema -> {
            if (!schema.getKey().equals("Problem")) {
                close(schema.getValue());
            }
        });
        doc.path("paths").forEach(OpenApi30::close);
        return write(doc);
    }

    private static ObjectNode read30(String document31) {
        try {
            ObjectNode doc = (ObjectNode) JSON.readTree(document31);
            doc.put("openapi", "3.0.3");
            rewrite(doc);
            return doc;
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not an OpenAPI document in JSON", e);
        }
    }

    private static String write(ObjectNode doc) {
        try {
            return JSON.writeValueAsString(doc);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void close(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has("properties") && !object.has("additionalProperties") && !object.has("allOf")
                    && !object.has("oneOf") && !object.has("anyOf")) {
                object.put("additionalProperties", false);
            }
            object.forEach(OpenApi30::close);
        } else if (node instanceof ArrayNode array) {
            array.forEach(OpenApi30::close);
        }
    }

    private static void rewrite(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has("$ref")) {
                JsonNode ref = object.get("$ref");
                object.removeAll();
                object.set("$ref", ref);
                return;
            }
            if (object.get("examples") instanceof ArrayNode examples && object.has("type")) {
                object.remove("examples");
                if (!examples.isEmpty()) {
                    object.set("example", examples.get(0));
                }
            }
            object.forEach(OpenApi30::rewrite); // rewrites each value in place; the object's own keys stay
        } else if (node instanceof ArrayNode array) {
            array.forEach(OpenApi30::rewrite);
        }
    }
}

package org.claimtrack.system.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds a plausible, valid value for a schema, so that each malformed request differs from an acceptable one in
 * exactly one way. References ({@code sourceId}, {@code documentId}, ...) point at the fuzz fixture's records.
 */
final class ValidValues {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final AtomicLong SEQUENCE = new AtomicLong();
    private final Fixture fixture;
    /** The source a stance body cites: one per service, so each one's valid stance is new (not a 409 duplicate). */
    private final String stanceSourceId;

    ValidValues(Fixture fixture, String stanceSourceId) {
        this.fixture = fixture;
        this.stanceSourceId = stanceSourceId;
    }

    JsonNode of(JsonNode schema, String name) {
        if (schema == null || schema.isMissingNode()) {
            return F.textNode("x");
        }
        JsonNode byName = byName(name);
        if (byName != null) {
            // a list of ids in a body (/records/lookup), the same as a comma-separated query value
            return type(schema).equals("array") && byName.isTextual() ? F.arrayNode().add(byName) : byName;
        }
        if (schema.has("enum") && schema.get("enum").size() > 0) {
            return firstNonNull(schema.get("enum"));
        }
        for (String combinator : new String[] {"allOf", "oneOf", "anyOf"}) {
            if (schema.has(combinator)) {
                return combine(schema.get(combinator), combinator.equals("allOf"), name);
            }
        }
        String type = type(schema);
        switch (type) {
            case "object":
                ObjectNode object = F.objectNode();
                for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> p = it.next();
                    if (!p.getValue().path("readOnly").asBoolean(false)) {
                        object.set(p.getKey(), of(p.getValue(), p.getKey()));
                    }
                }
                return object;
            case "array":
                ArrayNode array = F.arrayNode();
                int items = Math.max(1, schema.path("minItems").asInt(1));
                JsonNode itemSchema = schema.path("items");
                for (int i = 0; i < items; i++) {
                    // objects (e.g. the quotes to locate) are built from their own fields, not named as a whole
                    array.add(of(itemSchema, type(itemSchema).equals("object") ? null : singular(name)));
                }
                return array;
            case "integer":
                return F.numberNode(Math.max(schema.path("minimum").asLong(1), Math.min(1, schema.path("maximum").asLong(1))));
            case "number":
                return F.numberNode(schema.path("minimum").asDouble(1.0));
            case "boolean":
                return F.booleanNode(true);
            default:
                return F.textNode(string(schema));
        }
    }

    /** The JSON type of a schema; OpenAPI 3.1 lists like {@code ["string","null"]} give their non-null member. */
    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : schema.has("items") ? "array" : "string";
    }

    private JsonNode combine(JsonNode members, boolean all, String name) {
        if (!all) {
            for (JsonNode m : members) {
                if (!type(m).equals("null")) {
                    return of(m, name);
                }
            }
        }
        ObjectNode merged = F.objectNode();
        for (JsonNode m : members) {
            JsonNode v = of(m, name);
            if (v.isObject()) {
                merged.setAll((ObjectNode) v);
            } else if (members.size() == 1) {
                return v;
            }
        }
        return merged;
    }

    private JsonNode byName(String name) {
        if (name == null) {
            return null;
        }
        long n = SEQUENCE.incrementAndGet();
        return switch (name) {
            case "sourceId" -> F.textNode(stanceSourceId);
            case "sourceIds", "publisherId", "memberOfId" -> F.textNode(fixture.sourceId());
            case "into", "partyId" -> F.textNode(fixture.partyId());
            case "username" -> F.textNode(fixture.username()); // e.g. whose API token; a new user's body is known
            case "role" -> F.textNode("reviewer");
            case "event" -> F.textNode("claim.status-changed"); // a webhook subscription's events
            case "assignee" -> F.textNode(fixture.username()); // a claim is assigned to a user of the deployment

            case "password" -> F.textNode("fuzz passphrase " + n + " long enough to be accepted");
            case "reportedBy" -> F.nullNode(); // only an ATTRIBUTION is reported by someone else
            case "affiliation" -> F.nullNode(); // the partyId names the party
            case "withdrawnAt" -> F.textNode(java.time.Instant.now().toString()); // after the verdict was published
            case "parentId" -> F.nullNode();
            case "externalId" -> F.textNode("fuzz-" + n);
            case "documentIds" -> F.textNode(fixture.documentId());
            case "documentId" -> F.textNode(fixture.documentId());
            case "claimId" -> F.textNode(fixture.claimId());
            case "id" -> F.textNode(fixture.sourceId());
            case "ids" -> F.arrayNode().add(fixture.sourceId());
            case "name" -> F.textNode("Fuzz source " + n + " " + UUID.randomUUID());
            case "text" -> F.textNode("Fuzz claim " + n + " states a checkable fact " + UUID.randomUUID());
            case "title", "headline" -> F.textNode("Fuzz title " + n);
            // an address the shared system may archive (POST /documents/archive fetches it); any other url takes it too
            case "url" -> F.textNode(org.claimtrack.system.SharedSystem.website().url("/pages/" + UUID.randomUUID()));
            case "country" -> F.textNode("UA");
            case "language" -> F.textNode("en");
            case "quote", "exact" -> F.textNode(fixture.quote());
            // the fixture document's archived text is "Yesterday <quote>, observers said."
            case "prefix" -> F.textNode("Yesterday ");
            case "suffix" -> F.textNode(", observers said.");
            // said before the fixture document (published 10:00) that quotes it
            case "statedAt", "eventTime" -> F.textNode("2021-12-30T09:00:00Z");
            case "publishedAt" -> F.textNode("2021-12-30T12:00:00Z");
            case "reviewer" -> F.textNode("Fuzz reviewer");
            case "explanation", "description" -> F.textNode("Fuzz explanation " + n + ", long enough for a verdict.");
            case "archivedText" -> F.textNode("Fuzz archived text " + n + ". " + fixture.quote());
            default -> null;
        };
    }

    private static String string(JsonNode schema) {
        switch (schema.path("format").asText()) {
            case "uuid":
                return UUID.randomUUID().toString();
            case "date-time":
                return "2021-12-30T12:00:00Z";
            case "date":
                return "2021-12-30";
            case "uri", "url":
                return "https://fuzz.example.org/" + UUID.randomUUID();
            case "email":
                return "fuzz@example.org";
            default:
                int min = schema.path("minLength").asInt(0);
                String s = "fuzz value " + SEQUENCE.incrementAndGet();
                while (s.length() < min) {
                    s = s + " padding";
                }
                int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
                return s.length() > max ? s.substring(0, max) : s;
        }
    }

    private static JsonNode firstNonNull(JsonNode values) {
        for (JsonNode v : values) {
            if (!v.isNull()) {
                return v;
            }
        }
        return values.get(0);
    }

    private static String singular(String name) {
        if (name == null) {
            return null;
        }
        return name.equals("ids") ? "id" : name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }
}

package org.claimtrack.gateway.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The services' batch endpoints as the contract describes them (docs/INTERNAL-API.md, "Batch writes"), inside
 * WireMock: idempotent by natural key, FAILED items with field errors, the service token required. What was
 * stored can be read back by the tests.
 */
public class FakeServices implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "claimtrack-batches";
    static final ObjectMapper MAPPER = new ObjectMapper();

    /** Stored items per kind, by natural key, and their ids per kind. */
    final Map<String, Map<String, ObjectNode>> stored = new ConcurrentHashMap<>();
    final Map<String, Map<String, ObjectNode>> byId = new ConcurrentHashMap<>();

    @Override
    public String getName() {
        return NAME;
    }

    void clear() {
        stored.clear();
        byId.clear();
    }

    List<ObjectNode> all(String kind) {
        return List.copyOf(store(kind).values());
    }

    ObjectNode byKey(String kind, String key) {
        return store(kind).get(key);
    }

    private Map<String, ObjectNode> store(String kind) {
        return stored.computeIfAbsent(kind, k -> new ConcurrentHashMap<>());
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        if (!org.claimtrack.gateway.support.DownstreamStubs.SERVICE_TOKEN.equals(event.getRequest().getHeader("X-Claimtrack-Service-Token"))) {
            return answer(event, 401, MAPPER.createObjectNode().put("status", 401).put("title", "Unauthorized"));
        }
        String[] path = event.getRequest().getUrl().split("\\?")[0].split("/");
        String kind = path[1];
        try {
            JsonNode body = MAPPER.readTree(event.getRequest().getBodyAsString());
            if (kind.equals("parties") && path.length == 2) {
                return party(event, (ObjectNode) body);
            }
            if (path[2].equals("lookup")) {
                ArrayNode items = MAPPER.createArrayNode();
                body.get("ids").forEach(id -> {
                    ObjectNode item = ids(kind).get(id.asText());
                    if (item != null) {
                        items.add(item);
                    }
                });
                return answer(event, 200, MAPPER.createObjectNode().<ObjectNode>set("items", items).set("missingIds", MAPPER.createArrayNode()));
            }
            if (!body.isArray() || body.size() > 1000) {
                return answer(event, 400, MAPPER.createObjectNode().put("status", 400).put("title", "Bad Request"));
            }
            ArrayNode results = MAPPER.createArrayNode();
            for (int i = 0; i < body.size(); i++) {
                results.add(write(kind, (ObjectNode) body.get(i)).put("index", i));
            }
            return answer(event, 200, MAPPER.createObjectNode().set("items", results));
        } catch (Exception e) {
            return answer(event, 500, MAPPER.createObjectNode().put("status", 500));
        }
    }

    /** POST /parties: 201, or 409 with existingId when the name is already a party's name or alias. */
    private synchronized ResponseDefinition party(ServeEvent event, ObjectNode party) {
        ObjectNode existing = partyNamed(party.path("name").asText());
        if (existing != null) {
            return answer(event, 409, MAPPER.createObjectNode().put("status", 409).put("title", "Conflict")
                    .put("existingId", existing.get("id").asText()));
        }
        ObjectNode created = party.deepCopy().put("id", UUID.randomUUID().toString());
        store("parties").put(key("parties", party), created);
        ids("parties").put(created.get("id").asText(), created);
        return answer(event, 201, created);
    }

    /** The party a text names (name or alias, case-folded), the way the sources-service resolves an affiliation. */
    private ObjectNode partyNamed(String text) {
        String folded = text.toLowerCase(Locale.ROOT);
        return store("parties").values().stream().filter(p -> p.path("name").asText().toLowerCase(Locale.ROOT).equals(folded)
                        || java.util.stream.StreamSupport.stream(p.path("aliases").spliterator(), false)
                                .anyMatch(a -> a.asText().toLowerCase(Locale.ROOT).equals(folded)))
                .findFirst().orElse(null);
    }

    private synchronized ObjectNode write(String kind, ObjectNode item) {
        String missing = missing(kind, item);
        if (missing != null) {
            ObjectNode failed = MAPPER.createObjectNode().put("outcome", "FAILED").putNull("id");
            failed.putArray("errors").addObject().put("field", missing).put("message", "required or unknown");
            return failed;
        }
        String key = key(kind, item);
        ObjectNode existing = store(kind).get(key);
        if (existing != null) {
            return MAPPER.createObjectNode().put("outcome", "UNCHANGED").put("id", existing.get("id").asText());
        }
        ObjectNode created = item.deepCopy().put("id", UUID.randomUUID().toString());
        ObjectNode party = kind.equals("sources") ? partyNamed(item.path("affiliation").asText()) : null;
        if (party != null) { // no parents or memberOf here: the party is the root
            created.put("affiliation", party.get("name").asText());
            created.putObject("rootParty").put("id", party.get("id").asText()).put("name", party.get("name").asText());
        }
        store(kind).put(key, created);
        ids(kind).put(created.get("id").asText(), created);
        return MAPPER.createObjectNode().put("outcome", "CREATED").put("id", created.get("id").asText());
    }

    static String key(String kind, JsonNode item) {
        return switch (kind) {
            case "sources", "parties" -> item.path("name").asText().toLowerCase(Locale.ROOT);
            case "documents" -> item.path("url").asText();
            case "claims" -> item.path("text").asText().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            case "stances" -> item.path("claimId").asText() + "|" + item.path("sourceId").asText() + "|" + item.path("quote").asText()
                    + "|" + item.path("reportedBy").asText().toLowerCase(Locale.ROOT);
            default -> item.path("claimId").asText() + "|" + item.path("rating").asText() + "|" + item.path("reviewer").asText()
                    + "|" + item.path("explanation").asText();
        };
    }

    /** The first field that is missing or refers to nothing, or null. */
    private String missing(String kind, ObjectNode item) {
        return switch (kind) {
            case "sources" -> !item.hasNonNull("name") ? "name" : !item.hasNonNull("kind") ? "kind"
                    : item.hasNonNull("memberOfName") && store("sources").get(item.get("memberOfName").asText().toLowerCase(Locale.ROOT)) == null
                            ? "memberOfName" : null;
            case "documents" -> !item.hasNonNull("url") ? "url" : !item.hasNonNull("title") ? "title"
                    : item.hasNonNull("publisherId") && !exists("sources", item.get("publisherId").asText()) ? "publisherId" : null;
            case "claims" -> item.path("text").asText().length() < 10 ? "text" : null;
            case "stances" -> !exists("claims", item.path("claimId").asText()) ? "claimId"
                    : !exists("sources", item.path("sourceId").asText()) ? "sourceId"
                    : !item.path("source").hasNonNull("affiliation") ? "source"
                    : item.hasNonNull("documentId") && !exists("documents", item.get("documentId").asText()) ? "documentId"
                    : !item.hasNonNull("statedAt") ? "statedAt" : null;
            default -> !exists("claims", item.path("claimId").asText()) ? "claimId" : !item.hasNonNull("rating") ? "rating" : null;
        };
    }

    private boolean exists(String kind, String id) {
        return ids(kind).containsKey(id);
    }

    private Map<String, ObjectNode> ids(String kind) {
        return byId.computeIfAbsent(kind, k -> new ConcurrentHashMap<>());
    }

    private static ResponseDefinition answer(ServeEvent event, int status, JsonNode body) {
        return ResponseDefinitionBuilder.like(event.getResponseDefinition()).but().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body.toString()).build();
    }
}

package org.claimtrack.gateway.imports;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a ClaimReview feed as JSON-LD (titanium-json-ld): the upload is expanded — with schema.org as the default
 * vocabulary, so plain JSON without {@code @context} reads as schema.org too — and compacted again against
 * schema.org alone, so aliased or prefixed contexts ({@code "cr": "http://schema.org/ClaimReview"}) come out as the
 * plain schema.org names the {@link ClaimReviewMapper} reads. Then every ClaimReview in it is found wherever it
 * sits: top-level array, {@code @graph}, {@code DataFeed.dataFeedElement}, {@code ItemList.itemListElement} (also in
 * a {@code ListItem.item}); node references ({@code {"@id": "#org"}}) are embedded from the nodes they name.
 *
 * <p>There is no network at import time: the only remote context served is schema.org's, from a local resource
 * (http and https, with or without the {@code /docs/jsonldcontext.json} path, are the same vocabulary). Any other
 * remote context is refused and reported, never fetched. The whole feed is held in memory (JSON-LD needs the whole
 * document), so feeds are limited to {@link #MAX_BYTES}.
 */
final class JsonLdFeed {

    /** A feed is read whole; a bigger one is refused at upload (split it). */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    private static final String HTTPS = "https://schema.org/";
    private static final String HTTP = "http://schema.org/";
    private static final JsonStructure SCHEMA_ORG_CONTEXT;

    static {
        try (InputStream in = JsonLdFeed.class.getResourceAsStream("/jsonld/schema.org.jsonld")) {
            SCHEMA_ORG_CONTEXT = JsonDocument.of(in).getJsonContent().orElseThrow();
        } catch (IOException | JsonLdError e) {
            throw new IllegalStateException("the local schema.org context cannot be read", e);
        }
    }

    /** A ClaimReview node, with the JSON pointer of where it sits in the (compacted) feed. */
    record Review(String pointer, JsonNode node) {
    }

    /** The reviews found, or the problem that kept the feed from being read (then there are none). */
    record Result(List<Review> reviews, BundleSchema.Violation problem) {
    }

    private JsonLdFeed() {
    }

    static Result read(ObjectMapper mapper, Path file) throws IOException {
        OfflineLoader loader = new OfflineLoader();
        JsonObject compacted;
        try (InputStream in = Files.newInputStream(file)) {
            JsonDocument schemaOrg = JsonDocument.of(SCHEMA_ORG_CONTEXT);
            JsonArray expanded = JsonLd.expand(JsonDocument.of(in)).context(schemaOrg).loader(loader).get();
            compacted = JsonLd.compact(JsonDocument.of(expanded), schemaOrg).loader(loader).get();
        } catch (JsonLdError e) {
            if (!loader.refused.isEmpty()) {
                return new Result(List.of(), new BundleSchema.Violation("/@context", "the JSON-LD context "
                        + loader.refused.get(0) + " is not fetched (imports use no network): only schema.org's context "
                        + "is known here. Use \"@context\": \"https://schema.org\" or put the context in the file."));
            }
            return new Result(List.of(), new BundleSchema.Violation("", "not valid JSON-LD: " + describe(e)));
        }
        JsonNode tree = schemaNames(mapper.readTree(compacted.toString()));
        Map<String, JsonNode> nodes = new HashMap<>();
        index(tree, nodes);
        List<Review> reviews = new ArrayList<>();
        collect(embed(tree, nodes, new HashSet<>()), "", reviews, new HashSet<>());
        if (topLevelArray(mapper, file)) {
            // compaction turns a top-level array into @graph (or, with one element, the element): point into the upload
            return new Result(reviews.stream().map(r -> new Review(r.pointer().startsWith("/@graph/")
                    ? r.pointer().substring("/@graph".length()) : r.pointer().isEmpty() ? "/0" : r.pointer(), r.node())).toList(), null);
        }
        return new Result(reviews, null);
    }

    private static boolean topLevelArray(ObjectMapper mapper, Path file) throws IOException {
        try (com.fasterxml.jackson.core.JsonParser parser = mapper.createParser(Files.newInputStream(file))) {
            return parser.nextToken() == com.fasterxml.jackson.core.JsonToken.START_ARRAY;
        }
    }

    private static String describe(JsonLdError e) {
        String message = e.getMessage();
        String code = e.getCode() == null ? "" : e.getCode().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return message == null || message.isBlank() ? code : code + ": " + message;
    }

    /** Serves schema.org's context locally; refuses every other URL (and remembers it for the job report). */
    static final class OfflineLoader implements DocumentLoader {
        final List<URI> refused = new ArrayList<>();

        @Override
        public Document loadDocument(URI url, com.apicatalog.jsonld.loader.DocumentLoaderOptions options) throws JsonLdError {
            if (isSchemaOrg(url)) {
                JsonDocument document = JsonDocument.of(SCHEMA_ORG_CONTEXT);
                document.setDocumentUrl(url);
                return document;
            }
            refused.add(url);
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "remote context " + url + " is not fetched");
        }
    }

    static boolean isSchemaOrg(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        String path = url.getPath() == null ? "" : url.getPath();
        return (scheme.equals("http") || scheme.equals("https")) && (host.equals("schema.org") || host.equals("www.schema.org"))
                && (path.isEmpty() || path.equals("/") || path.equals("/docs/jsonldcontext.json")
                        || path.equals("/docs/jsonldcontext.jsonld"));
    }

    /**
     * Full schema.org IRIs left by compaction (the feed wrote {@code http://schema.org/}, or a prefix of it) become the
     * plain names: http and https schema.org are one vocabulary.
     */
    private static JsonNode schemaNames(JsonNode node) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                ((ArrayNode) node).set(i, schemaNames(node.get(i)));
            }
            return node;
        }
        if (!node.isObject()) {
            return node;
        }
        ObjectNode object = (ObjectNode) node;
        ObjectNode renamed = object.objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = plain(field.getKey());
            JsonNode value = field.getKey().equals("@type") ? types(field.getValue()) : schemaNames(field.getValue());
            if (!renamed.has(name)) {
                renamed.set(name, value);
            }
        }
        return renamed;
    }

    private static JsonNode types(JsonNode type) {
        if (type.isTextual()) {
            return TextNode.valueOf(plain(type.asText()));
        }
        if (type.isArray()) {
            for (int i = 0; i < type.size(); i++) {
                ((ArrayNode) type).set(i, types(type.get(i)));
            }
        }
        return type;
    }

    private static String plain(String name) {
        if (name.startsWith(HTTPS)) {
            return name.substring(HTTPS.length());
        }
        return name.startsWith(HTTP) ? name.substring(HTTP.length()) : name;
    }

    /** Nodes with an {@code @id} and something to say about it, by id. */
    private static void index(JsonNode node, Map<String, JsonNode> nodes) {
        if (node.isArray()) {
            node.forEach(element -> index(element, nodes));
        } else if (node.isObject()) {
            if (node.path("@id").isTextual() && node.size() > 1) {
                nodes.putIfAbsent(node.get("@id").asText(), node);
            }
            node.fields().forEachRemaining(field -> {
                if (!field.getKey().equals("@context")) {
                    index(field.getValue(), nodes);
                }
            });
        }
    }

    /** Replaces each bare reference {@code {"@id": x}} by the node x (a copy); a reference cycle stays a reference. */
    private static JsonNode embed(JsonNode node, Map<String, JsonNode> nodes, Set<String> open) {
        if (node.isArray()) {
            ArrayNode copy = ((ArrayNode) node).arrayNode();
            node.forEach(element -> copy.add(embed(element, nodes, open)));
            return copy;
        }
        if (!node.isObject()) {
            return node;
        }
        String id = node.path("@id").isTextual() ? node.get("@id").asText() : null;
        JsonNode target = node.size() == 1 && id != null && nodes.containsKey(id) ? nodes.get(id) : node;
        if (id != null && !open.add(id)) {
            return node;
        }
        ObjectNode copy = ((ObjectNode) target).objectNode();
        target.fields().forEachRemaining(field -> copy.set(field.getKey(),
                field.getKey().equals("@context") ? field.getValue() : embed(field.getValue(), nodes, open)));
        if (id != null) {
            open.remove(id);
        }
        return copy;
    }

    /** Every ClaimReview (a node typed so, or one with {@code claimReviewed}), once per {@code @id}, in document order. */
    private static void collect(JsonNode node, String pointer, List<Review> reviews, Set<String> seen) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, reviews, seen);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (isReview(node)) {
            if (!node.path("@id").isTextual() || seen.add(node.get("@id").asText())) {
                reviews.add(new Review(pointer, node));
            }
            return;
        }
        node.fields().forEachRemaining(field -> {
            if (!field.getKey().equals("@context")) {
                collect(field.getValue(), pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1"), reviews, seen);
            }
        });
    }

    private static boolean isReview(JsonNode node) {
        JsonNode type = node.path("@type");
        if (type.isTextual() && type.asText().equals("ClaimReview")) {
            return true;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (t.asText().equals("ClaimReview")) {
                    return true;
                }
            }
        }
        return node.has("claimReviewed");
    }
}

package org.claimtrack.gateway.imports;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * Streams a JSON upload item by item, so an import holds one item (and one batch) in memory, never the whole
 * file. The top level is either an array (each element is an item of the array named {@code ""}) or an object
 * whose array members named in {@code visitors} are streamed element by element; array members in
 * {@link #ITEM_ARRAYS} without a visitor are skipped unread, and every other member is read into the header.
 */
final class JsonItems {

    /** Members that may hold many items: a bundle's three lists and an ItemList's elements. */
    static final Set<String> ITEM_ARRAYS = Set.of("sources", "documents", "claims", "itemListElement");

    /** Receives one item with its JSON pointer, e.g. {@code /claims/17}. */
    @FunctionalInterface
    interface Visitor {
        void item(String pointer, int index, JsonNode item) throws IOException;
    }

    /** What the top level was. {@code header} holds the top-level object's other members (empty for an array). */
    record Shape(boolean array, ObjectNode header) {
    }

    private JsonItems() {
    }

    static Shape scan(ObjectMapper mapper, Path file, Map<String, Visitor> visitors) throws IOException {
        // one value at a time from a stream that goes on after it: the mapper's check for trailing tokens does not apply
        ObjectReader values = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        try (JsonParser parser = mapper.createParser(Files.newInputStream(file))) {
            JsonToken first = parser.nextToken();
            ObjectNode header = mapper.createObjectNode();
            if (first == JsonToken.START_ARRAY) {
                streamArray(parser, values, "", visitors.get(""));
                requireEnd(parser);
                return new Shape(true, header);
            }
            if (first != JsonToken.START_OBJECT) {
                throw new MalformedUpload("The body must be a JSON object (a bundle or an ItemList) or an array (a ClaimReview feed).");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.START_ARRAY && ITEM_ARRAYS.contains(name)) {
                    streamArray(parser, values, "/" + name, visitors.get(name));
                } else {
                    header.set(name, orNull(values.readTree(parser)));
                }
            }
            requireEnd(parser);
            return new Shape(false, header);
        }
    }

    private static void streamArray(JsonParser parser, ObjectReader values, String pointer, Visitor visitor) throws IOException {
        if (visitor == null) {
            parser.skipChildren();
            return;
        }
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            JsonNode item = orNull(values.readTree(parser));
            visitor.item(pointer + "/" + index, index, item);
            index++;
        }
    }

    private static JsonNode orNull(JsonNode node) {
        return node == null ? NullNode.instance : node;
    }

    private static void requireEnd(JsonParser parser) throws IOException {
        if (parser.nextToken() != null) {
            throw new MalformedUpload("Unexpected content after the end of the JSON document.");
        }
    }

    /** The upload is not a JSON document of an accepted shape. */
    static final class MalformedUpload extends IOException {
        MalformedUpload(String message) {
            super(message);
        }
    }
}

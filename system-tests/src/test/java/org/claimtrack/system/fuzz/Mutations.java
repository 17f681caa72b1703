package org.claimtrack.system.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Generates the malformed requests for one operation: each differs from a valid baseline in one way (bad path id,
 * bad query value, bad or missing or extra body field, broken JSON, wrong media type, bad headers), plus random
 * combinations of two body mutations.
 */
final class Mutations {

    /** Marker in JSON text that is replaced by a raw (possibly invalid) JSON fragment. */
    private static final String HOLE = "\"@@fuzz-hole@@\"";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HUGE = "x".repeat(100_000);

    static final List<String> PATH_VALUES = List.of("not-a-uuid", "0", "-1", "00000000-0000-0000-0000-000000000000",
            "%00", "%E2%80%AE", "%F0%9F%91%8D", "a".repeat(3000), "..%2F..%2Fetc", "%22%3Cscript%3E", "null", "%20",
            "1e10", "%ED%A0%80", "%27%20OR%201%3D1--", "3fa85f64-5717-4562-b3fc-2c963f66afa", "{id}");

    static final List<String> QUERY_VALUES = List.of("", "abc", "-1", "0", "2147483648", "99999999999999999999", "1.5",
            "NaN", "true", "%00", "%F0%9F%91%8D", "%E2%80%AE", "%ED%A0%80", "not-a-uuid", "2021-13-45T99:99:99Z",
            "2021-12-30", "%27%20OR%20%271%27%3D%271", "%25", "*", "y".repeat(5000), ",,,", "%3Cscript%3E", "-5",
            "100000", "201", "501", "e%CC%81%E2%80%8B", "1e400");

    /** Raw JSON values put where a field's value goes. */
    static final List<String> FIELD_VALUES = List.of("null", "123", "-1", "1.5e308", "true", "{}", "[]", "\"\"",
            "\"   \"", "\"" + HUGE + "\"", "\"\\u0000\"", "\"\\ud800\"", "\"\\u202e\\u202e evil\"",
            "\"\uD83D\uDC4D\uD83C\uDFFD \uD835\uDD4F e\\u0301 \\u200b\"", "\"not-a-uuid\"", "\"2021-13-45T99:99:99Z\"",
            "\"yesterday\"", "\"2021-12-30\"", "\"+999999999-12-31T23:59:59Z\"", "\"1e400\"", "\"asserts\"",
            "[\"a\",1,null]", "{\"nested\":{\"deep\":[1,2,3]}}", "1e400", "99999999999999999999999");

    static final List<String> BROKEN_BODIES = List.of("", "{", "}", "{\"a\":", "[]", "null", "42", "\"text\"",
            "{\"x\": NaN}", "{'single': 'quotes'}", "{/* comment */}", "{\"a\":1,}", "{\"a\":1}{\"b\":2}",
            "[".repeat(100_000), "{\"a\":".repeat(20_000) + "1" + "}".repeat(20_000), "\u0000\u0000",
            "{\"\\ud800\": \"\\udc00\\ud800\"}", "<xml/>");

    static final List<String> OTHER_MEDIA_TYPES = List.of("text/plain", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=zz", "application/octet-stream",
            "application/json; charset=UTF-16");

    static final List<String> IF_MATCH_VALUES = List.of("*", "\"999999\"", "garbage", "W/\"0\"", "\"-1\"",
            "\"0\", \"1\"", "\"\u00e9\"");

    private final ValidValues gatewayValues;
    private final ValidValues serviceValues;
    /** Valid bodies the schema cannot describe well enough to generate (an import bundle), by operationId. */
    private final Map<String, JsonNode> knownBodies;
    private final Fixture fixture;
    private final String serviceToken;
    private final String gatewayAuthorization;

    /**
     * @param serviceToken         sent on writes to the services, so that bad input reaches their validation
     * @param gatewayAuthorization sent on writes to the gateway (an admin's HTTP Basic credentials), for the same reason
     */
    Mutations(Fixture fixture, String serviceToken, String gatewayAuthorization) {
        this.fixture = fixture;
        this.gatewayValues = new ValidValues(fixture, fixture.gatewayStanceSourceId());
        this.serviceValues = new ValidValues(fixture, fixture.serviceStanceSourceId());
        try {
            this.knownBodies = Map.of("startImport", JSON.readTree(org.claimtrack.system.Bundles.generate(900_100, 1, 900_100,
                    1, 1, 11)), "createUser", JSON.readTree("{\"username\": \"fuzz-new-user-" + UUID.randomUUID()
                    .toString().substring(0, 8) + "\", \"password\": \"a fuzz passphrase long enough\", \"roles\": [\"reviewer\"]}"),
                    // exactly one of documentId and document; a decision without a claim to check
                    "startExtraction", JSON.readTree("{\"documentId\": \"" + fixture.documentId() + "\"}"),
                    "decideProposal", JSON.readTree("{\"decision\": \"REJECTED\"}"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        this.serviceToken = serviceToken;
        this.gatewayAuthorization = gatewayAuthorization;
    }

    /**
     * Every systematic mutation of one operation, baseline first; for a delete, baseline last (accepted, it removes
     * the record the mutations address).
     */
    List<FuzzRequest> of(Operation op) {
        List<FuzzRequest> out = mutationsOf(op);
        if (op.method().equals("DELETE")) {
            out.add(out.remove(0));
        }
        return out;
    }

    private List<FuzzRequest> mutationsOf(Operation op) {
        List<FuzzRequest> out = new ArrayList<>();
        Map<String, String> path = validPathParams(op);
        Map<String, String> query = validQuery(op);
        JsonNode body = body(op);
        if (!op.hasJsonBody() && op.bodyMediaTypes().stream().anyMatch(t -> t.startsWith("multipart/form-data"))) {
            out.add(multipartBaseline(op, path, query)); // the other mutations send it JSON, which it must refuse
        } else {
            out.add(request(op, "baseline", path, query, headers(op), text(body)));
        }

        for (Operation.Param p : op.params("path")) {
            for (String v : PATH_VALUES) {
                Map<String, String> bad = new LinkedHashMap<>(path);
                bad.put(p.name(), v);
                out.add(request(op, "path:" + p.name(), bad, query, headers(op), text(body)));
            }
        }
        for (Operation.Param p : op.params("query")) {
            for (String v : QUERY_VALUES) {
                Map<String, String> bad = new LinkedHashMap<>(query);
                bad.put(p.name(), v);
                out.add(request(op, "query:" + p.name(), path, bad, headers(op), text(body)));
            }
            Map<String, String> repeated = new LinkedHashMap<>(query);
            repeated.put(p.name(), "a&" + p.name() + "=b");
            out.add(request(op, "query-repeated:" + p.name(), path, repeated, headers(op), text(body)));
            if (p.required()) {
                Map<String, String> missing = new LinkedHashMap<>(query);
                missing.remove(p.name());
                out.add(request(op, "query-missing:" + p.name(), path, missing, headers(op), text(body)));
            }
        }
        if (op.isWrite() && (op.method().matches("PUT|DELETE") || op.needsIfMatch())) {
            Map<String, String> noIfMatch = headers(op);
            noIfMatch.remove("If-Match");
            out.add(request(op, "if-match:missing", path, query, noIfMatch, text(body)));
            for (String v : IF_MATCH_VALUES) {
                Map<String, String> h = headers(op);
                h.put("If-Match", v);
                out.add(request(op, "if-match", path, query, h, text(body)));
            }
        }
        if (op.isWrite() && token(op) != null) {
            Map<String, String> noToken = headers(op);
            noToken.remove("X-Claimtrack-Service-Token");
            out.add(request(op, "token:missing", path, query, noToken, text(body)));
            Map<String, String> wrongToken = headers(op);
            wrongToken.put("X-Claimtrack-Service-Token", "wrong-" + UUID.randomUUID());
            out.add(request(op, "token:wrong", path, query, wrongToken, text(body)));
        }
        if (op.isWrite() && op.service().equals("gateway")) {
            Map<String, String> anonymous = headers(op);
            anonymous.remove("Authorization");
            out.add(request(op, "auth:none", path, query, anonymous, text(body)));
            Map<String, String> stranger = headers(op);
            // An unknown user: wrong passwords for the real admin would lock it out (login throttling).
            stranger.put("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                    ("fuzz-stranger:wrong").getBytes(StandardCharsets.UTF_8)));
            out.add(request(op, "auth:unknown-user", path, query, stranger, text(body)));
            Map<String, String> garbage = headers(op);
            garbage.put("Authorization", "Basic %%%not-base64");
            out.add(request(op, "auth:malformed", path, query, garbage, text(body)));
        }
        for (String accept : List.of("application/xml", "text/html")) {
            Map<String, String> h = headers(op);
            h.put("Accept", accept);
            out.add(request(op, "accept", path, query, h, text(body)));
        }
        if (body == null) {
            return out;
        }
        for (String broken : BROKEN_BODIES) {
            out.add(request(op, "broken-json", path, query, headers(op), broken));
        }
        for (String mediaType : OTHER_MEDIA_TYPES) {
            Map<String, String> h = headers(op);
            h.put("Content-Type", mediaType);
            out.add(request(op, "media-type", path, query, h, text(body)));
        }
        Map<String, String> noType = headers(op);
        noType.remove("Content-Type");
        out.add(request(op, "media-type:none", path, query, noType, text(body)));
        out.add(request(op, "oversized", path, query, headers(op), oversized(body)));

        ObjectNode target = editable(body);
        if (target == null) {
            return out;
        }
        for (String pointer : fieldPointers(target, "")) {
            for (String v : FIELD_VALUES) {
                out.add(request(op, "field:" + pointer, path, query, headers(op), withRaw(body, pointer, v)).withFieldValue(v));
            }
            out.add(request(op, "field-missing:" + pointer, path, query, headers(op), without(body, pointer)));
        }
        for (String extra : List.of("unknownField", "id", "version", "createdAt", "status", "__proto__", "")) {
            JsonNode copy = body.deepCopy();
            editable(copy).put(extra, extra.equals("version") ? "99" : UUID.randomUUID().toString());
            out.add(request(op, "field-extra:" + extra, path, query, headers(op), text(copy)));
        }
        if (body.isArray()) {
            ArrayNode tooMany = JSON.createArrayNode();
            for (int i = 0; i < 1001; i++) {
                tooMany.add(body.get(0));
            }
            out.add(request(op, "batch:too-many", path, query, headers(op), text(tooMany)));
            out.add(request(op, "batch:mixed", path, query, headers(op), "[" + text(body.get(0)) + ",1,\"x\",null,[]]"));
        }
        return out;
    }

    /** A random combination: two body fields broken at once, or a broken field with a bad query value. */
    FuzzRequest random(Operation op, Random random) {
        Map<String, String> path = validPathParams(op);
        Map<String, String> query = validQuery(op);
        List<Operation.Param> queryParams = op.params("query");
        if (!queryParams.isEmpty()) {
            query.put(queryParams.get(random.nextInt(queryParams.size())).name(),
                    QUERY_VALUES.get(random.nextInt(QUERY_VALUES.size())));
        }
        JsonNode body = body(op);
        ObjectNode target = body == null ? null : editable(body);
        String text = text(body);
        if (target != null) {
            List<String> pointers = fieldPointers(target, "");
            if (!pointers.isEmpty()) {
                String first = pointers.get(random.nextInt(pointers.size()));
                String second = pointers.get(random.nextInt(pointers.size()));
                JsonNode copy = body.deepCopy();
                setHole(copy, first);
                String withOne = text(copy).replace(HOLE, FIELD_VALUES.get(random.nextInt(FIELD_VALUES.size())));
                text = second.equals(first) ? withOne : combine(withOne, second, random);
            }
        }
        return request(op, "random", path, query, headers(op), text);
    }

    private String combine(String json, String pointer, Random random) {
        try {
            JsonNode node = JSON.readTree(json);
            setHole(node, pointer);
            return text(node).replace(HOLE, FIELD_VALUES.get(random.nextInt(FIELD_VALUES.size())));
        } catch (Exception e) {
            return json;
        }
    }

    /** Services get the real token so bad input reaches validation; the gateway is public and needs none. */
    private String token(Operation op) {
        return op.service().equals("gateway") ? null : serviceToken;
    }

    /** A file upload (the import's multipart operation): the known bundle as the part {@code file}. */
    private FuzzRequest multipartBaseline(Operation op, Map<String, String> path, Map<String, String> query) {
        String boundary = "fuzz-boundary-" + UUID.randomUUID();
        Map<String, String> h = headers(op);
        h.put("Content-Type", "multipart/form-data; boundary=" + boundary);
        String part = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bundle.json\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + text(knownBodies.get("startImport")) + "\r\n--"
                + boundary + "--\r\n";
        return request(op, "baseline", path, query, h, part);
    }

    private ValidValues valid(Operation op) {
        return op.service().equals("gateway") ? gatewayValues : serviceValues;
    }

    /** The valid body of an operation; a known one is copied, since mutations edit it. */
    private JsonNode body(Operation op) {
        if (op.bodySchema() == null) {
            return null;
        }
        JsonNode known = knownBodies.get(op.operationId());
        return known != null ? known.deepCopy() : valid(op).of(op.bodySchema(), null);
    }

    private Map<String, String> validPathParams(Operation op) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Operation.Param p : op.params("path")) {
            values.put(p.name(), fixture.idFor(op.service(), op.path(), p.name()));
        }
        return values;
    }

    private Map<String, String> validQuery(Operation op) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Operation.Param p : op.params("query")) {
            // /stances and /stances/references need one of their filters, which the document cannot mark required
            if (p.required() || p.name().equals("sourceId") || p.name().equals("sourceIds")) {
                JsonNode v = valid(op).of(p.schema(), p.name());
                values.put(p.name(), encode(v.isArray() && v.size() > 0 ? v.get(0).asText() : v.asText()));
            }
        }
        return values;
    }

    private Map<String, String> headers(Operation op) {
        Map<String, String> h = new LinkedHashMap<>();
        if (op.bodySchema() != null) {
            h.put("Content-Type", op.bodyMediaTypes().stream().filter(t -> t.contains("json")).findFirst()
                    .orElse(op.bodyMediaTypes().get(0)));
        }
        if (op.isWrite() && token(op) != null) {
            h.put("X-Claimtrack-Service-Token", token(op));
        }
        if ((op.isWrite() || op.needsCredentials()) && op.service().equals("gateway")) {
            h.put("Authorization", gatewayAuthorization);
        }
        if (op.method().equals("PUT") || op.needsIfMatch()) {
            h.put("If-Match", Fuzzer.CURRENT_ETAG);
        }
        return h;
    }

    private FuzzRequest request(Operation op, String kind, Map<String, String> path, Map<String, String> query,
            Map<String, String> headers, String body) {
        String p = op.path();
        for (Map.Entry<String, String> e : path.entrySet()) {
            p = p.replace("{" + e.getKey() + "}", e.getValue());
        }
        StringBuilder q = new StringBuilder();
        query.forEach((k, v) -> q.append(q.length() == 0 ? "?" : "&").append(k).append('=').append(v));
        return new FuzzRequest(op, kind, op.method(), p + q, headers,
                body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    /** The object whose fields get mutated: the body itself, or the first item of a batch. */
    private static ObjectNode editable(JsonNode body) {
        if (body instanceof ObjectNode o) {
            return o;
        }
        if (body instanceof ArrayNode a && a.size() > 0 && a.get(0) instanceof ObjectNode o) {
            return o;
        }
        return null;
    }

    /** JSON pointers (relative to the editable object) of its fields and of the fields of nested objects. */
    private static List<String> fieldPointers(JsonNode node, String prefix) {
        List<String> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String pointer = prefix + "/" + e.getKey();
            out.add(pointer);
            if (e.getValue().isObject() && prefix.isEmpty()) {
                out.addAll(fieldPointers(e.getValue(), pointer));
            }
        }
        return out;
    }

    private static String withRaw(JsonNode body, String pointer, String raw) {
        JsonNode copy = body.deepCopy();
        setHole(copy, pointer);
        return text(copy).replace(HOLE, raw);
    }

    private static String without(JsonNode body, String pointer) {
        JsonNode copy = body.deepCopy();
        ObjectNode root = editable(copy);
        int cut = pointer.lastIndexOf('/');
        JsonNode parent = cut == 0 ? root : root.at(pointer.substring(0, cut));
        ((ObjectNode) parent).remove(pointer.substring(cut + 1));
        return text(copy);
    }

    private static void setHole(JsonNode body, String pointer) {
        ObjectNode root = editable(body);
        int cut = pointer.lastIndexOf('/');
        JsonNode parent = cut == 0 ? root : root.at(pointer.substring(0, cut));
        ((ObjectNode) parent).put(pointer.substring(cut + 1), "@@fuzz-hole@@");
    }

    /** A body of about 3 MB: over every service's 2 MB limit. */
    private static String oversized(JsonNode body) {
        ObjectNode target = editable(body.deepCopy());
        String big = "z".repeat(3 * 1024 * 1024);
        if (target == null) {
            return "\"" + big + "\"";
        }
        target.put("oversizedPadding", big);
        return text(target);
    }

    private static String text(JsonNode node) {
        if (node == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

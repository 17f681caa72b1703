package org.claimtrack.system.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One operation of a served OpenAPI document, with {@code $ref}s resolved. */
record Operation(String service, String method, String path, String operationId, List<Param> params,
        List<String> bodyMediaTypes, JsonNode bodySchema, Set<String> responses, String description) {

    record Param(String name, String in, JsonNode schema, boolean required) {
    }

    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

    boolean isWrite() {
        return !method.equals("GET");
    }

    boolean hasJsonBody() {
        return bodyMediaTypes.stream().anyMatch(t -> t.contains("json"));
    }

    /** The document promises a 401 for this operation: without valid credentials or token it must be refused. */
    boolean needsCredentials() {
        // the document promises a 401 exactly where credentials (or the service token) are needed
        return responses.contains("401");
    }

    /** The document declares If-Match on this operation: a missing or stale one must be refused. */
    boolean needsIfMatch() {
        return params.stream().anyMatch(p -> p.in().equals("header") && p.name().equalsIgnoreCase("If-Match"));
    }

    /**
     * The JSON types the body's schema allows at {@code pointer} (relative to the body), e.g. [string]; empty where
     * the schema does not say (no properties, a combination).
     */
    Set<String> typesAt(String pointer) {
        JsonNode schema = bodySchema;
        for (String name : pointer.substring(1).split("/")) {
            if (schema == null) {
                break;
            }
            schema = schema.path("properties").get(name);
        }
        if (schema == null || schema.has("anyOf") || schema.has("oneOf") || schema.has("allOf")) {
            return Set.of();
        }
        Set<String> types = new java.util.TreeSet<>();
        JsonNode type = schema.path("type");
        if (type.isTextual()) {
            types.add(type.asText());
        } else {
            type.forEach(t -> types.add(t.asText()));
        }
        if (types.contains("number")) {
            types.add("integer");
        }
        return types;
    }

    List<Param> params(String in) {
        return params.stream().filter(p -> p.in().equals(in)).toList();
    }

    /** Every operation of the document; {@code skip} leaves out paths (e.g. the Quarkus /q endpoints). */
    static List<Operation> all(String service, JsonNode doc) {
        Schemas schemas = new Schemas(doc);
        List<Operation> ops = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (path.getKey().startsWith("/q/")) {
                continue;
            }
            List<JsonNode> shared = new ArrayList<>();
            path.getValue().path("parameters").forEach(shared::add);
            for (Iterator<Map.Entry<String, JsonNode>> it = path.getValue().fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> op = it.next();
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                List<Param> params = new ArrayList<>();
                List<JsonNode> declared = new ArrayList<>(shared);
                op.getValue().path("parameters").forEach(declared::add);
                for (JsonNode p : declared) {
                    JsonNode param = schemas.resolve(p);
                    params.add(new Param(param.path("name").asText(), param.path("in").asText(),
                            schemas.resolve(param.path("schema")), param.path("required").asBoolean(false)));
                }
                JsonNode content = schemas.resolve(op.getValue().path("requestBody")).path("content");
                List<String> mediaTypes = new ArrayList<>();
                content.fieldNames().forEachRemaining(mediaTypes::add);
                JsonNode bodySchema = mediaTypes.isEmpty() ? null
                        : schemas.resolve(content.path(mediaTypes.stream().filter(t -> t.contains("json")).findFirst()
                                .orElse(mediaTypes.get(0))).path("schema"));
                Set<String> responses = new java.util.TreeSet<>();
                op.getValue().path("responses").fieldNames().forEachRemaining(responses::add);
                ops.add(new Operation(service, op.getKey().toUpperCase(), path.getKey(),
                        op.getValue().path("operationId").asText(op.getKey() + " " + path.getKey()), params,
                        mediaTypes, bodySchema == null ? null : schemas.inline(bodySchema), responses,
                        op.getValue().path("description").asText("")));
            }
        }
        return ops;
    }
}

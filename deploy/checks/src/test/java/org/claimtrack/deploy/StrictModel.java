package org.claimtrack.deploy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Parses objects into the fabric8 Kubernetes model and rejects what the model does not know: an
 * apiVersion/kind it has no type for, a value of the wrong type, or a field that is not in the API (the
 * model keeps those aside in "additionalProperties" instead of failing, so every object is walked).
 */
final class StrictModel {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    /** The Kubernetes API model and the Prometheus Operator's (openshift-model-monitoring: PodMonitor). */
    private static final String MODEL_PACKAGE = "io.fabric8.";

    private StrictModel() {
    }

    /** The parsed objects; each problem found is added to {@code problems}. */
    static List<HasMetadata> parse(List<JsonNode> documents, List<String> problems) {
        List<HasMetadata> objects = new ArrayList<>();
        for (JsonNode document : documents) {
            String label = document.path("kind").asText() + "/" + document.path("metadata").path("name").asText();
            Object parsed;
            try {
                parsed = SERIALIZATION.unmarshal(document.toString());
            } catch (RuntimeException e) {
                problems.add(label + ": " + rootMessage(e));
                continue;
            }
            if (!(parsed instanceof HasMetadata object) || parsed instanceof GenericKubernetesResource) {
                problems.add(label + ": unknown apiVersion/kind " + document.path("apiVersion").asText());
                continue;
            }
            collectUnknownFields(object, label, problems);
            objects.add(object);
        }
        return objects;
    }

    private static void collectUnknownFields(Object value, String path, List<String> problems) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> collectUnknownFields(item, path + "." + key, problems));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                collectUnknownFields(list.get(i), path + "[" + i + "]", problems);
            }
        } else if (value != null && value.getClass().getName().startsWith(MODEL_PACKAGE)) {
            for (Class<?> type = value.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers())) {
                        continue;
                    }
                    if (field.getName().equals("additionalProperties")) {
                        Map<?, ?> unknown = (Map<?, ?>) read(field, value);
                        if (unknown != null && !unknown.isEmpty()) {
                            problems.add(path + ": unknown field(s) " + unknown.keySet());
                        }
                    } else if (field.isAnnotationPresent(JsonProperty.class)) {
                        String name = field.getAnnotation(JsonProperty.class).value();
                        collectUnknownFields(read(field, value), path + "." + name, problems);
                    }
                }
            }
        }
    }

    private static Object read(Field field, Object owner) {
        try {
            field.setAccessible(true);
            return field.get(owner);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + field, e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.toString() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}

package org.claimtrack.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/** The objects of one rendered overlay, parsed strictly into the Kubernetes model. */
final class Manifests {

    static final List<String> OVERLAYS = List.of("local", "production");

    private static final Map<String, Manifests> RENDERED = new ConcurrentHashMap<>();
    private static final YAMLMapper YAML = new YAMLMapper();

    final String overlay;
    /** Each object as kustomize printed it (JSON tree), in output order. */
    final List<JsonNode> raw;
    final List<HasMetadata> objects;

    private Manifests(String overlay, List<JsonNode> raw, List<HasMetadata> objects) {
        this.overlay = overlay;
        this.raw = raw;
        this.objects = objects;
    }

    /**
     * Renders deploy/kubernetes/overlays/{overlay} with kustomize 4.5.4 and default settings, as {@code kubectl apply -k}
     * would (once per test run), and parses every object strictly; a problem in parsing fails the caller.
     */
    static Manifests of(String overlay) {
        return RENDERED.computeIfAbsent(overlay, o -> parse(o, render(List.of(Tools.kustomize(), "build"), o)));
    }

    /** The YAML {@code command} (a kustomize that takes the overlay directory last) prints for the overlay. */
    static String render(List<String> command, String overlay) {
        List<String> full = new ArrayList<>(command);
        full.add("deploy/kubernetes/overlays/" + overlay);
        Tools.Result result = Tools.run(Tools.repoRoot(), full.toArray(String[]::new));
        if (result.exitCode() != 0) {
            fail(String.join(" ", full) + " failed:\n" + result.output());
        }
        return result.output();
    }

    private static Manifests parse(String overlay, String yaml) {
        List<JsonNode> raw = readYamlDocuments(yaml);
        List<String> problems = new ArrayList<>();
        List<HasMetadata> objects = StrictModel.parse(raw, problems);
        assertEquals(List.of(), problems, "overlay " + overlay + " does not parse strictly");
        return new Manifests(overlay, raw, objects);
    }

    static List<JsonNode> readYamlDocuments(String yaml) {
        try {
            List<JsonNode> docs = new ArrayList<>();
            YAML.readValues(YAML.createParser(yaml), JsonNode.class).forEachRemaining(node -> {
                if (node != null && !node.isNull() && !node.isMissingNode()) {
                    docs.add(node);
                }
            });
            return docs;
        } catch (IOException e) {
            return fail("kustomize printed YAML that does not parse: " + e.getMessage());
        }
    }

    static String toJsonArray(List<JsonNode> nodes) {
        try {
            return new ObjectMapper().writeValueAsString(nodes);
        } catch (IOException e) {
            return fail(e.getMessage());
        }
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> List<T> all(Class<T> type, Predicate<T> filter) {
        return all(type).stream().filter(filter).toList();
    }

    <T extends HasMetadata> Optional<T> find(Class<T> type, String name) {
        return all(type).stream().filter(o -> o.getMetadata().getName().equals(name)).findFirst();
    }

    <T extends HasMetadata> T get(Class<T> type, String name) {
        return find(type, name).orElseGet(() -> fail(
                "overlay " + overlay + " has no " + type.getSimpleName() + " named " + name));
    }

    /** Generated ConfigMaps and Secrets carry a content hash suffix: find them by their base name. */
    <T extends HasMetadata> T generated(Class<T> type, String baseName) {
        List<T> matches = all(type, o -> o.getMetadata().getName().matches(baseName + "-[a-z0-9]{10}"));
        assertEquals(1, matches.size(), "generated " + type.getSimpleName() + " " + baseName + " in " + overlay);
        return matches.get(0);
    }

    @Override
    public String toString() {
        return overlay;
    }
}

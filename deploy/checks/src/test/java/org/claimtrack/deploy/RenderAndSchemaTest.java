package org.claimtrack.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Both overlays render with default settings (no --load-restrictor: what {@code kubectl apply -k} does) with kustomize
 * 4.5.4 and 5.x alike, and every object is valid Kubernetes 1.30+ API input (the PodMonitor: Prometheus Operator's).
 */
class RenderAndSchemaTest {

    static final List<String> OVERLAYS = Manifests.OVERLAYS;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void rendersAndParsesStrictly(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        assertEquals(manifests.raw.size(), manifests.objects.size());
        assertTrue(manifests.objects.size() > 20, "rendered only " + manifests.objects.size() + " objects");
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void kustomize5RendersTheSameObjectsAsKustomize4(String overlay) {
        List<JsonNode> withFive = Manifests.readYamlDocuments(Manifests.render(Tools.kustomize5(), overlay));
        assertEquals(Manifests.of(overlay).raw, withFive);
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyObjectMatchesTheKubernetesSchemas(String overlay) {
        assertEquals(List.of(), SchemaValidator.problems(Manifests.of(overlay).raw));
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyObjectLivesInTheClaimtrackNamespace(String overlay) {
        Manifests manifests = Manifests.of(overlay);
        manifests.objects.stream()
                .filter(o -> !o.getKind().equals("Namespace"))
                .forEach(o -> assertEquals("claimtrack", o.getMetadata().getNamespace(), o.getKind() + " " + o.getMetadata().getName()));
    }

    // The checkers themselves must catch what they are there to catch.

    @Test
    void strictParsingRejectsUnknownFieldsWrongTypesAndUnknownKinds() {
        List<String> problems = new ArrayList<>();
        StrictModel.parse(Manifests.readYamlDocuments(BROKEN), problems);
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("spec.template.spec.containers[0]: unknown field(s) [securityContex]"), problems.get(0));
        assertTrue(problems.get(1).startsWith("Service/wrong-type"), problems.get(1));
        assertTrue(problems.get(2).contains("unknown apiVersion/kind example.org/v1"), problems.get(2));
    }

    @Test
    void schemaValidationRejectsMissingRequiredFieldsAndWrongTypes() {
        List<JsonNode> objects = Manifests.readYamlDocuments(INVALID);
        List<String> problems = SchemaValidator.problems(objects);
        assertFalse(problems.isEmpty());
        assertTrue(problems.stream().anyMatch(p -> p.contains("Deployment/invalid: /spec/template/spec/containers/0 must have required property name")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("/spec/replicas must be integer")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("Widget/w: no schema")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("PodMonitor/pm: /spec/podMetricsEndpoints must be array")), problems.toString());
    }

    private static final String BROKEN = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: typo}
            spec:
              selector: {matchLabels: {a: b}}
              template:
                metadata: {labels: {a: b}}
                spec:
                  containers:
                    - name: c
                      image: i:1
                      securityContex: {runAsNonRoot: true}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: wrong-type}
            spec:
              ports: {port: 80}
            ---
            apiVersion: example.org/v1
            kind: Widget
            metadata: {name: w}
            """;

    private static final String INVALID = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: invalid}
            spec:
              replicas: "two"
              selector: {matchLabels: {a: b}}
              template:
                metadata: {labels: {a: b}}
                spec:
                  containers:
                    - image: i:1
            ---
            apiVersion: example.org/v1
            kind: Widget
            metadata: {name: w}
            ---
            apiVersion: monitoring.coreos.com/v1
            kind: PodMonitor
            metadata: {name: pm}
            spec:
              selector: {matchLabels: {a: b}}
              podMetricsEndpoints: "management"
            """;
}

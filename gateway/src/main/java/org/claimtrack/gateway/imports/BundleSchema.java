package org.claimtrack.gateway.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The bundle JSON Schema ({@code seeds/bundle.schema.json}, packaged as {@code imports/bundle.schema.json}).
 * Besides the whole bundle it validates single items against their definition, so that a large bundle can be
 * checked while it is streamed, one item at a time, instead of as one tree in memory.
 */
public final class BundleSchema {

    public static final String ID = "https://claimtrack.example/schemas/bundle.schema.json";
    static final String RESOURCE = "imports/bundle.schema.json";

    /** An item kind with its own definition in the schema. */
    public enum Part {
        BUNDLE(""), SOURCE("#/$defs/source"), DOCUMENT("#/$defs/document"), CLAIM("#/$defs/claim");

        final String fragment;

        Part(String fragment) {
            this.fragment = fragment;
        }
    }

    /** One schema error: a JSON pointer into the validated document and what is wrong there. */
    public record Violation(String pointer, String message) {
    }

    private final Map<Part, JsonSchema> schemas;

    private BundleSchema(String schemaText) {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaLoaders(loaders -> loaders.schemas(Map.of(ID, schemaText))));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .formatAssertionsEnabled(true)
                .pathType(PathType.JSON_POINTER)
                .build();
        schemas = new java.util.EnumMap<>(Part.class);
        for (Part part : Part.values()) {
            schemas.put(part, factory.getSchema(SchemaLocation.of(ID + part.fragment), config));
        }
    }

    /** The schema packaged with the gateway. */
    public static BundleSchema packaged() {
        try (InputStream in = BundleSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static BundleSchema of(String schemaText) {
        return new BundleSchema(schemaText);
    }

    /**
     * Validates {@code node} against {@code part}; pointers are prefixed with {@code at} (the item's place in
     * the bundle, e.g. {@code /claims/17}) and sorted, so the answer is stable.
     */
    public List<Violation> validate(Part part, JsonNode node, String at) {
        return schemas.get(part).validate(node).stream()
                .map(message -> new Violation(at + pointer(message), message.getError()))
                .sorted(Comparator.comparing(Violation::pointer).thenComparing(Violation::message))
                .toList();
    }

    private static String pointer(ValidationMessage message) {
        String location = message.getInstanceLocation().toString();
        return location.equals("/") ? "" : location;
    }
}

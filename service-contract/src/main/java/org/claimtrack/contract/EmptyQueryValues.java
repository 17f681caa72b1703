package org.claimtrack.contract;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses an empty query value ({@code ?status=}, {@code ?page=}) for a parameter whose documented schema has no
 * empty value: an enum, a number, a boolean, a UUID or instant, any pattern. Quarkus REST reads {@code ?a=} as if
 * {@code a} were absent, so such a request would otherwise pass unfiltered while the OpenAPI document calls it
 * invalid. Free text ({@code q}, {@code tag}) may still be empty. What counts is read once per operation from the
 * annotations the document is generated from, so the check and the document cannot drift. The services apply it to
 * every operation; the gateway to its API (its web UI's forms send empty fields meaning "any").
 */
public class EmptyQueryValues {

    private static final Map<Method, Map<String, String>> NOT_EMPTY = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void refuse(UriInfo uri, ResourceInfo resource) {
        refuse(uri, resource.getResourceMethod());
    }

    /** A 400 naming every parameter of the operation that was sent empty but cannot be. */
    public static void refuse(UriInfo uri, Method operation) {
        if (operation == null || uri.getQueryParameters().isEmpty()) {
            return;
        }
        List<FieldError> errors = new ArrayList<>();
        NOT_EMPTY.computeIfAbsent(operation, EmptyQueryValues::notEmpty).forEach((name, message) -> {
            List<String> values = uri.getQueryParameters().get(name);
            if (values != null && values.stream().anyMatch(String::isEmpty)) {
                errors.add(new FieldError(name, message));
            }
        });
        if (!errors.isEmpty()) {
            throw Problems.badRequest(errors);
        }
    }

    /** Each query parameter of the operation (or of its bean parameters) that cannot be empty, with what it must be. */
    static Map<String, String> notEmpty(Method operation) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (java.lang.reflect.Parameter parameter : operation.getParameters()) {
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                fields(parameter.getType()).forEach(field -> add(parameters, field, field.getAnnotatedType()));
            } else {
                add(parameters, parameter, parameter.getAnnotatedType());
            }
        }
        return Map.copyOf(parameters);
    }

    private static Stream<Field> fields(Class<?> type) {
        return type == null || type == Object.class ? Stream.empty()
                : Stream.concat(Stream.of(type.getDeclaredFields()), fields(type.getSuperclass()));
    }

    private static void add(Map<String, String> parameters, AnnotatedElement element, AnnotatedType type) {
        QueryParam query = element.getAnnotation(QueryParam.class);
        if (query == null) {
            return;
        }
        // A list's constraints stand on its element type: List<@Pattern(...) String>.
        AnnotatedType valueType = type instanceof AnnotatedParameterizedType list
                ? list.getAnnotatedActualTypeArguments()[0] : type;
        Parameter documented = element.getAnnotation(Parameter.class);
        String message = whatItMustBe(first(Pattern.class, element, valueType),
                documented == null ? null : documented.schema(), first(NotBlank.class, element, valueType) != null);
        if (message != null) {
            parameters.put(query.value(), message);
        }
    }

    private static String whatItMustBe(Pattern pattern, Schema schema, boolean notBlank) {
        if (pattern != null) {
            return pattern.message().startsWith("{") ? "must match " + pattern.regexp() : pattern.message();
        }
        if (schema == null) {
            return notBlank ? "must not be blank" : null;
        }
        if (schema.implementation().isEnum()) {
            return QueryParams.oneOf(Stream.of(schema.implementation().getEnumConstants()).map(c -> ((Enum<?>) c).name()));
        }
        if (schema.enumeration().length > 0) {
            return QueryParams.oneOf(Stream.of(schema.enumeration()));
        }
        if (schema.type() == SchemaType.INTEGER) {
            return "must be a whole number";
        }
        if (schema.type() == SchemaType.BOOLEAN) {
            return "must be true or false";
        }
        return switch (schema.format()) {
            case "" -> notBlank ? "must not be blank" : null;
            case "uuid" -> QueryParams.UUID_MESSAGE;
            case "date-time" -> QueryParams.INSTANT_MESSAGE;
            default -> "must be a " + schema.format();
        };
    }

    private static <A extends Annotation> A first(Class<A> annotation, AnnotatedElement element, AnnotatedType valueType) {
        A onElement = element.getAnnotation(annotation);
        return onElement != null ? onElement : valueType.getAnnotation(annotation);
    }
}

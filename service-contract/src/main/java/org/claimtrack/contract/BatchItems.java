package org.claimtrack.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Reads the items of a batch body one by one, so that one malformed item fails alone (FAILED with the same per-field
 * errors a single write would get) while a body that is not a list of objects, or is too long, is a 400 for the whole
 * batch that names every item at fault.
 */
@ApplicationScoped
public class BatchItems {

    public static final int MAX_ITEMS = 1000;

    private final ObjectMapper mapper;
    private final Validator validator;

    public BatchItems(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    /** One item of the request: its raw JSON, its value when it is valid, its errors otherwise. */
    public record Parsed<T>(int index, JsonNode node, T value, List<FieldError> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    public <T> List<Parsed<T>> parse(List<JsonNode> body, Class<T> type) {
        return parse(body, type, UnaryOperator.identity());
    }

    /** {@code normalize} runs on each item read, before it is validated (e.g. trimming text). */
    public <T> List<Parsed<T>> parse(List<JsonNode> body, Class<T> type, UnaryOperator<T> normalize) {
        if (body == null) {
            throw Problems.badField("body", "must be a JSON array of objects");
        }
        if (body.size() > MAX_ITEMS) {
            throw Problems.badField("body", "must hold at most " + MAX_ITEMS + " items, not " + body.size());
        }
        List<FieldError> notObjects = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i) == null || !body.get(i).isObject()) {
                notObjects.add(new FieldError("[" + i + "]", "must be a JSON object"));
            }
        }
        if (!notObjects.isEmpty()) {
            throw Problems.badRequest("The request body must be a JSON array of objects", notObjects);
        }
        List<Parsed<T>> items = new ArrayList<>(body.size());
        for (int i = 0; i < body.size(); i++) {
            items.add(parse(i, body.get(i), type, normalize));
        }
        return items;
    }

    /** Bean Validation of one value: the per-field errors, empty when it is valid. */
    public List<FieldError> check(Object value) {
        return value == null ? List.of(new FieldError("body", "must be a JSON object"))
                : Validation.fieldErrors(validator.validate(value), "");
    }

    private <T> Parsed<T> parse(int index, JsonNode node, Class<T> type, UnaryOperator<T> normalize) {
        try {
            T value = normalize.apply(mapper.treeToValue(node, type));
            List<FieldError> errors = check(value);
            return new Parsed<>(index, node, errors.isEmpty() ? value : null, errors);
        } catch (JsonMappingException e) {
            return new Parsed<>(index, node, null, List.of(JsonBodyErrors.fieldError(e, "")));
        } catch (JsonProcessingException e) {
            return new Parsed<>(index, node, null, List.of(new FieldError("body", "cannot be read")));
        }
    }
}

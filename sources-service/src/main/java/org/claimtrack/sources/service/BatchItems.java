package org.claimtrack.sources.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import org.claimtrack.sources.rest.Lists;
import org.claimtrack.sources.rest.support.FieldError;
import org.claimtrack.sources.rest.support.ProblemShape;
import org.claimtrack.sources.rest.support.JsonBodyErrors;
import org.claimtrack.sources.rest.support.Problems;

/**
 * Reads the items of a batch one by one, so that one malformed item fails alone (FAILED with the
 * same per-field errors a single write would get) while a body that is not a list of objects, or
 * is too long, is a 400 for the whole batch.
 */
@ApplicationScoped
public class BatchItems {

    private final ObjectMapper mapper;
    private final Validator validator;

    public BatchItems(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    /** One item of the request: its value when it is valid, its errors otherwise. */
    public record Parsed<T>(int index, T value, List<FieldError> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    public <T> List<Parsed<T>> parse(List<JsonNode> body, Class<T> type) {
        if (body == null) {
            throw Problems.badField("body", "must be a JSON array of objects");
        }
        if (body.size() > Lists.MAX_BATCH) {
            throw Problems.badField("body", "must hold at most " + Lists.MAX_BATCH + " items, not " + body.size());
        }
        List<FieldError> notObjects = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i) == null || !body.get(i).isObject()) {
                notObjects.add(new FieldError("[" + i + "]", "must be an object"));
            }
        }
        if (!notObjects.isEmpty()) {
            throw Problems.badRequest("The request body must be a JSON array of objects", notObjects);
        }
        List<Parsed<T>> items = new ArrayList<>(body.size());
        for (int i = 0; i < body.size(); i++) {
            items.add(parse(i, body.get(i), type));
        }
        return items;
    }

    private <T> Parsed<T> parse(int index, JsonNode node, Class<T> type) {
        try {
            T value = mapper.treeToValue(node, type);
            List<FieldError> errors = ProblemShape.fieldErrors(validator.validate(value));
            return new Parsed<>(index, errors.isEmpty() ? value : null, errors);
        } catch (JsonMappingException e) {
            return new Parsed<>(index, null, List.of(JsonBodyErrors.fieldError(e)));
        } catch (JsonProcessingException e) {
            return new Parsed<>(index, null, List.of(new FieldError("body", "cannot be read")));
        }
    }
}

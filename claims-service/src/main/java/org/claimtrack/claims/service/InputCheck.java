package org.claimtrack.claims.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.claimtrack.claims.api.StanceInput;
import org.claimtrack.claims.api.VerdictInput;
import org.claimtrack.contract.Timestamps;
import org.claimtrack.contract.FieldError;
import org.claimtrack.contract.Problems;
import org.claimtrack.contract.Validation;

/** Bean Validation of normalised inputs: one path for single writes (400) and batch items (FAILED). */
@ApplicationScoped
public class InputCheck {

    private final Validator validator;

    public InputCheck(Validator validator) {
        this.validator = validator;
    }

    /** How far ahead of our clock a given time may be (another machine's clock). */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    public List<FieldError> errors(Object input) {
        if (input == null) {
            return List.of(new FieldError("body", "must be a JSON object"));
        }
        List<FieldError> errors = new ArrayList<>(Validation.fieldErrors(validator.validate(input), ""));
        errors.addAll(crossFieldErrors(input));
        errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
        return errors;
    }

    /** The checks one field's annotations cannot make (also applied to batch items). */
    static List<FieldError> crossFieldErrors(Object input) {
        if (input instanceof StanceInput stance) {
            return stance.kindErrors();
        }
        if (input instanceof VerdictInput verdict && verdict.publishedAt() != null
                && verdict.publishedAt().isAfter(Timestamps.now().plus(CLOCK_SKEW))) {
            return List.of(new FieldError("publishedAt", "must not be in the future (a verdict counts from when it was published)"));
        }
        return List.of();
    }

    /** Throws a 400 problem listing every invalid field. */
    public <T> T require(T input) {
        List<FieldError> errors = errors(input);
        if (!errors.isEmpty()) {
            throw Problems.badRequest(errors);
        }
        return input;
    }
}

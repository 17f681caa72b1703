package org.claimtrack.claims.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import org.claimtrack.claims.api.StanceInput;
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

    public List<FieldError> errors(Object input) {
        if (input == null) {
            return List.of(new FieldError("body", "must be a JSON object"));
        }
        List<FieldError> errors = Validation.fieldErrors(validator.validate(input), "");
        // A text version means nothing without the document it is a version of.
        if (input instanceof StanceInput stance && stance.documentVersion() != null && stance.documentId() == null) {
            errors = new ArrayList<>(errors);
            errors.add(new FieldError("documentVersion", "needs documentId: it is a version of that document's text"));
        }
        return errors;
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

package org.claimtrack.gateway.ui;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.validation.Validator;
import java.util.Locale;
import org.claimtrack.gateway.model.Ids;

/** What every form does alike: check input with the API's own constraints, read choices, send If-Match. */
final class Forms {

    private Forms() {
    }

    static boolean isId(String id) {
        return id != null && id.matches(Ids.UUID_PATTERN);
    }

    /** A 0-based page index from the URL; anything unreadable is the first page. */
    static int pageIndex(String page) {
        try {
            return page == null ? 0 : Math.max(0, Integer.parseInt(page.strip()));
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    /** Applies the same bean validation as the API; adds each message beside its field. */
    static boolean valid(Validator validator, Object input, FormErrors errors) {
        validator.validate(input).forEach(v -> errors.add(v.getPropertyPath().toString(), v.getMessage()));
        return errors.isEmpty();
    }

    /** A radio or select value naming one constant of an enum; a message beside the field otherwise. */
    static <E extends Enum<E>> E choice(Class<E> type, FormValues values, String field, FormErrors errors) {
        String value = values.optional(field);
        if (value == null) {
            errors.add(field, "choose one");
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            errors.add(field, "choose one of the listed values");
            return null;
        }
    }

    /** The form's hidden version field as the strong ETag the services compare. */
    static String ifMatch(FormValues values) {
        return "\"" + values.get("version").strip() + "\"";
    }

    /** The record changed since the form was loaded (or the form lost its version). */
    static boolean isStale(Throwable failure) {
        return failure instanceof HttpProblem problem && (problem.getStatusCode() == 412 || problem.getStatusCode() == 428);
    }
}

package org.claimtrack.gateway.ui;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
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

    /**
     * Applies the same bean validation as the API and adds each message beside its field, every one at once, in words
     * a reader can act on, in the page's language ({@link FormMessages}): the API's "must not be blank" or "size must
     * be between 0 and 500" become "Fill this in." and "Too long: 612 characters; at most 500.". Messages written for
     * a constraint (a pattern's) are kept as the API has them.
     */
    static boolean valid(Validator validator, Object input, FormErrors errors) {
        validator.validate(input).stream()
                .sorted(java.util.Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> errors.add(v.getPropertyPath().toString(), plainWords(v)));
        return errors.isEmpty();
    }

    /** A violation in the words a form shows; a message written for the constraint is kept as it is. */
    static String plainWords(ConstraintViolation<?> violation) {
        if (!violation.getMessageTemplate().startsWith("{jakarta.validation.constraints.")) {
            return violation.getMessage();
        }
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        Object value = violation.getInvalidValue();
        FormMessages words = UiText.forms();
        if (constraint instanceof NotBlank || constraint instanceof NotNull || constraint instanceof NotEmpty) {
            return words.check_fillIn();
        }
        if (constraint instanceof Size size && value instanceof CharSequence text) {
            return text.length() > size.max()
                    ? words.check_tooLong(UiText.number(text.length()), UiText.number(size.max()))
                    : words.check_tooShort(UiText.number(text.length()), UiText.number(size.min()));
        }
        if (constraint instanceof Size size && value instanceof java.util.Collection<?> items) {
            return words.check_tooMany(UiText.number(items.size()), UiText.number(size.max()));
        }
        if (constraint instanceof Min min) {
            return words.check_atLeast(UiText.number(min.value()));
        }
        if (constraint instanceof Max max) {
            return words.check_atMost(UiText.number(max.value()));
        }
        if (constraint instanceof Pattern) {
            return words.check_pattern();
        }
        return violation.getMessage();
    }

    /** A radio or select value naming one constant of an enum; a message beside the field otherwise. */
    static <E extends Enum<E>> E choice(Class<E> type, FormValues values, String field, FormErrors errors) {
        String value = values.optional(field);
        if (value == null) {
            errors.add(field, UiText.forms().check_chooseOne());
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            errors.add(field, UiText.forms().check_chooseListed());
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

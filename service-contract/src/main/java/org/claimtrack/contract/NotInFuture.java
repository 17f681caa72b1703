package org.claimtrack.contract;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.Duration;
import java.time.Instant;

/**
 * An instant that has already happened: something said or done "in 2031" would make the stored status and
 * {@code asOf=now} disagree. A few minutes of clock skew between a client and the services are tolerated.
 * Null is valid (use {@code @NotNull} beside it).
 */
@Documented
@Constraint(validatedBy = NotInFuture.Check.class)
@Target({METHOD, FIELD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface NotInFuture {

    /** How far ahead of the services' clock an instant may be and still count as "now". */
    Duration CLOCK_SKEW = Duration.ofMinutes(5);

    String MESSAGE = "must not be in the future (at most 5 minutes ahead of the server's clock)";

    String message() default MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<NotInFuture, Instant> {

        /** True when {@code instant} is later than {@code now} plus the tolerated skew. */
        public static boolean inFuture(Instant instant, Instant now) {
            return instant != null && instant.isAfter(now.plus(CLOCK_SKEW));
        }

        @Override
        public boolean isValid(Instant value, ConstraintValidatorContext context) {
            return !inFuture(value, Timestamps.now());
        }
    }
}

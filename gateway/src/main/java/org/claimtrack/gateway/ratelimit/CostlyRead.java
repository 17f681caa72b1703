package org.claimtrack.gateway.ratelimit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a read whose cost grows with the data (text search, similarity, the ClaimReview feed): it is admitted only
 * within the caller's rate limit ({@link ReadRateLimits}). Plain pages and look-ups by id are cheap and not limited,
 * so load on them is never refused.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface CostlyRead {

    /** When set, the read is costly only if this query parameter is given (a list is cheap, a text search is not). */
    String whenQueryParam() default "";
}

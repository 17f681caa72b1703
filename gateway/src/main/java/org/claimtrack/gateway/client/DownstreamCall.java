package org.claimtrack.gateway.client;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.claimtrack.gateway.model.Downstream;

/** Marks a client wrapper whose failures (other than passed-through problems) mean "that service is unavailable". */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface DownstreamCall {
    @Nonbinding
    Downstream value();
}

package org.claimtrack.contract;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a write operation: {@link ServiceTokenGuard} lets it run only with the header
 * {@code X-Claimtrack-Service-Token} equal to {@code claimtrack.service-token}.
 */
@NameBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ServiceWrite {

    String HEADER = "X-Claimtrack-Service-Token";
    /** Who acts, for the history; the gateway sets it to the signed-in user. */
    String ACTOR_HEADER = "X-Claimtrack-Actor";
    /** Name of the OpenAPI security scheme that documents the header. */
    String SECURITY_SCHEME = "serviceToken";
}

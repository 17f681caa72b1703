package org.claimtrack.contract;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The If-Match header of an update or delete ({@code @BeanParam IfMatch ifMatch}), described once; {@link ServiceOpenApi}
 * adds the 412 and 428 answers of every operation that takes it.
 */
public class IfMatch {

    @HeaderParam(HttpHeaders.IF_MATCH)
    @Parameter(description = "The ETag read, e.g. \"0\".", required = true, example = "\"0\"")
    String value;

    /** The header as sent; a 428 when it is absent ({@link Versions#requireIfMatch}). */
    public String required() {
        return Versions.requireIfMatch(value);
    }
}

package org.claimtrack.contract;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code page} and {@code size} query parameters of every list. Read as text and checked here,
 * so that {@code size=abc} or {@code size=-1} is a 400 naming the parameter rather than JAX-RS's 404.
 */
public class PageRequest {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    @QueryParam("page")
    @Parameter(description = "0-based page number.",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "2147483647", defaultValue = "0"))
    String page;

    @QueryParam("size")
    @Parameter(description = "Items per page, 1.." + MAX_SIZE + ".",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "" + MAX_SIZE, defaultValue = "" + DEFAULT_SIZE))
    String size;

    public int page() {
        return QueryParams.intIn("page", page, 0, Integer.MAX_VALUE, 0);
    }

    public int size() {
        return QueryParams.intIn("size", size, 1, MAX_SIZE, DEFAULT_SIZE);
    }
}

package org.claimtrack.claims.rest;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.claimtrack.claims.api.SearchState;
import org.claimtrack.claims.search.SearchIndex;
import org.claimtrack.claims.search.SearchService;
import org.claimtrack.contract.ServiceWrite;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operating the search index of this replica (docs/search.md). */
@Path("/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search", description = "This replica's search index, built from the claims and kept current by the change feed.")
public class SearchResource {

    private final SearchService search;

    public SearchResource(SearchService search) {
        this.search = search;
    }

    @POST
    @Path("/rebuild")
    @ServiceWrite
    @Operation(operationId = "rebuildSearchIndex", summary = "Rebuild this replica's search index from the database",
            description = "Drops this replica's index and indexes every claim again, then the changes made meanwhile. "
                    + "Searches on this replica wait until it is done; other replicas are not affected (each keeps its own). "
                    + "Changes nothing in the claims.")
    @APIResponse(responseCode = "200", description = "Rebuilt.")
    public SearchState rebuild() {
        SearchIndex index = search.index();
        index.rebuild();
        return new SearchState(index.size(), index.applied());
    }
}

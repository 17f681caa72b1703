package org.claimtrack.gateway.ui;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.claimtrack.gateway.client.SourcesReads;
import org.claimtrack.gateway.service.PartyWriteService;

/** Parties: the list (with their aliases) and the merge form, which recomputes the claims of the sources moved. */
@Path("/parties")
@UiPage
@Produces(MediaType.TEXT_HTML)
public class PartyUi {

    static final int PAGE_SIZE = 200;

    @Inject
    SourcesReads sources;

    @Inject
    PartyWriteService partyWrites;

    @GET
    public Uni<Response> list(@QueryParam("q") String q, @QueryParam("merged") String merged) {
        return page(ClaimFilters.blankToNull(q), FormErrors.none(), merged, 200);
    }

    @POST
    @Path("merge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> merge(MultivaluedMap<String, String> form) {
        FormValues values = FormValues.of(form);
        String from = values.optional("from");
        String into = values.optional("into");
        FormErrors errors = FormErrors.none();
        if (!Forms.isId(from)) {
            errors.add("from", "choose the party to merge away");
        }
        if (!Forms.isId(into)) {
            errors.add("into", "choose the party that absorbs it");
        } else if (into.equals(from)) {
            errors.add("into", "choose another party than the one merged away");
        }
        if (!errors.isEmpty()) {
            return page(null, errors, null, 400);
        }
        return partyWrites.merge(from, into)
                .map(done -> Pages.seeOther("/parties?merged=" + URLEncoder.encode(done.change().party().name()
                        + " (" + done.change().snapshotRefresh().detail() + ")", StandardCharsets.UTF_8)))
                .onFailure(HttpProblem.class).recoverWithUni(failure -> page(null, FormErrors.of((HttpProblem) failure), null,
                        ((HttpProblem) failure).getStatusCode()))
                .onFailure().recoverWithUni(failure -> Pages.failure(failure, "Party"));
    }

    private Uni<Response> page(String q, FormErrors errors, String merged, int status) {
        MultivaluedMap<String, String> query = new MultivaluedHashMap<>();
        if (q != null) {
            query.putSingle("q", q);
        }
        query.putSingle("size", Integer.toString(PAGE_SIZE));
        return sources.parties(query)
                .flatMap(found -> Pages.render(Views.partyList(q, found, errors, merged), status))
                .onFailure().recoverWithUni(failure -> Pages.failure(failure, "Party"));
    }
}

package org.claimtrack.gateway.ui;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.claimtrack.gateway.client.SourcesReads;
import org.claimtrack.gateway.client.SourcesWrites;
import org.claimtrack.gateway.model.Party;
import org.claimtrack.gateway.model.PartyInput;
import org.claimtrack.gateway.service.PartyWriteService;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Parties: the list (with their aliases), a party's page, the create and edit forms (an edit that renames a party or
 * moves it under another recomputes the claims its sources are cited on, through {@link PartyWriteService}), and the
 * merge form, which recomputes the claims of the sources moved.
 */
@Path("/parties")
@UiPage
@Produces(MediaType.TEXT_HTML)
public class PartyUi extends RecordPages<PartyInput, Party> {

    static final int PAGE_SIZE = 200;

    @Inject
    SourcesReads sources;

    @Inject
    PartyWriteService partyWrites;

    @Inject
    SourcesWrites sourceWrites;

    @GET
    public Uni<Response> list(@QueryParam("q") String q, @QueryParam("merged") String merged) {
        return page(ClaimFilters.blankToNull(q), FormErrors.none(), merged, 200);
    }

    @GET
    @Path("{id}")
    public Uni<Response> party(@PathParam("id") String id) {
        if (!Forms.isId(id)) {
            return Pages.notFound("Party");
        }
        return sources.party(id).map(RestResponse::getEntity)
                .flatMap(party -> (party.parentId() == null ? Uni.createFrom().<Party>nullItem()
                        : sources.party(party.parentId()).map(RestResponse::getEntity).onFailure().recoverWithNull())
                        .flatMap(parent -> Pages.render(Views.party(party, parent))))
                .onFailure().recoverWithUni(failure -> Pages.failure(failure, "Party"));
    }

    @Override
    RecordForm<PartyInput, Party> form() {
        return new RecordForm<>("Party", "/parties/", validator, PartyUi::partyInput,
                id -> sources.party(id).map(RestResponse::getEntity), this::partyForm, PartyUi::conflictRows,
                Party::id, Party::version, sourceWrites::createParty,
                // the same service as the API: a new name or parent refreshes the claims' copies of its sources
                partyWrites::update);
    }

    private Uni<Response> partyForm(Party party, FormValues values, FormErrors errors, int status) {
        MultivaluedMap<String, String> all = new MultivaluedHashMap<>();
        all.putSingle("size", Integer.toString(PAGE_SIZE));
        return sources.parties(all).map(found -> found.items().stream()
                        .filter(p -> party == null || !p.id().equals(party.id())).toList())
                .onFailure().recoverWithItem(List.of())
                .flatMap(parents -> Pages.render(Views.partyForm(party, values, errors, parents), status));
    }

    private static PartyInput partyInput(FormValues values, FormErrors errors) {
        List<String> aliases = values.get("aliases").lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        return new PartyInput(values.optional("name"), aliases.isEmpty() ? null : aliases,
                SourceUi.countryCode(values.optional("country")), values.optional("externalId"), values.optional("parentId"));
    }

    private static List<ConflictRow> conflictRows(PartyInput yours, Party current) {
        return List.of(
                ConflictRow.of("Name", yours.name(), current.name()),
                ConflictRow.of("Other names", yours.aliases() == null ? List.of() : yours.aliases(), current.aliases()),
                ConflictRow.of("Country", yours.country(), current.country()),
                ConflictRow.of("External id", yours.externalId(), current.externalId()),
                ConflictRow.of("Belongs to", yours.parentId(), current.parentId()));
    }

    @Override
    FormValues formValues(Party party) {
        return FormValues.empty().put("name", party.name())
                .put("aliases", party.aliases() == null ? null : String.join("\n", party.aliases()))
                .put("country", party.country()).put("externalId", party.externalId()).put("parentId", party.parentId())
                .put("version", party.version());
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

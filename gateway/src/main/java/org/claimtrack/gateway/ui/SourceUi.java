package org.claimtrack.gateway.ui;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.claimtrack.gateway.client.SourcesReads;
import org.claimtrack.gateway.client.SourcesWrites;
import org.claimtrack.gateway.model.Reliability;
import org.claimtrack.gateway.model.Source;
import org.claimtrack.gateway.model.SourceInput;
import org.claimtrack.gateway.model.SourceKind;
import org.claimtrack.gateway.service.SourceProfileService;
import org.claimtrack.gateway.service.SourceWriteService;
import org.jboss.resteasy.reactive.RestResponse;

/** Sources: the list, a source's profile and track record, the source picker, and the create and edit forms. */
@Path("/sources")
@UiPage
@Produces(MediaType.TEXT_HTML)
public class SourceUi extends RecordPages<SourceInput, Source> {

    static final int STANCES_PER_PAGE = 20;
    private static final List<SourceKind> KINDS = List.of(SourceKind.values());
    private static final List<Reliability> RELIABILITIES = List.of(Reliability.values());

    @Inject
    SourcesReads sources;

    @Inject
    SourcesWrites sourceWrites;

    @Inject
    SourceWriteService sourceUpdates;

    @Inject
    SourceProfileService profiles;

    @GET
    public Uni<Response> list(@QueryParam("q") String q, @QueryParam("page") String page) {
        ListSearch list = ListSearch.of("/sources", q, page);
        return sources.sources(list.query())
                .flatMap(found -> Pages.render(Views.sources(list.search(), found, Pager.of(found), list.pageLink(), List.of())))
                .onFailure().recoverWithUni(failure -> Pages.failure(failure, "Source"));
    }

    @GET
    @Path("{id}")
    public Uni<Response> profile(@PathParam("id") String id, @QueryParam("page") String page) {
        if (!Forms.isId(id)) {
            return Pages.notFound("Source");
        }
        return profiles.profile(id, Forms.pageIndex(page), STANCES_PER_PAGE, null).flatMap(tagged -> {
            var profile = tagged.profile();
            return Pages.render(Views.source(profile, profile.trackRecord() == null ? null : TrackRow.of(profile.trackRecord()),
                    profile.stances() == null ? null : Pager.of(profile.stances()), profile.degraded()));
        }).onFailure().recoverWithUni(failure -> Pages.failure(failure, "Source"));
    }

    /** The source picker's options for a search (a fragment for the stance form). */
    @GET
    @Path("picker")
    public Uni<Response> picker(@QueryParam("q") String q, @QueryParam("selected") String selected) {
        return pickers.sources(q, selected).flatMap(found -> Pages.render(Views.sourceOptions(found, selected)))
                .onFailure().recoverWithUni(failure -> Pages.failure(failure, "Source"));
    }

    @Override
    FormValues blank() {
        return FormValues.empty().put("reliability", Reliability.F);
    }

    @Override
    RecordForm<SourceInput, Source> form() {
        return new RecordForm<>("Source", "/sources/", validator, SourceUi::sourceInput,
                id -> sources.source(id).map(RestResponse::getEntity), this::sourceForm, SourceUi::conflictRows,
                Source::id, Source::version, sourceWrites::createSource,
                // the same service as the API, which also refreshes the claims' copies of the source
                sourceUpdates::update);
    }

    private Uni<Response> sourceForm(Source source, FormValues values, FormErrors errors, int status) {
        return pickers.sources(null, values.optional("memberOfId"))
                .map(all -> all.stream().filter(s -> source == null || !s.id().equals(source.id())).toList())
                .onFailure().recoverWithItem(List.of())
                .flatMap(parents -> Pages.render(Views.sourceForm(source, values, errors, KINDS, RELIABILITIES, parents,
                        List.of()), status));
    }

    private static List<ConflictRow> conflictRows(SourceInput yours, Source current) {
        return List.of(
                ConflictRow.of("Name", yours.name(), current.name()),
                ConflictRow.of("Kind", yours.kind(), current.kind()),
                ConflictRow.of("Affiliation", yours.affiliation(), current.affiliation()),
                ConflictRow.of("Reliability", yours.reliability(), current.reliability()),
                ConflictRow.of("Member of", yours.memberOfId(), current.memberOfId()),
                ConflictRow.of("Country", yours.country(), current.country()),
                ConflictRow.of("Web address", yours.url(), current.url()),
                ConflictRow.of("Description", yours.description(), current.description()));
    }

    private static SourceInput sourceInput(FormValues values, FormErrors errors) {
        String reliability = values.optional("reliability");
        // after a 409 listing candidate parties: one of them chosen by id, or "new" to create the party as typed
        String choice = values.optional("partyChoice");
        boolean newParty = "new".equals(choice);
        String partyId = choice == null || newParty ? null : choice;
        return new SourceInput(values.optional("name"), Forms.choice(SourceKind.class, values, "kind", errors),
                partyId == null ? values.get("affiliation").strip() : null, partyId, newParty ? Boolean.TRUE : null,
                reliability == null ? Reliability.F : Forms.choice(Reliability.class, values, "reliability", errors),
                values.optional("memberOfId"), countryCode(values.optional("country")), values.optional("url"),
                values.optional("description"));
    }

    /** Country codes are stored in capitals (ISO 3166-1): "ua" typed is "UA" saved, not a refusal. */
    static String countryCode(String typed) {
        return typed == null ? null : typed.toUpperCase(java.util.Locale.ROOT);
    }

    @Override
    FormValues formValues(Source source) {
        return FormValues.empty().put("name", source.name()).put("kind", source.kind()).put("affiliation", source.affiliation())
                .put("reliability", source.reliability()).put("memberOfId", source.memberOfId())
                .put("country", source.country()).put("url", source.url()).put("description", source.description())
                .put("version", source.version());
    }
}

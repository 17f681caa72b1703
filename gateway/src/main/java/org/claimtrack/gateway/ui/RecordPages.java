package org.claimtrack.gateway.ui;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

/**
 * The new and edit pages of the claim, source and document UIs ({@code new}, {@code {id}/edit}): one set of handlers
 * over each page's {@link RecordForm}. JAX-RS inherits the annotated methods, so a page states only what differs.
 *
 * @param <I> what the form sends (the API's input record)
 * @param <R> the stored record
 */
abstract class RecordPages<I, R> {

    /** Every record page checks its forms against the API's constraints and offers pickers. */
    @Inject
    Validator validator;

    @Inject
    Pickers pickers;

    /** The record's form flow: parsing, loading, rendering, saving, conflicts. */
    abstract RecordForm<I, R> form();

    /** What a new record's form starts with. */
    FormValues blank() {
        return FormValues.empty();
    }

    /** The edit form's values for a stored record (with its version, for If-Match). */
    abstract FormValues formValues(R record);

    @GET
    @Path("new")
    public Uni<Response> newRecord() {
        return form().render().render(null, blank(), FormErrors.none(), 200);
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> create(MultivaluedMap<String, String> form) {
        return form().create(form);
    }

    @GET
    @Path("{id}/edit")
    public Uni<Response> edit(@PathParam("id") String id) {
        return form().edit(id, this::formValues);
    }

    @POST
    @Path("{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> update(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return form().update(id, form);
    }
}

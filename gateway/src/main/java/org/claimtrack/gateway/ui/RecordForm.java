package org.claimtrack.gateway.ui;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The create-and-edit flow the claim, source and document forms share: check the input with the API's constraints,
 * save, redirect to the record (post-redirect-get); a rejected form comes back with its messages, and an edit that
 * lost a race (412) shows both versions instead of overwriting.
 *
 * @param <I> what the form sends (the API's input record)
 * @param <R> the stored record
 */
record RecordForm<I, R>(String what, String path, Validator validator, BiFunction<FormValues, FormErrors, I> parse,
        Function<String, Uni<R>> load, Renderer<R> render, BiFunction<I, R, List<ConflictRow>> conflictRows,
        ToLongFunction<R> version) {

    /** Renders the form for a record (null for a new one) with the given values and messages. */
    interface Renderer<R> {
        Uni<Response> render(R record, FormValues values, FormErrors errors, int status);
    }

    /** A new record; {@code save} answers the new record's id. */
    Uni<Response> create(MultivaluedMap<String, String> form, Function<I, Uni<String>> save) {
        FormValues values = FormValues.of(form);
        FormErrors errors = FormErrors.none();
        I input = parse.apply(values, errors);
        if (!Forms.valid(validator, input, errors)) {
            return render.render(null, values, errors, 400);
        }
        return save.apply(input).map(id -> Pages.seeOther(path + id))
                .onFailure(HttpProblem.class).recoverWithUni(failure -> rejected(null, values, (HttpProblem) failure));
    }

    /** The edit form, filled from the stored record. */
    Uni<Response> edit(String id, Function<R, FormValues> values) {
        if (!Forms.isId(id)) {
            return Pages.notFound(what);
        }
        return load.apply(id).flatMap(record -> render.render(record, values.apply(record), FormErrors.none(), 200))
                .onFailure().recoverWithUni(failure -> Pages.failure(failure, what));
    }

    /** Saves an edit with the form's version as {@code If-Match}; {@code save} takes the input and that header. */
    Uni<Response> update(String id, MultivaluedMap<String, String> form, BiFunction<I, String, Uni<?>> save) {
        if (!Forms.isId(id)) {
            return Pages.notFound(what);
        }
        FormValues values = FormValues.of(form);
        FormErrors errors = FormErrors.none();
        I input = parse.apply(values, errors);
        return load.apply(id).flatMap(current -> {
            if (!Forms.valid(validator, input, errors)) {
                return render.render(current, values, errors, 400);
            }
            return save.apply(input, Forms.ifMatch(values)).map(saved -> Pages.seeOther(path + id))
                    .onFailure(Forms::isStale).recoverWithUni(stale -> load.apply(id).flatMap(latest -> Pages.render(
                            Views.conflict(what.toLowerCase(), values.get("version"), version.applyAsLong(latest),
                                    conflictRows.apply(input, latest), path + id + "/edit", path + id), 412)))
                    .onFailure(HttpProblem.class).recoverWithUni(failure -> rejected(current, values, (HttpProblem) failure));
        }).onFailure().recoverWithUni(failure -> Pages.failure(failure, what));
    }

    private Uni<Response> rejected(R record, FormValues values, HttpProblem problem) {
        return render.render(record, values, FormErrors.of(problem), problem.getStatusCode());
    }
}

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
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The create-and-edit flow the claim, source and document forms share (served by {@link RecordPages}): check the
 * input with the API's constraints, save, redirect to the record (post-redirect-get); a rejected form comes back with
 * its messages, and an edit that lost a race (412) shows both versions instead of overwriting.
 *
 * @param <I> what the form sends (the API's input record)
 * @param <R> the stored record
 */
record RecordForm<I, R>(String what, String path, Validator validator, BiFunction<FormValues, FormErrors, I> parse,
        Function<String, Uni<R>> load, Renderer<R> render, BiFunction<I, R, List<ConflictRow>> conflictRows,
        Function<R, String> idOf, ToLongFunction<R> version, Function<I, Uni<RestResponse<R>>> saveNew, Update<I> saveEdit,
        Rebase<R> rebase) {

    /** The form field holding {@link Rebase#fieldsKey} of the record as the form was loaded. */
    static final String BASE = "base";

    /**
     * For a record whose version also moves with changes that are not its form's fields (a claim's stances and
     * verdicts): a key of the form's fields, so that an edit whose fields nobody else touched is applied on top of the
     * newer version instead of being refused; and who changed the fields last, for the conflict page.
     */
    interface Rebase<R> {
        String fieldsKey(R record);

        /** "maria, 6 Dec 2026, 06:40 UTC", or null when unknown. */
        Uni<String> lastFieldChange(String id);
    }

    /** A short, stable key of some values (SHA-256, hex): tells whether a record's fields changed since a form was loaded. */
    static String fingerprint(Object... values) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            for (Object value : values) {
                sha.update(String.valueOf(value).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return java.util.HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (java.security.NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every Java runtime has SHA-256", missing);
        }
    }

    /** A record whose version moves only with its form's fields: a stale edit is always a conflict. */
    RecordForm(String what, String path, Validator validator, BiFunction<FormValues, FormErrors, I> parse,
            Function<String, Uni<R>> load, Renderer<R> render, BiFunction<I, R, List<ConflictRow>> conflictRows,
            Function<R, String> idOf, ToLongFunction<R> version, Function<I, Uni<RestResponse<R>>> saveNew, Update<I> saveEdit) {
        this(what, path, validator, parse, load, render, conflictRows, idOf, version, saveNew, saveEdit, null);
    }

    /** Renders the form for a record (null for a new one) with the given values and messages. */
    interface Renderer<R> {
        Uni<Response> render(R record, FormValues values, FormErrors errors, int status);
    }

    /** Saves an edit of record {@code id}, the form's version as {@code If-Match}. */
    interface Update<I> {
        Uni<?> save(String id, I input, String ifMatch);
    }

    /** A new record. */
    Uni<Response> create(MultivaluedMap<String, String> form) {
        FormValues values = FormValues.of(form);
        FormErrors errors = FormErrors.none();
        I input = parse.apply(values, errors);
        if (!Forms.valid(validator, input, errors)) {
            return render.render(null, values, errors, 400);
        }
        return saveNew.apply(input).map(created -> Pages.seeOther(path + idOf.apply(created.getEntity())))
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

    /** Saves an edit with the form's version as {@code If-Match}. */
    Uni<Response> update(String id, MultivaluedMap<String, String> form) {
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
            return saveEdit.save(id, input, Forms.ifMatch(values)).map(saved -> Pages.seeOther(path + id))
                    .onFailure(Forms::isStale).recoverWithUni(stale -> load.apply(id).flatMap(latest -> {
                        if (rebase != null && values.get(BASE).equals(rebase.fieldsKey(latest))) {
                            // only what is not on this form changed (a stance, a verdict): the edit applies on top
                            return saveEdit.save(id, input, "\"" + version.applyAsLong(latest) + "\"")
                                    .map(saved -> Pages.seeOther(path + id))
                                    .onFailure(Forms::isStale).recoverWithUni(again -> conflict(id, values, input));
                        }
                        return conflict(id, values, input);
                    }))
                    .onFailure(HttpProblem.class).recoverWithUni(failure -> rejected(current, values, (HttpProblem) failure));
        }).onFailure().recoverWithUni(failure -> Pages.failure(failure, what));
    }

    /**
     * Both versions side by side, who changed the fields last when known, and the reader's edit ready to be applied on
     * top of the current version (the form again, carrying the current version).
     */
    private Uni<Response> conflict(String id, FormValues values, I input) {
        Uni<String> who = rebase == null ? Uni.createFrom().nullItem()
                : rebase.lastFieldChange(id).onFailure().recoverWithNull();
        return Uni.combine().all().unis(load.apply(id), who).asTuple().flatMap(t -> {
            R latest = t.getItem1();
            FormValues mine = FormValues.empty().putAll(values).put("version", version.applyAsLong(latest));
            if (rebase != null) {
                mine.put(BASE, rebase.fieldsKey(latest));
            }
            return Pages.render(Views.conflict(what.toLowerCase(), values.get("version"), version.applyAsLong(latest),
                    conflictRows.apply(input, latest), path + id + "/edit", path + id, t.getItem2(), mine), 412);
        });
    }

    private Uni<Response> rejected(R record, FormValues values, HttpProblem problem) {
        return render.render(record, values, FormErrors.of(problem), problem.getStatusCode());
    }
}

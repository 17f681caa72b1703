package org.claimtrack.gateway.rest;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import io.quarkus.security.identity.SecurityIdentity;
import java.util.List;
import java.util.Map;

/** Query-parameter rules shared by the resources, and the filters they pass on downstream. */
final class Params {

    static final String STATUS = "UNSOURCED|SINGLE_PARTY|CORROBORATED|DISPUTED|DENIED|VERIFIED|MISLEADING|FALSE|UNVERIFIABLE";
    static final String STATUS_MESSAGE = "must be one of UNSOURCED, SINGLE_PARTY, CORROBORATED, DISPUTED, DENIED, "
            + "VERIFIED, MISLEADING, FALSE, UNVERIFIABLE";
    static final String WORK_STATUS = "NEW|IN_PROGRESS|IN_REVIEW|PUBLISHED|ARCHIVED";
    static final String WORK_STATUS_MESSAGE = "must be one of NEW, IN_PROGRESS, IN_REVIEW, PUBLISHED, ARCHIVED";
    static final String BOOLEAN = "true|false";
    static final String BOOLEAN_MESSAGE = "must be true or false";
    static final String SORT = "updatedAt,desc|updatedAt,asc|createdAt,desc|createdAt,asc|relevance";
    static final String SORT_MESSAGE = "must be one of updatedAt,desc, updatedAt,asc, createdAt,desc, createdAt,asc, relevance";
    static final String KIND = "PERSON|GOVERNMENT|ORGANIZATION|MEDIA_OUTLET|INTERGOVERNMENTAL|GROUP";
    static final String KIND_MESSAGE = "must be one of PERSON, GOVERNMENT, ORGANIZATION, MEDIA_OUTLET, INTERGOVERNMENTAL, GROUP";
    static final String RELIABILITY = "[A-F]";
    static final String RELIABILITY_MESSAGE = "must be one of A, B, C, D, E, F";
    /** The only extra explanation a dossier gives on request so far: each evidence source's chain to its root party. */
    static final String EXPLAIN = "partyChains";
    static final String EXPLAIN_MESSAGE = "must be partyChains";
    static final String INSTANT_EXAMPLE = "2021-12-30T12:00:00Z";
    /** Numbers in the query are checked as text so that "abc" is a 400 with a field error, not a 404. */
    static final String WHOLE_NUMBER = "\\d{1,9}";
    static final String WHOLE_NUMBER_MESSAGE = "must be a whole number";
    static final String CURSOR = "Where the page starts: the `next` of the page before, as it was returned, with the same sort "
            + "and filters. Pages by keyset: deep pages cost what the first does, and claims written meanwhile neither shift "
            + "nor repeat items. Not with page > 0 (400 naming `page`); a cursor that is not one, or was made for another "
            + "sort, is a 400 naming `cursor`; with sort=relevance and q there is none (page by number)";

    private Params() {
    }

    /** Builds the downstream query from the parameters that are set. */
    static MultivaluedMap<String, String> query(Object... nameValuePairs) {
        MultivaluedMap<String, String> query = new MultivaluedHashMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            String name = (String) nameValuePairs[i];
            Object value = nameValuePairs[i + 1];
            if (value instanceof Collection<?> values) {
                values.forEach(v -> query.add(name, v.toString()));
            } else if (value != null && !value.toString().isBlank()) {
                query.add(name, value.toString());
            }
        }
        return query;
    }

    /**
     * Adds the desk's filters to a claims query: {@code assignedToMe=true} is {@code assignee} = the signed-in user (a
     * visitor has nothing assigned: 400, as is naming another user beside it).
     */
    static MultivaluedMap<String, String> work(SecurityIdentity identity, List<String> workStatus, String assignee,
            String assignedToMe, String overdue, MultivaluedMap<String, String> query) {
        String who = assignee;
        if ("true".equals(assignedToMe)) {
            if (identity.isAnonymous()) {
                throw badParameter("assignedToMe", "needs a signed-in user");
            }
            String me = identity.getPrincipal().getName();
            if (who != null && !who.isBlank() && !who.strip().equals(me)) {
                throw badParameter("assignedToMe", "cannot be combined with another user's assignee");
            }
            who = me;
        }
        query.putAll(query("workStatus", workStatus, "assignee", who == null ? null : who.strip(), "overdue", overdue));
        return query;
    }

    private static HttpProblem badParameter(String name, String message) {
        return HttpProblem.builder().withStatus(400).withTitle("Bad Request").withDetail("Invalid query parameter " + name
                + ": " + message).with("errors", List.of(Map.of("field", name, "message", message))).build();
    }

    /** A query number already checked against {@link #WHOLE_NUMBER}. */
    static int number(String value) {
        return Integer.parseInt(value);
    }

    /** An ISO-8601 instant, or a 400 problem naming the parameter. */
    static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw HttpProblem.builder().withStatus(400).withTitle("Bad Request")
                    .withDetail("Invalid query parameter " + name)
                    .with("errors", List.of(Map.of("field", name,
                            "message", "must be an ISO-8601 UTC instant such as " + INSTANT_EXAMPLE)))
                    .build();
        }
    }
}

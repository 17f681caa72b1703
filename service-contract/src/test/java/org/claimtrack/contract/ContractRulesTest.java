package org.claimtrack.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The contract's rules, once for both services: what each bad input is answered with. */
class ContractRulesTest {

    enum Kind { PERSON, GROUP }

    record Selector(String exact, String prefix) { }

    record Input(String text, Kind kind, Instant statedAt, UUID sourceId, List<String> tags, Selector selector, int rank,
            Boolean draft, Double weight, java.time.LocalDate dueDate) { }

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    static {
        new StrictJson().customize(JSON);
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "{\"text\":5}                                  | text        | must be a string",
            "{\"kind\":\"ROBOT\"}                          | kind        | must be one of PERSON, GROUP",
            "{\"kind\":0}                                  | kind        | must be one of PERSON, GROUP",
            "{\"kind\":\"\"}                               | kind        | must be one of PERSON, GROUP",
            "{\"statedAt\":\"yesterday\"}                  | statedAt    | must be an ISO-8601 UTC instant such as 2021-12-30T12:00:00Z",
            "{\"statedAt\":123}                              | statedAt    | must be an ISO-8601 UTC instant such as 2021-12-30T12:00:00Z",
            "{\"statedAt\":1.5e308}                          | statedAt    | must be an ISO-8601 UTC instant such as 2021-12-30T12:00:00Z",
            "{\"dueDate\":[2021,12,30]}                      | dueDate     | must be an ISO-8601 date such as 2021-12-30",
            "{\"dueDate\":18991}                             | dueDate     | must be an ISO-8601 date such as 2021-12-30",
            "{\"statedAt\":\"0000-06-01T00:00:00Z\"}       | statedAt    | must be an instant from 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z",
            "{\"statedAt\":\"-5345345345345\"}             | statedAt    | must be an ISO-8601 UTC instant such as 2021-12-30T12:00:00Z",
            "{\"sourceId\":\"nope\"}                       | sourceId    | must be a UUID string such as 3fa85f64-5717-4562-b3fc-2c963f66afa6",
            "{\"tags\":\"troops\"}                         | tags        | must be an array",
            "{\"tags\":[\"a\",7]}                          | tags[1]     | must be a string",
            "{\"selector\":{\"exact\":true}}               | selector.exact | must be a string",
            "{\"selector\":[]}                             | selector    | must be an object",
            "{\"rank\":null}                               | rank        | must be a number in range",
            "{\"rank\":\"12\"}                             | rank        | must be a number in range",
            "{\"rank\":1.5}                                | rank        | must be a number in range",
            "{\"rank\":\"\"}                               | rank        | must be a number in range",
            "{\"weight\":\"0.5\"}                          | weight      | must be a number in range",
            "{\"draft\":\"true\"}                          | draft       | must be true or false",
            "{\"draft\":1}                                 | draft       | must be true or false",
            "{\"text\":\"a\\u0000b\"}                      | text        | must not contain the NUL character (U+0000)",
            "[]                                            | body        | must be an object",
            "{\"text\":\"a\",\"text\":\"b\"}               | body        | repeats a property (line 1, column 19)",
            "{\"text\":                                    | body        | is not valid JSON (line 1, column 9)",
            "{\"rank\":1} {}                                 | body        | must hold exactly one JSON value"})
    void unreadableJsonNamesTheFieldInJsonWords(String body, String field, String message) {
        HttpProblem problem = JsonBodyErrors.toProblem(assertThrows(JsonProcessingException.class,
                () -> JSON.readValue(body, Input.class)));
        assertEquals(400, problem.getStatusCode());
        assertEquals(List.of(new FieldError(field, message)), problem.getParameters().get("errors"));
        assertTrue(problem.getDetail().contains(message) || field.equals("body"), problem.getDetail());
    }

    @Test
    void batchItemErrorsCarryTheItemPrefix() throws Exception {
        JsonProcessingException e = assertThrows(JsonProcessingException.class,
                () -> JSON.readValue("{\"kind\":\"ROBOT\"}", Input.class));
        assertEquals(new FieldError("[3].kind", "must be one of PERSON, GROUP"),
                JsonBodyErrors.fieldError((com.fasterxml.jackson.databind.JsonMappingException) e, "[3]."));
    }

    @ParameterizedTest(name = "{0}={1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "size  | 0      | must be an integer from 1 to 200",
            "size  | 201    | must be an integer from 1 to 200",
            "size  | abc    | must be an integer from 1 to 200",
            "page  | -1     | must be an integer from 0 to 2147483647",
            "kind  | ROBOT  | must be one of PERSON, GROUP",
            "id    | 3fa85f64-5717-4562-b3fc-2c963f66afa | must be a UUID such as 3fa85f64-5717-4562-b3fc-2c963f66afa6",
            "id    | 1-1-1-1-1 | must be a UUID such as 3fa85f64-5717-4562-b3fc-2c963f66afa6",
            "asOf  | 2021-12-30 | must be an ISO-8601 UTC instant such as 2021-12-30T12:00:00Z",
            "asOf  | +10000-01-01T00:00:00Z | must be an instant from 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z"})
    void badQueryParametersAreA400NamingThem(String name, String value, String message) {
        HttpProblem problem = assertThrows(HttpProblem.class, () -> {
            switch (name) {
                case "size" -> QueryParams.intIn(name, value, 1, PageRequest.MAX_SIZE, PageRequest.DEFAULT_SIZE);
                case "page" -> QueryParams.intIn(name, value, 0, Integer.MAX_VALUE, 0);
                case "kind" -> QueryParams.enumValue(name, value, Kind.class);
                case "id" -> QueryParams.uuid(name, value);
                default -> QueryParams.instant(name, value);
            }
        });
        assertEquals(400, problem.getStatusCode());
        assertEquals(List.of(new FieldError(name, message)), problem.getParameters().get("errors"));
        assertEquals("Invalid " + name + ": " + message, problem.getDetail());
    }

    /** An operation with every kind of query parameter, as the resources declare them. */
    @SuppressWarnings("unused")
    static void listOperation(@QueryParam("q") String q,
            @QueryParam("kind") @Parameter(schema = @Schema(implementation = Kind.class)) String kind,
            @QueryParam("status") @Parameter(schema = @Schema(type = SchemaType.ARRAY, implementation = Kind.class)) List<String> status,
            @QueryParam("sort") @Parameter(schema = @Schema(enumeration = {"name", "date"})) String sort,
            @QueryParam("flag") @Pattern(regexp = "true|false", message = "must be true or false") String flag,
            @QueryParam("tags") List<@Pattern(regexp = "[a-z]+", message = "must be lower-case letters") String> tags,
            @QueryParam("code") @Pattern(regexp = "[A-Z]{2}") String code,
            @QueryParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
            @QueryParam("asOf") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date-time")) String asOf,
            @QueryParam("text") @NotBlank String text,
            @QueryParam("affiliation") @Parameter(description = "empty means none") String affiliation,
            @BeanParam PageRequest page) {
    }

    @Test
    void queryParametersWithNoEmptyValueInTheirSchemaAreKnownWithWhatTheyMustBe() throws NoSuchMethodException {
        var operation = ContractRulesTest.class.getDeclaredMethod("listOperation", String.class, String.class, List.class,
                String.class, String.class, List.class, String.class, String.class, String.class, String.class, String.class,
                PageRequest.class);
        assertEquals(java.util.Map.ofEntries(
                java.util.Map.entry("kind", "must be one of PERSON, GROUP"),
                java.util.Map.entry("status", "must be one of PERSON, GROUP"),
                java.util.Map.entry("sort", "must be one of name, date"),
                java.util.Map.entry("flag", "must be true or false"),
                java.util.Map.entry("tags", "must be lower-case letters"),
                java.util.Map.entry("code", "must match [A-Z]{2}"),
                java.util.Map.entry("id", "must be a UUID such as 3fa85f64-5717-4562-b3fc-2c963f66afa6"),
                java.util.Map.entry("asOf", "must be an ISO-8601 UTC instant such as 2021-12-30T12:00:00Z"),
                java.util.Map.entry("text", "must not be blank"),
                java.util.Map.entry("page", "must be a whole number"),
                java.util.Map.entry("size", "must be a whole number")), EmptyQueryValues.notEmpty(operation));
    }

    @jakarta.ws.rs.Path("/claims")
    public static class ClaimsResource {
        @jakarta.ws.rs.GET
        public void list() { }

        @jakarta.ws.rs.POST
        public void create() { }

        @jakarta.ws.rs.GET
        @jakarta.ws.rs.Path("{id}")
        public void read() { }

        @jakarta.ws.rs.DELETE
        @jakarta.ws.rs.Path("/{id}")
        public void delete() { }

        @jakarta.ws.rs.PUT
        @jakarta.ws.rs.Path("/{id}/code/{code: [A-Z]{2}}")
        public void code() { }
    }

    @jakarta.ws.rs.Path("/sources")
    interface SourcesClient {
        @jakarta.ws.rs.GET
        void list();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "/claims               | GET, HEAD, OPTIONS, POST",
            "/claims/              | GET, HEAD, OPTIONS, POST",
            "/claims/42            | DELETE, GET, HEAD, OPTIONS",
            "/claims/42/code/RU    | OPTIONS, PUT",
            "/claims/42/code/RUS   | ''",
            "/claims/42/43         | ''",
            "/sources              | ''"})
    void theMethodsAPathAnswersComeFromTheResourceAnnotations(String path, String allowed) {
        assertEquals(allowed, String.join(", ", AllowedMethods.of(path, List.of(ClaimsResource.class, SourcesClient.class, String.class))));
    }

    @Test
    void absentQueryParametersTakeTheirDefaults() {
        assertEquals(20, QueryParams.intIn("size", " ", 1, 200, 20));
        assertEquals(Kind.GROUP, QueryParams.enumValue("kind", " GROUP ", Kind.class));
        assertEquals(null, QueryParams.uuid("id", null));
        assertEquals(Instant.parse("2021-12-30T09:00:00Z"), QueryParams.instant("asOf", "2021-12-30T09:00:00Z"));
    }

    @Test
    void ifMatchIsRequiredAndAStaleOneCarriesTheCurrentEtag() {
        assertEquals(428, assertThrows(HttpProblem.class, () -> Versions.requireIfMatch(" ")).getStatusCode());
        HttpProblem stale = assertThrows(HttpProblem.class, () -> Versions.check("\"1\"", 2));
        assertEquals(412, stale.getStatusCode());
        assertEquals("\"2\"", stale.getHeaders().get("ETag"));
    }

    @Test
    void aDuplicateNamesTheRecordThatExists() {
        UUID existing = UUID.randomUUID();
        HttpProblem duplicate = Problems.duplicate("A claim with this text exists", "text", existing);
        assertEquals(409, duplicate.getStatusCode());
        assertEquals(existing, duplicate.getParameters().get("existingId"));
        assertEquals(List.of(new FieldError("text", "A claim with this text exists")), duplicate.getParameters().get("errors"));
    }

    @Test
    void timestampsAreKeptToTheMillisecond() {
        assertEquals(0, Timestamps.now().getNano() % 1_000_000);
    }

    @ParameterizedTest(name = "{0} s after now: in the future = {1}")
    @CsvSource({"-86400, false", "0, false", "300, false", "301, true", "315360000, true"})
    void instantsMoreThanFiveMinutesAheadAreInTheFuture(long seconds, boolean future) {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        assertEquals(future, NotInFuture.Check.inFuture(now.plusSeconds(seconds), now));
    }
}

package org.claimtrack.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends every write operation of the document an internal service serves at {@code /q/openapi} without the service
 * token and with a wrong one, and asserts each is a 401 problem that changes nothing. The operations come from the
 * served document, not from a list in the test: a write added later is swept without touching the test.
 *
 * <p>Each write is sent as it would succeed with the token: path ids of records that exist, the operation's own
 * request-body example, and the current ETag of the addressed record as If-Match. So an operation whose guard were
 * missing would answer 2xx (or at least not 401) and change the state the caller reads before and after.
 */
public final class ServiceTokenSweep {

    public static final String HEADER = "X-Claimtrack-Service-Token";
    private static final Set<String> WRITE_METHODS = Set.of("post", "put", "patch", "delete");
    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");

    private ServiceTokenSweep() {
    }

    /**
     * @param reads        operationIds of POSTs the document describes as reads ("no service token needed"); each
     *                     must exist, and each must answer without the token
     * @param pathValue    (path template, parameter name) → the id of an existing record to put there
     * @param state        everything the caller can read that a write would change; compared before and after
     * @return the swept writes, "METHOD path", sorted
     */
    public static List<String> sweep(Set<String> reads, BiFunction<String, String, String> pathValue,
            Supplier<Object> state) throws Exception {
        JsonNode doc = new ObjectMapper().readTree(given().filters(List.of()).accept("application/json")
                .get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        Set<String> swept = new TreeSet<>();
        Set<String> readsSeen = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!WRITE_METHODS.contains(op.getKey())) {
                    continue;
                }
                String method = op.getKey().toUpperCase();
                String url = resolve(path.getKey(), pathValue);
                String where = method + " " + path.getKey();
                // a POST that only reads says so in the document (x-read-only), which then promises no 401
                boolean documentedRead = op.getValue().path("x-read-only").asText().equals("true");
                if (reads.contains(op.getValue().path("operationId").asText())) {
                    readsSeen.add(op.getValue().path("operationId").asText());
                    assertTrue(documentedRead, where + " reads, but the document does not mark it x-read-only");
                    assertFalse(op.getValue().path("responses").has("401"), where + " reads, yet documents a 401");
                    int status = request(op.getValue(), null, url).request(method, url).statusCode();
                    assertNotEquals(401, status, where + " is documented as a read, yet needs the token");
                    continue;
                }
                assertFalse(documentedRead, where + " is marked x-read-only, but the test does not name it as a read");
                assertTrue(op.getValue().path("responses").has("401"), where + " is a write, yet documents no 401");
                Object before = state.get();
                for (String token : new String[] {null, "wrong-" + HEADER}) {
                    Response response = request(op.getValue(), token, url).request(method, url);
                    String which = where + (token == null ? " without the token" : " with a wrong token");
                    assertEquals(401, response.statusCode(), which + ": " + response.asString());
                    assertTrue(response.contentType().startsWith("application/problem+json"), which + ": " + response.contentType());
                    assertEquals(401, response.jsonPath().getInt("status"), which);
                    assertTrue(response.jsonPath().getString("detail").contains(HEADER), which + ": names the header");
                }
                assertEquals(before, state.get(), where + ": a refused write changed nothing");
                swept.add(where);
            }
        }
        assertEquals(reads, readsSeen, "every read POST named by the test is in the document");
        assertFalse(swept.isEmpty());
        return new ArrayList<>(swept);
    }

    private static RequestSpecification request(JsonNode operation, String token, String url) {
        RequestSpecification request = given();
        if (token != null) {
            request.header(HEADER, token);
        }
        String etag = given().filters(List.of()).get(url).header("ETag");
        if (etag != null) {
            request.header("If-Match", etag);
        }
        JsonNode content = operation.path("requestBody").path("content");
        if (content.isObject() && content.size() > 0) {
            Map.Entry<String, JsonNode> media = content.fields().next();
            request.contentType(media.getKey());
            JsonNode examples = media.getValue().path("examples");
            JsonNode example = examples.size() > 0 ? examples.elements().next().path("value") : media.getValue().path("example");
            request.body(example.isMissingNode() ? "{}" : example.isTextual() ? example.asText() : example.toString());
        }
        return request;
    }

    private static String resolve(String template, BiFunction<String, String, String> pathValue) {
        Matcher m = PARAM.matcher(template);
        StringBuilder url = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(url, Matcher.quoteReplacement(pathValue.apply(template, m.group(1))));
        }
        return m.appendTail(url).toString();
    }
}

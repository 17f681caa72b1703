package org.claimtrack.sources.rest;

import static io.restassured.RestAssured.given;
import static org.claimtrack.sources.rest.Api.writer;
import static org.claimtrack.sources.rest.LocalWebsiteResource.website;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.claimtrack.testing.LocalWebsite.Page;
import org.claimtrack.testing.OpenApiContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Archiving a web page by URL: the readable text becomes version 1 with where and when it was fetched, and every
 * guard refuses with a 422 naming url and why, writing nothing. Private targets are refused before any connection
 * is made, so no traffic leaves the machine.
 */
@QuarkusTest
@QuarkusTestResource(value = LocalWebsiteResource.class, restrictToAnnotatedClass = false)
class ArchiveByUrlTest {

    static final String ARTICLE = """
            <!doctype html><html><head><title>Geneva talks</title><script>var tracking = "not text";</script>
            <style>p { color: red }</style></head>
            <body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
            <article><h1>Russia and U.S. to hold security talks</h1>
            <p>Kiev says Russia has deployed   up to 100,000 soldiers
            on Ukraine&rsquo;s borders.</p><p>Moscow denies <b>any</b> plan to invade.</p>
            <form><input name="q"><button>Search</button></form></article>
            <footer>Copyright</footer></body></html>""";
    static final String ARTICLE_TEXT = "Russia and U.S. to hold security talks\n\n"
            + "Kiev says Russia has deployed up to 100,000 soldiers on Ukraine\u2019s borders.\n\n"
            + "Moscow denies any plan to invade.";

    @BeforeEach
    void contract() {
        OpenApiContract.enforce();
    }

    private static String path(String name) {
        return "/" + name + "-" + UUID.randomUUID();
    }

    @Test
    void archivesThePagesReadableTextAsVersionOneWithWhereAndWhen() {
        String path = path("article");
        website.serve(path, Page.html(ARTICLE));
        String id = writer().header("X-Claimtrack-Actor", "editor1")
                .body(Map.of("url", website.url(path), "language", "en"))
                .post("/documents/archive").then().statusCode(201)
                .header("Location", containsString("/documents/"))
                .body("url", equalTo(website.url(path)))
                .body("title", equalTo("Geneva talks"))
                .body("language", equalTo("en"))
                .body("archivedText", equalTo(ARTICLE_TEXT))
                .body("contentSha256", equalTo(sha256(ARTICLE_TEXT)))
                .body("textVersion", is(1))
                .extract().path("id");
        given().get("/documents/" + id + "/versions/1").then().statusCode(200)
                .body("text", equalTo(ARTICLE_TEXT))
                .body("actor", equalTo("editor1"))
                .body("fetch.finalUrl", equalTo(website.url(path)))
                .body("fetch.httpStatus", is(200))
                .body("fetch.contentType", equalTo("text/html"))
                .body("fetch.fetchedAt", not(equalTo(null)));
        // the archived words are quotable as a reader copies them from the page
        writer().body(Map.of("exact", "up to 100,000 soldiers on Ukraine's borders"))
                .post("/documents/" + id + "/quote-check").then().statusCode(200).body("found", is(true));
        assertEquals(1, website.hits(path));
    }

    @Test
    void followsARedirectAndRecordsTheFinalAddress() {
        String target = path("moved-here");
        String start = path("old-address");
        website.serve(target, Page.of("text/plain; charset=utf-8", "Plain words of a statement.".getBytes(StandardCharsets.UTF_8)));
        website.serve(start, Page.redirect(target));
        String id = writer().body(Map.of("url", website.url(start), "title", "Statement"))
                .post("/documents/archive").then().statusCode(201)
                .body("url", equalTo(website.url(target))).body("title", equalTo("Statement"))
                .body("archivedText", equalTo("Plain words of a statement.")).extract().path("id");
        given().get("/documents/" + id + "/versions/1").then()
                .body("fetch.finalUrl", equalTo(website.url(target))).body("fetch.contentType", equalTo("text/plain"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:9/x", "http://localhost/x", "http://[::1]/x", "http://10.1.2.3/x",
            "http://172.16.0.1/x", "http://192.168.1.1/x", "http://169.254.169.254/latest/meta-data/", "http://[fc00::1]/x",
            "http://[fe80::1]/x", "http://0.0.0.0/x", "http://224.0.0.1/x", "http://[::ffff:10.0.0.1]/x", "http://100.64.0.1/x"})
    void refusesLoopbackPrivateLinkLocalAndMulticastTargets(String url) {
        refused(url, "PRIVATE_ADDRESS", "only public addresses are archived");
    }

    @Test
    void theAllowListNamesOneHostAndPortNotTheWholeLoopback() {
        String path = path("allowed-only-by-number");
        website.serve(path, Page.html(ARTICLE));
        refused("http://localhost:" + website.port() + path, "PRIVATE_ADDRESS", "a loopback address");
        assertEquals(0, website.hits(path));
    }

    @Test
    void aRedirectToAPrivateAddressIsRefusedBeforeFollowingIt() {
        String path = path("to-private");
        website.serve(path, Page.redirect("http://10.9.8.7/secret"));
        refused(website.url(path), "PRIVATE_ADDRESS", "10.9.8.7 is a private address");
        String toLoopback = path("to-loopback");
        website.serve(toLoopback, Page.redirect("http://[::1]:" + website.port() + "/"));
        refused(website.url(toLoopback), "PRIVATE_ADDRESS", "a loopback address");
    }

    @Test
    void tooManyRedirectsAreRefused() {
        String path = path("loop");
        website.serve(path, Page.redirect(path));
        refused(website.url(path), "REDIRECTS", "more than 3 redirects");
    }

    @Test
    void aPageOverTheSizeLimitIsRefusedWhetherItsLengthIsDeclaredOrNot() {
        byte[] big = ("<p>" + "word ".repeat(80_000) + "</p>").getBytes(StandardCharsets.UTF_8);
        String declared = path("big");
        website.serve(declared, Page.of("text/html", big));
        refused(website.url(declared), "TOO_LARGE", "larger than 300000 bytes");
        String chunked = path("big-chunked");
        website.serve(chunked, Page.of("text/html", big).withoutLength());
        refused(website.url(chunked), "TOO_LARGE", "larger than 300000 bytes");
    }

    @Test
    void onlyHtmlXhtmlAndPlainTextAreArchived() {
        String pdf = path("report.pdf");
        website.serve(pdf, Page.of("application/pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)));
        refused(website.url(pdf), "CONTENT_TYPE", "the page is application/pdf");
        String untyped = path("untyped");
        website.serve(untyped, new Page(200, Map.of(), "words".getBytes(StandardCharsets.UTF_8), false, Duration.ZERO));
        refused(website.url(untyped), "CONTENT_TYPE", "of no declared type");
    }

    @Test
    void aPageThatDoesNotAnswerInTimeIsRefused() {
        String path = path("slow");
        website.serve(path, Page.html(ARTICLE).after(Duration.ofSeconds(6)));
        refused(website.url(path), "TIMEOUT", "did not send the whole page in time");
    }

    @Test
    void anErrorAnswerOrAnEmptyPageIsNotArchived() {
        String missing = path("missing");
        website.serve(missing, Page.status(404));
        refused(website.url(missing), "HTTP_STATUS", "answered HTTP 404");
        String empty = path("empty");
        website.serve(empty, Page.html("<html><body><script>only()</script></body></html>"));
        refused(website.url(empty), "NO_TEXT", "has no readable text");
    }

    @Test
    void onlyHttpAddressesAreAccepted() {
        writer().body(Map.of("url", "file:///etc/passwd")).post("/documents/archive").then().statusCode(400)
                .body("errors[0].field", equalTo("url"));
        writer().body(Map.of("url", "ftp://example.org/statement.txt")).post("/documents/archive").then().statusCode(400)
                .body("errors[0].field", equalTo("url"));
        writer().body(Map.of()).post("/documents/archive").then().statusCode(400).body("errors[0].field", equalTo("url"));
    }

    @Test
    void anAddressAlreadyArchivedIsAConflictWithoutFetching() {
        String path = path("twice");
        website.serve(path, Page.html(ARTICLE));
        String id = writer().body(Map.of("url", website.url(path))).post("/documents/archive").then().statusCode(201)
                .extract().path("id");
        writer().body(Map.of("url", website.url(path))).post("/documents/archive").then().statusCode(409)
                .body("existingId", equalTo(id));
        assertEquals(1, website.hits(path));
    }

    @Test
    void anUnknownPublisherIsRefusedWithoutFetching() {
        String path = path("unknown-publisher");
        website.serve(path, Page.html(ARTICLE));
        writer().body(Map.of("url", website.url(path), "publisherId", UUID.randomUUID().toString()))
                .post("/documents/archive").then().statusCode(422).body("errors[0].field", equalTo("publisherId"));
        assertEquals(0, website.hits(path));
    }

    @Test
    void archivingIsAWriteAndNeedsTheServiceToken() {
        given().contentType("application/json").body(Map.of("url", website.url("/x"))).post("/documents/archive")
                .then().statusCode(401);
    }

    private static void refused(String url, String refusal, String why) {
        writer().body(Map.of("url", url)).post("/documents/archive").then().statusCode(422)
                .contentType("application/problem+json")
                .body("refusal", equalTo(refusal))
                .body("detail", containsString(why))
                .body("errors[0].field", equalTo("url"))
                .body("errors[0].message", containsString(why));
        given().queryParam("url", url).get("/documents").then().statusCode(200).body("total", is(0));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

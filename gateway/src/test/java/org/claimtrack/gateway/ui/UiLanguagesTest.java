package org.claimtrack.gateway.ui;

import static org.claimtrack.gateway.support.Fixtures.CLAIM;
import static org.claimtrack.gateway.support.Fixtures.MISSING;
import static org.claimtrack.gateway.support.Fixtures.troopsClaim;
import static org.claimtrack.gateway.ui.UiPagesTest.browser;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.regex.Pattern;
import org.claimtrack.gateway.security.TestUsers;
import org.claimtrack.gateway.support.DownstreamStubs;
import org.claimtrack.gateway.support.Downstreams;
import org.claimtrack.gateway.support.InjectDownstreams;
import org.claimtrack.testing.PostgresTestDatabase;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The UI's two languages: Spanish for a browser that asks for it, the header switch's cookie over the browser, and
 * English for anything else; {@code <html lang>} says which, and dates follow the language.
 */
@QuarkusTest
@QuarkusTestResource(value = DownstreamStubs.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestDatabase.class, restrictToAnnotatedClass = false)
class UiLanguagesTest {

    private static final String PAGE = "/claims/" + CLAIM;

    @InjectDownstreams
    Downstreams stubs;

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void reset() {
        stubs.reset();
        breakers.resetAll();
        troopsClaim(stubs, null);
    }

    /** The claim page in Spanish: navigation, headings, the status word, a date with a Spanish month. */
    private static Matcher<String> spanish() {
        return allOf(containsString("<html lang=\"es\">"), containsString(">Afirmaciones</a>"),
                containsString("Saltar al contenido"), containsString("Estado de verificación"),
                containsString(">Disputada</span>"), containsString("28 nov 2026, 10:05 UTC"),
                not(containsString("Verification status")), not(containsString(">Disputed</span>")));
    }

    private static Matcher<String> english() {
        return allOf(containsString("<html lang=\"en\">"), containsString(">Claims</a>"),
                containsString("Verification status"), containsString(">Disputed</span>"),
                containsString("28 Nov 2026, 10:05 UTC"), not(containsString("Estado de verificación")));
    }

    /** A redirect to this path of the gateway itself (JAX-RS makes the address absolute). */
    private static Matcher<String> onThisSite(String path) {
        return matchesPattern("http://localhost:\\d+" + Pattern.quote(path));
    }

    @Test
    void aBrowserAskingForSpanishGetsSpanishPages() {
        browser().header("Accept-Language", "es-ES,es;q=0.9,en;q=0.8").get(PAGE).then().statusCode(200).body(spanish());
        // Spanish of a country the UI has no file for is still Spanish; a first choice the UI lacks gives way to the next
        browser().header("Accept-Language", "es-MX").get(PAGE).then().statusCode(200).body(spanish());
        browser().header("Accept-Language", "fr-FR,fr;q=0.9,es;q=0.5").get(PAGE).then().statusCode(200).body(spanish());
    }

    @Test
    void withoutAnyChoiceOrWithALanguageTheUiLacksThePagesAreInEnglish() {
        browser().get(PAGE).then().statusCode(200).body(english());
        browser().header("Accept-Language", "fr-FR,fr;q=0.9").get(PAGE).then().statusCode(200).body(english());
        browser().header("Accept-Language", "en-US,en;q=0.9").get(PAGE).then().statusCode(200).body(english());
        browser().header("Accept-Language", "not a language list;;q=x").get(PAGE).then().statusCode(200).body(english());
        browser().cookie("lang", "xx").get(PAGE).then().statusCode(200).body(english());
    }

    @Test
    void theSwitchsCookieOverridesTheBrowsersLanguage() {
        browser().cookie("lang", "es").header("Accept-Language", "en-US,en;q=0.9").get(PAGE).then().statusCode(200)
                .body(spanish());
        browser().cookie("lang", "en").header("Accept-Language", "es-ES,es;q=0.9").get(PAGE).then().statusCode(200)
                .body(english());
        // the cookie naming a language the UI lacks is ignored: the browser's language decides
        browser().cookie("lang", "fr").header("Accept-Language", "es").get(PAGE).then().statusCode(200).body(spanish());
    }

    @Test
    void theSwitchIsOnEveryPageAndLeadsBackToTheSamePage() {
        browser().queryParam("asOf", "2021-12-30T09:00:00").get(PAGE).then().statusCode(200)
                .body(allOf(containsString("<nav class=\"lang-switch\" aria-label=\"Language\""),
                        containsString("href=\"/lang/es?next=%2Fclaims%2F" + CLAIM + "%3FasOf%3D2021-12-30T09%253A00%253A00\""),
                        containsString("lang=\"es\" hreflang=\"es\" data-lang=\"es\">Español</a>"),
                        containsString("lang=\"en\" hreflang=\"en\" aria-current=\"true\" data-lang=\"en\">English</a>")));
        browser().header("Accept-Language", "es").get("/login").then().statusCode(200)
                .body(allOf(containsString("<html lang=\"es\">"), containsString("aria-label=\"Idioma\""),
                        containsString("aria-current=\"true\" data-lang=\"es\">Español</a>"),
                        containsString("<h1>Iniciar sesión</h1>"), containsString("Nombre de usuario")));

        browser().queryParam("next", PAGE + "?asOf=2021-12-30T09:00:00").get("/lang/es").then().statusCode(303)
                .header("Location", onThisSite(PAGE + "?asOf=2021-12-30T09:00:00"))
                .cookie("lang", "es")
                .header("Set-Cookie", allOf(containsString("Path=/"), containsString("HttpOnly"),
                        containsString("SameSite=Lax"), containsString("Max-Age=31536000")));
        browser().queryParam("next", "/").get("/lang/en").then().statusCode(303).cookie("lang", "en");
    }

    @Test
    void theSwitchRemembersOnlyALanguageTheUiHasAndReturnsOnlyToThisSite() {
        browser().queryParam("next", "/sources").get("/lang/fr").then().statusCode(303)
                .header("Location", onThisSite("/sources")).header("Set-Cookie", nullValue());
        browser().queryParam("next", "//evil.example/").get("/lang/es").then().statusCode(303)
                .header("Location", onThisSite("/"));
        browser().queryParam("next", "https://evil.example/").get("/lang/es").then().statusCode(303)
                .header("Location", onThisSite("/"));
        browser().queryParam("next", "/a b").get("/lang/es").then().statusCode(303).header("Location", onThisSite("/"));
        browser().get("/lang/es").then().statusCode(303).header("Location", onThisSite("/"));
    }

    @Test
    void errorPagesAndListsAreInTheReadersLanguageToo() {
        stubs.claims().stubFor(WireMock.get(WireMock.urlPathEqualTo("/claims/" + MISSING + "/record"))
                .willReturn(WireMock.aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"title\": \"Not Found\", \"status\": 404}")));
        browser().header("Accept-Language", "es").get("/claims/" + MISSING).then().statusCode(404)
                .body(allOf(containsString("<html lang=\"es\">"), containsString("<h1>Afirmación no encontrada</h1>"),
                        containsString("Volver a las afirmaciones")));
        browser().get("/claims/" + MISSING).then().statusCode(404)
                .body(allOf(containsString("<html lang=\"en\">"), containsString("<h1>Claim not found</h1>")));
    }

    @Test
    void aRefusedFormSpeaksTheReadersLanguageWithTheTextKept() {
        Response form = TestUsers.as(TestUsers.EDITOR).noFilters().accept("text/html").cookie("lang", "es").get("/claims/new");
        form.then().statusCode(200).body(allOf(containsString("<h1>Nueva afirmación</h1>"),
                containsString(">Crear la afirmación</button>"), containsString("data-words-count=\"$1 de $2 caracteres\"")));
        java.util.regex.Matcher token = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(form.asString());
        if (!token.find()) {
            throw new AssertionError("no CSRF token on the form");
        }
        TestUsers.as(TestUsers.EDITOR).noFilters().redirects().follow(false).accept("text/html")
                .cookie("csrf-token", form.cookie("csrf-token")).cookie("lang", "es")
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", token.group(1))
                .formParam("text", "short").formParam("headline", "x".repeat(1201)).post("/claims/new")
                .then().statusCode(400)
                .body(allOf(containsString("<html lang=\"es\">"), containsString("No se ha guardado nada."),
                        containsString("Demasiado corto: 5 caracteres; como mínimo, 10."),
                        containsString("Demasiado largo: 1.201 caracteres; como máximo, 200."),
                        containsString(">short</textarea>")));
    }

    @Test
    void theHistoryAndTheActivityTimelineReadInTheReadersLanguage() {
        stubs.claims().stubFor(WireMock.get(WireMock.urlPathEqualTo("/claims/" + CLAIM + "/history")).willReturn(WireMock.okJson("""
                {"items": [
                  {"at": "2026-11-28T09:00:00Z", "actor": "test-editor", "action": "STATUS_CHANGED",
                   "details": {"from": "CORROBORATED", "to": "SINGLE_PARTY", "credibilityFrom": 2, "credibilityTo": 4}},
                  {"at": "2026-11-28T10:00:00Z", "actor": "test-editor", "action": "WORKFLOW_CHANGED",
                   "details": {"workStatus": {"from": "NEW", "to": "IN_PROGRESS"}, "assignee": {"from": null, "to": "test-editor"},
                               "dueDate": {"from": null, "to": "2022-01-05"}}}]}
                """)));
        browser().header("Accept-Language", "es").get(PAGE + "/history").then().statusCode(200)
                .body(allOf(containsString("<h1 id=\"history-heading\">Historial de la afirmación</h1>"),
                        containsString("data-action=\"Workflow changed\">\n    <strong>Cambio en la redacción</strong>"),
                        containsString("Estado del trabajo: Nueva → En curso; asignada a test-editor; vence el 5 ene 2022."),
                        containsString("Estado: Corroborada → Una sola parte; credibilidad: 2 → 4."),
                        containsString("28 nov 2026, 10:00 UTC"), containsString("por test-editor")));
        browser().header("Accept-Language", "es").get(PAGE).then().statusCode(200)
                .body(allOf(containsString("<h2 id=\"activity-heading\">Actividad</h2>"),
                        containsString("Estado del trabajo: Nueva → En curso; asignada a test-editor; vence el 5 ene 2022.")));
        browser().get(PAGE + "/history").then().statusCode(200)
                .body(allOf(containsString("<strong>Workflow changed</strong>"),
                        containsString("Work status New → In progress; assigned to test-editor; due 5 Jan 2022."),
                        containsString("Status Corroborated → Single party; credibility 2 → 4.")));
    }
}

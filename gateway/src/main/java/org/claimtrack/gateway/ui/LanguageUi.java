package org.claimtrack.gateway.ui;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import org.claimtrack.gateway.security.SignInUi;

/**
 * The header's language switch: {@code /lang/es?next=/claims/…} remembers the choice in the {@code lang} cookie (a
 * year) and brings the reader back to the page they were on ({@code next}, a path on this site only). A language the
 * UI does not have is not remembered. A plain link, so it works without JavaScript; only a preference is stored.
 */
@Path("/lang")
@UiPage
public class LanguageUi {

    private static final int ONE_YEAR = (int) Duration.ofDays(365).toSeconds();

    @Inject
    UiLocale uiLocale;

    @GET
    @Path("{tag}")
    public Response choose(@PathParam("tag") String tag, @QueryParam("next") String next) {
        Response.ResponseBuilder answer = Response.seeOther(back(next));
        uiLocale.supportedLocale(tag).map(Locale::toLanguageTag).ifPresent(chosen -> answer.cookie(
                new NewCookie.Builder(UiLocale.COOKIE).value(chosen).path("/").maxAge(ONE_YEAR).httpOnly(true)
                        .sameSite(NewCookie.SameSite.LAX).build()));
        return answer.build();
    }

    /** The page to go back to: {@code next} when it is an address on this site, else the claims. */
    private static URI back(String next) {
        String path = SignInUi.localPath(next);
        try {
            return URI.create(path == null ? "/" : path);
        } catch (IllegalArgumentException notAnAddress) {
            return URI.create("/");
        }
    }
}

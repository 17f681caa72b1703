package org.claimtrack.sources.archive;

import static org.claimtrack.sources.archive.FetchRefused.Reason;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.claimtrack.contract.Timestamps;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Fetches a web page once, for the archive, under guard: http(s) only; every address the host resolves to must be
 * public (or the host:port allowed by configuration); redirects are followed by hand so each hop is checked the same
 * way; one deadline for the whole fetch; the body is read up to a limit and refused beyond it; HTML, XHTML and plain
 * text only. The JDK's HTTP client is used directly, without a proxy, because the check is about the address the
 * connection goes to; it resolves the host again when it connects, from the JVM's DNS cache (30 s), so the check
 * and the connection see the same addresses unless the cache expires in between.
 */
@ApplicationScoped
public class PageFetcher {

    private static final Set<String> TEXT_TYPES = Set.of("text/html", "application/xhtml+xml", "text/plain");
    private static final int MAX_TITLE = 500;

    private final ArchiveConfig config;
    private final HttpClient client;

    public PageFetcher(ArchiveConfig config) {
        this.config = config;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(HttpClient.Builder.NO_PROXY)
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.timeout())
                .build();
    }

    public FetchedPage fetch(String url) {
        Instant deadline = Instant.now().plus(config.timeout());
        URI target = parse(url);
        for (int hops = 0; ; hops++) {
            checkTarget(target);
            Answer answer = send(target, deadline);
            if (answer.status() >= 300 && answer.status() < 400) {
                String location = answer.response().headers().firstValue("Location").orElse(null);
                if (location == null) {
                    throw new FetchRefused(Reason.REDIRECTS, target + " answered HTTP " + answer.status() + " without a Location to follow");
                }
                if (hops == config.maxRedirects()) {
                    throw new FetchRefused(Reason.REDIRECTS, "more than " + config.maxRedirects() + " redirects from " + url);
                }
                target = parse(target.resolve(location.strip()).toString());
                continue;
            }
            if (answer.status() < 200 || answer.status() >= 300) {
                throw new FetchRefused(Reason.HTTP_STATUS, target + " answered HTTP " + answer.status() + ", not a page to archive");
            }
            return page(url, target, answer);
        }
    }

    private FetchedPage page(String requested, URI finalUrl, Answer answer) {
        String mediaType = answer.mediaType();
        Charset charset = answer.charset();
        String title;
        String text;
        if (mediaType.equals("text/plain")) {
            text = new String(answer.body(), charset == null ? StandardCharsets.UTF_8 : charset).strip();
            title = finalUrl.toString();
        } else {
            // jsoup reads the charset from the header, else from <meta charset>, else takes UTF-8
            Document page;
            try {
                page = Jsoup.parse(new ByteArrayInputStream(answer.body()), charset == null ? null : charset.name(), finalUrl.toString());
            } catch (IOException e) {
                throw new FetchRefused(Reason.NO_TEXT, "the page at " + finalUrl + " could not be read as HTML");
            }
            title = page.title().isBlank() ? finalUrl.toString() : page.title().strip();
            text = ReadableText.of(page);
        }
        if (text.isEmpty()) {
            throw new FetchRefused(Reason.NO_TEXT, "the page at " + finalUrl + " has no readable text");
        }
        if (title.length() > MAX_TITLE) {
            title = title.substring(0, MAX_TITLE - 1).strip() + "…";
        }
        return new FetchedPage(requested, finalUrl.toString(), answer.status(), mediaType, Timestamps.now(), title, text);
    }

    private static URI parse(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new FetchRefused(Reason.SCHEME, url + " is not a valid address");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchRefused(Reason.SCHEME, "only http and https addresses are archived, not " + (scheme.isEmpty() ? url : scheme + ":"));
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new FetchRefused(Reason.SCHEME, url + " names no host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new FetchRefused(Reason.SCHEME, "addresses with a user name or password are not archived");
        }
        return uri;
    }

    /** Every address the host resolves to must be public, unless the host:port is allowed by configuration. */
    private void checkTarget(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort() != -1 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
        String hostPort = (host.startsWith("[") ? host : host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        if (config.allowedHosts().orElse(List.of()).stream().anyMatch(allowed -> allowed.strip().equalsIgnoreCase(hostPort))) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            throw new FetchRefused(Reason.UNKNOWN_HOST, "the host " + host + " is not known");
        }
        for (InetAddress address : addresses) {
            String why = PublicAddresses.whyNotPublic(address);
            if (why != null) {
                throw new FetchRefused(Reason.PRIVATE_ADDRESS, uri.getHost() + " is " + why + " (" + address.getHostAddress()
                        + "); only public addresses are archived");
            }
        }
    }

    private Answer send(URI uri, Instant deadline) {
        Duration left = Duration.between(Instant.now(), deadline);
        if (left.isNegative() || left.isZero()) {
            throw timeout(uri);
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(left).GET()
                .header("Accept", "text/html, application/xhtml+xml, text/plain;q=0.9")
                .header("User-Agent", "Claimtrack-archiver/1.0")
                .build();
        CompletableFuture<HttpResponse<byte[]>> call = client.sendAsync(request, this::bodyOrNothing);
        try {
            HttpResponse<byte[]> response = call.get(left.toMillis() + 1, TimeUnit.MILLISECONDS);
            return new Answer(response);
        } catch (TimeoutException e) {
            call.cancel(true);
            throw timeout(uri);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            call.cancel(true);
            throw timeout(uri);
        } catch (ExecutionException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof FetchRefused refused) {
                    throw refused;
                }
                if (cause instanceof HttpTimeoutException && !(cause instanceof HttpConnectTimeoutException)) {
                    throw timeout(uri);
                }
            }
            throw new FetchRefused(Reason.UNREACHABLE, uri.getHost() + " could not be reached");
        }
    }

    private static FetchRefused timeout(URI uri) {
        return new FetchRefused(Reason.TIMEOUT, uri.getHost() + " did not send the whole page in time");
    }

    /** Reads the body of a 2xx text answer (refusing a wrong type or size at once); drops every other body. */
    private BodySubscriber<byte[]> bodyOrNothing(HttpResponse.ResponseInfo info) {
        if (info.statusCode() < 200 || info.statusCode() >= 300) {
            return BodySubscribers.replacing(new byte[0]);
        }
        String type = info.headers().firstValue("Content-Type").orElse("");
        String mediaType = mediaType(type);
        if (!TEXT_TYPES.contains(mediaType)) {
            throw new FetchRefused(Reason.CONTENT_TYPE, "the page is " + (mediaType.isEmpty() ? "of no declared type" : mediaType)
                    + "; only text/html, application/xhtml+xml and text/plain are archived");
        }
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > config.maxBytes()) {
            throw tooLarge();
        }
        return new LimitedBody(config.maxBytes(), this::tooLarge);
    }

    private FetchRefused tooLarge() {
        return new FetchRefused(Reason.TOO_LARGE, "the page is larger than " + config.maxBytes() + " bytes");
    }

    static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    private record Answer(HttpResponse<byte[]> response) {
        int status() {
            return response.statusCode();
        }

        byte[] body() {
            return response.body();
        }

        String mediaType() {
            return PageFetcher.mediaType(response.headers().firstValue("Content-Type").orElse(""));
        }

        /** The charset the header declares, null when none or unknown (the parser then looks for itself). */
        Charset charset() {
            String type = response.headers().firstValue("Content-Type").orElse("");
            for (String parameter : type.split(";")) {
                String[] pair = parameter.strip().split("=", 2);
                if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
                    try {
                        return Charset.forName(pair[1].strip().replace("\"", ""));
                    } catch (IllegalArgumentException e) {
                        return null;
                    }
                }
            }
            return null;
        }
    }

    /** Collects the body up to a limit; one byte more cancels the download and fails the fetch. */
    private static final class LimitedBody implements BodySubscriber<byte[]> {
        private final long max;
        private final java.util.function.Supplier<FetchRefused> overLimit;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        LimitedBody(long max, java.util.function.Supplier<FetchRefused> overLimit) {
            this.max = max;
            this.overLimit = overLimit;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer item : items) {
                if (bytes.size() + (long) item.remaining() > max) {
                    subscription.cancel();
                    result.completeExceptionally(overLimit.get());
                    return;
                }
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                bytes.writeBytes(chunk);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }
}

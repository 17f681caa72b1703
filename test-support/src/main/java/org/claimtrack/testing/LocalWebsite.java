package org.claimtrack.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A web server on 127.0.0.1 with a dynamic port, for tests that archive pages by URL: pages, redirects, slow and
 * oversized answers, each at a path. Only loopback: the archiver under test must allow it by host:port.
 */
public final class LocalWebsite implements AutoCloseable {

    /** One answer: status, headers, body; {@code streamed} sends it without a Content-Length. */
    public record Page(int status, Map<String, String> headers, byte[] body, boolean streamed, Duration delay) {

        public static Page html(String html) {
            return new Page(200, Map.of("Content-Type", "text/html; charset=utf-8"), html.getBytes(StandardCharsets.UTF_8),
                    false, Duration.ZERO);
        }

        public static Page of(String contentType, byte[] body) {
            return new Page(200, Map.of("Content-Type", contentType), body, false, Duration.ZERO);
        }

        public static Page redirect(String location) {
            return new Page(302, Map.of("Location", location), new byte[0], false, Duration.ZERO);
        }

        public static Page status(int status) {
            return new Page(status, Map.of("Content-Type", "text/html"), ("<p>HTTP " + status + "</p>").getBytes(StandardCharsets.UTF_8),
                    false, Duration.ZERO);
        }

        public Page withoutLength() {
            return new Page(status, headers, body, true, delay);
        }

        public Page after(Duration wait) {
            return new Page(status, headers, body, streamed, wait);
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final Map<String, Page> folders = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    public LocalWebsite() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/", this::answer);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code 127.0.0.1:port}, as an archiver's allow-list names it. */
    public String hostPort() {
        return "127.0.0.1:" + port();
    }

    public String url(String path) {
        return "http://" + hostPort() + path;
    }

    public LocalWebsite serve(String path, Page page) {
        pages.put(path, page);
        return this;
    }

    /** The same page at every path under {@code folder} (e.g. "/pages/"), for callers that need fresh addresses. */
    public LocalWebsite serveUnder(String folder, Page page) {
        folders.put(folder, page);
        return this;
    }

    /** How many requests reached this path. */
    public int hits(String path) {
        AtomicInteger count = hits.get(path);
        return count == null ? 0 : count.get();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        Page page = pages.get(path);
        if (page == null) {
            page = folders.entrySet().stream().filter(f -> path.startsWith(f.getKey())).map(Map.Entry::getValue)
                    .findFirst().orElse(Page.status(404));
        }
        try (exchange) {
            if (!page.delay().isZero()) {
                Thread.sleep(page.delay().toMillis());
            }
            page.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            exchange.sendResponseHeaders(page.status(), page.body().length == 0 ? -1 : page.streamed() ? 0 : page.body().length);
            if (page.body().length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(page.body());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client hung up (an archiver that stopped reading at its limit): nothing left to answer
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}

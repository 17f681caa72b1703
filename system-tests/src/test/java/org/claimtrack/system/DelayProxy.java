package org.claimtrack.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TCP proxy between the gateway and one service that can hold back every request chunk for a while: a slow
 * downstream without touching the service. With no delay it is a transparent pipe.
 */
public final class DelayProxy implements AutoCloseable {

    private final ServerSocket server;
    private final int targetPort;
    private final ExecutorService pumps = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "delay-proxy");
        t.setDaemon(true);
        return t;
    });
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile long delayMillis;
    /**
     * Requests the client side (the gateway) has sent towards the service, by method and path, counted as they arrive,
     * before any delay. By path so a test counts the calls it cares about: the gateway also polls the service on its
     * own (webhook events every 2 s), and those calls must not look like reads the test made.
     */
    private final Map<String, AtomicLong> requestsByTarget = new ConcurrentHashMap<>();
    private static final Pattern REQUEST_LINE = Pattern.compile("(?m)^([A-Z]+) ([^ ?\\r\\n]+)\\S* HTTP/1\\.[01]$");

    DelayProxy(int listenPort, int targetPort) {
        this.targetPort = targetPort;
        try {
            server = new ServerSocket(listenPort, 200, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen on " + listenPort, e);
        }
        pumps.execute(this::accept);
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Every request chunk sent downstream from now on waits this long first. */
    public void delay(Duration delay) {
        this.delayMillis = delay.toMillis();
    }

    /**
     * How many requests with this method whose path (without its query) begins with this prefix, e.g. every
     * {@code GET /claims/ID...}, the gateway has sent through this proxy so far: a call it did not make adds none.
     */
    public long requests(String method, String pathPrefix) {
        String start = method + " " + pathPrefix;
        return requestsByTarget.entrySet().stream().filter(e -> e.getKey().startsWith(start))
                .mapToLong(e -> e.getValue().get()).sum();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                open.add(client);
                open.add(upstream);
                pumps.execute(() -> pump(client, upstream, true));
                pumps.execute(() -> pump(upstream, client, false));
            } catch (IOException e) {
                // The service behind is down or the proxy is closing: the client sees its connection end, as it would.
            }
        }
    }

    private void pump(Socket from, Socket to, boolean delayed) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (delayed) { // a request line arrives whole in one read: it is the first line the client writes
                    Matcher line = REQUEST_LINE.matcher(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
                    while (line.find()) {
                        requestsByTarget.computeIfAbsent(line.group(1) + " " + line.group(2), k -> new AtomicLong()).incrementAndGet();
                    }
                }
                long wait = delayMillis;
                if (delayed && wait > 0) {
                    Thread.sleep(wait);
                }
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // One side closed: close both below.
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private void closeQuietly(Socket s) {
        open.remove(s);
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // already closed
        }
        open.forEach(this::closeQuietly);
        pumps.shutdownNow();
    }
}

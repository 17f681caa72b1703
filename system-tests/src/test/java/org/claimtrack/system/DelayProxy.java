package org.claimtrack.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

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
    /** Bytes the client side (the gateway) has sent towards the service, counted as they arrive, before any delay. */
    private final java.util.concurrent.atomic.AtomicLong requestBytes = new java.util.concurrent.atomic.AtomicLong();

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

    /** Every byte the gateway has sent towards the service through this proxy so far: a call it did not make adds none. */
    public long requestBytes() {
        return requestBytes.get();
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
                if (delayed) {
                    requestBytes.addAndGet(n);
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

package org.claimtrack.sources.archive;

/**
 * Why a page was not archived. Each refusal has a code a client can act on and a message a person can read; the
 * resource turns it into a 422 problem naming the {@code url} field.
 */
public class FetchRefused extends RuntimeException {

    /** The kinds of refusal, as the problem's {@code refusal} member names them. */
    public enum Reason {
        /** Not http or https, or no host. */
        SCHEME,
        /** The host resolves to a loopback, private, link-local, multicast or otherwise non-public address. */
        PRIVATE_ADDRESS,
        /** The host name does not resolve. */
        UNKNOWN_HOST,
        /** Nothing answered, or the connection broke. */
        UNREACHABLE,
        /** No complete answer within the time limit. */
        TIMEOUT,
        /** The answer was not a 2xx (after redirects). */
        HTTP_STATUS,
        /** More redirects than allowed, or a redirect without a usable Location. */
        REDIRECTS,
        /** Not text/html, application/xhtml+xml or text/plain. */
        CONTENT_TYPE,
        /** The body, or the text extracted from it, is over the limit. */
        TOO_LARGE,
        /** The page has no readable text. */
        NO_TEXT
    }

    private final Reason reason;

    public FetchRefused(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

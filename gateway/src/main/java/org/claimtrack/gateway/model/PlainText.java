package org.claimtrack.gateway.model;

/**
 * Free text a person names or describes something with: no control characters. The pattern goes into the OpenAPI
 * document, so it is written in the regex syntax every client's engine reads (ECMA-262, Python, Java): Java's
 * {@code \p{Cntrl}}, the same ASCII controls, is read by neither JavaScript nor Python.
 */
public final class PlainText {
    public static final String PATTERN = "[^\\x00-\\x1F\\x7F]*";
    public static final String MESSAGE = "must not contain control characters";

    private PlainText() {
    }
}

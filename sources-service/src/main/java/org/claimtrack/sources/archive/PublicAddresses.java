package org.claimtrack.sources.archive;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Which addresses a fetched URL may lead to: public unicast only. A page archived on an editor's say-so must not
 * become a way to read the services' own network (server-side request forgery), so every address a host resolves
 * to is checked, not just the first.
 */
public final class PublicAddresses {

    private PublicAddresses() {
    }

    /** Why the address is not public, in words, or null when it is. */
    public static String whyNotPublic(InetAddress address) {
        if (address.isAnyLocalAddress()) {
            return "an unspecified address";
        }
        if (address.isLoopbackAddress()) {
            return "a loopback address";
        }
        if (address.isLinkLocalAddress()) {
            return "a link-local address";
        }
        if (address.isMulticastAddress()) {
            return "a multicast address";
        }
        if (address.isSiteLocalAddress()) {
            return "a private address";
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 0) {
                return "a reserved address (0.0.0.0/8)";
            }
            if (first == 100 && second >= 64 && second < 128) {
                return "a shared (carrier-grade NAT) address";
            }
            if (first == 192 && second == 0 && (b[2] & 0xff) == 0) {
                return "a reserved address (192.0.0.0/24)";
            }
            if (first == 198 && (second == 18 || second == 19)) {
                return "a reserved address (198.18.0.0/15)";
            }
            if (first >= 240) {
                return "a reserved or broadcast address";
            }
            return null;
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return "a private address (unique local, fc00::/7)";
            }
            if (isIpv4Embedding(b)) {
                // ::ffff:10.0.0.1, 64:ff9b::10.0.0.1 and the like reach the IPv4 address inside them
                try {
                    String inner = whyNotPublic(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                    return inner == null ? null : inner + " inside an IPv6 address";
                } catch (java.net.UnknownHostException e) {
                    throw new IllegalStateException("four bytes are always an IPv4 address", e);
                }
            }
        }
        return null;
    }

    /** IPv4-compatible (::a.b.c.d), IPv4-mapped (::ffff:a.b.c.d) and NAT64 (64:ff9b::a.b.c.d). */
    private static boolean isIpv4Embedding(byte[] b) {
        boolean zeroPrefix = true;
        for (int i = 0; i < 10; i++) {
            zeroPrefix &= b[i] == 0;
        }
        boolean mapped = zeroPrefix && ((b[10] == 0 && b[11] == 0) || (b[10] == (byte) 0xff && b[11] == (byte) 0xff));
        boolean nat64 = b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b;
        for (int i = 4; nat64 && i < 12; i++) {
            nat64 = b[i] == 0;
        }
        return mapped || nat64;
    }
}

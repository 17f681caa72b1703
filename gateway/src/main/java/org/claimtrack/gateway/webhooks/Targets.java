package org.claimtrack.gateway.webhooks;

import java.net.IDN;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where a webhook may be sent. A subscription names a URL on the newsroom's side; without these checks it would let an
 * admin (or whoever holds an admin token) make the gateway call its own internal network: the services, the database,
 * a cloud metadata endpoint. So: https only, and no loopback, private, link-local, unique-local, carrier-grade NAT or
 * unspecified address, checked when the subscription is made and again before every delivery (a name may resolve
 * elsewhere later). Hosts in {@code claimtrack.webhooks.allowed-hosts} are exempt from both rules (an in-cluster
 * receiver; the tests' loopback receiver).
 */
public final class Targets {

    private final Set<String> allowedHosts;

    public Targets(Set<String> allowedHosts) {
        this.allowedHosts = allowedHosts.stream().map(host -> host.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Why {@code url} may not receive webhooks, or empty when it may. Resolves its host (blocking). */
    public Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("must be an absolute https URL");
        }
        if (!uri.isAbsolute() || uri.getHost() == null || uri.isOpaque()) {
            return Optional.of("must be an absolute https URL");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not carry a user name or password (the signature authenticates the sender)");
        }
        if (uri.getRawFragment() != null) {
            return Optional.of("must not have a fragment");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        boolean allowed = allowedHosts.contains(host) || allowedHosts.contains(bare);
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && allowed)) {
            return Optional.of("must be https (plain http only for hosts in claimtrack.webhooks.allowed-hosts)");
        }
        if (allowed) {
            return Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(IDN.toASCII(bare));
        } catch (UnknownHostException | IllegalArgumentException e) {
            return Optional.of("host " + bare + " does not resolve");
        }
        for (InetAddress address : addresses) {
            String kind = internal(address);
            if (kind != null) {
                return Optional.of("host " + bare + " resolves to a " + kind + " address (" + address.getHostAddress()
                        + "); such targets are refused unless the host is in claimtrack.webhooks.allowed-hosts");
            }
        }
        return Optional.empty();
    }

    /** What kind of internal address this is, or null for a public one. */
    static String internal(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return "loopback";
        }
        if (address.isAnyLocalAddress()) {
            return "unspecified";
        }
        if (address.isLinkLocalAddress()) {
            return "link-local";
        }
        if (address.isSiteLocalAddress()) {
            return "private";
        }
        if (address.isMulticastAddress()) {
            return "multicast";
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return "unique-local";
            }
            boolean mappedV4 = true;
            for (int i = 0; i < 10; i++) {
                mappedV4 &= b[i] == 0;
            }
            if (mappedV4 && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return internal(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException impossible) {
                    return "unknown";
                }
            }
        }
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 0) {
                return "unspecified";
            }
            if (first == 100 && second >= 64 && second <= 127) {
                return "carrier-grade NAT";
            }
        }
        return null;
    }
}

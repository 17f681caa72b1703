package org.claimtrack.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Evaluates the rendered NetworkPolicies the way Kubernetes does (a connection is allowed when a policy
 * selecting the destination allows it in, and one selecting the source allows it out) for every pair of
 * endpoints that matter, and compares the result with the intended picture.
 */
class NetworkPolicyTest {

    static final List<String> OVERLAYS = Manifests.OVERLAYS;
    static final String NAMESPACE = "claimtrack";

    /** A place traffic can come from or go to: a pod (namespace + labels) or an address outside the cluster. */
    record Endpoint(String name, String namespace, Map<String, String> labels, String ip) {
        static Endpoint pod(String name, String namespace, Map<String, String> labels) {
            return new Endpoint(name, namespace, labels, "10.244.0." + Math.abs(name.hashCode() % 200));
        }

        static Endpoint external(String name, String ip) {
            return new Endpoint(name, null, Map.of(), ip);
        }

        boolean inCluster() {
            return namespace != null;
        }
    }

    static Endpoint app(String name) {
        return Endpoint.pod(name, NAMESPACE, Map.of("app.kubernetes.io/name", name, "app.kubernetes.io/part-of", "claimtrack"));
    }

    static final Endpoint GATEWAY = app("gateway");
    static final Endpoint CLAIMS = app("claims-service");
    static final Endpoint SOURCES = app("sources-service");
    static final Endpoint SEED = app("seed");
    static final Endpoint OTHER_POD = Endpoint.pod("other", NAMESPACE, Map.of("app", "debug"));
    static final Endpoint INGRESS_CONTROLLER = Endpoint.pod("ingress-controller", "ingress-nginx",
            Map.of("app.kubernetes.io/name", "ingress-nginx"));
    static final Endpoint FOREIGN_POD = Endpoint.pod("foreign", "default", Map.of("app.kubernetes.io/name", "gateway"));
    static final Endpoint DNS = Endpoint.pod("dns", "kube-system", Map.of("k8s-app", "kube-dns"));
    static final Endpoint PROMETHEUS = Endpoint.pod("prometheus", "monitoring", Map.of("app.kubernetes.io/name", "prometheus"));
    /** The external PostgreSQL server, inside the address range the production overlay allows. */
    static final Endpoint DATABASE = Endpoint.external("database", "10.20.30.40");
    static final Endpoint INTERNET = Endpoint.external("internet", "203.0.113.10");
    static final Endpoint INTERNET_V6 = Endpoint.external("internet-v6", "2001:db8::10");
    /** Outside the cluster but not public: an office network host, the cloud's metadata service, a private v6 host. */
    static final Endpoint LAN_HOST = Endpoint.external("lan-host", "192.168.1.20");
    static final Endpoint METADATA = Endpoint.external("metadata", "169.254.169.254");
    static final Endpoint PRIVATE_V6 = Endpoint.external("private-v6", "fd00::20");

    static final List<Endpoint> ENDPOINTS = List.of(GATEWAY, CLAIMS, SOURCES, SEED, OTHER_POD, INGRESS_CONTROLLER,
            FOREIGN_POD, DNS, PROMETHEUS, DATABASE, INTERNET, INTERNET_V6, LAN_HOST, METADATA, PRIVATE_V6);
    static final Map<String, Set<String>> NAMESPACE_LABELS = Map.of(
            NAMESPACE, Set.of("kubernetes.io/metadata.name=" + NAMESPACE),
            "ingress-nginx", Set.of("kubernetes.io/metadata.name=ingress-nginx"),
            "default", Set.of("kubernetes.io/metadata.name=default"),
            "kube-system", Set.of("kubernetes.io/metadata.name=kube-system"),
            "monitoring", Set.of("kubernetes.io/metadata.name=monitoring"));

    /** Who may connect to {@code to} on the port it listens on. */
    static final Map<Endpoint, Integer> LISTENS = Map.of(GATEWAY, 8080, CLAIMS, 8081, SOURCES, 8082, OTHER_POD, 8080);
    /** The management ports (health, metrics) of the three services. */
    static final Map<Endpoint, Integer> MANAGEMENT = Map.of(GATEWAY, 9000, CLAIMS, 9001, SOURCES, 9002);

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void onlyTheIngressControllerAndTheSeedJobReachTheGateway(String overlay) {
        assertEquals(Set.of("ingress-controller", "seed"), sourcesAllowed(overlay, GATEWAY, 8080));
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void theInternalServicesAcceptOnlyTheGateway(String overlay) {
        assertEquals(Set.of("gateway"), sourcesAllowed(overlay, CLAIMS, 8081));
        assertEquals(Set.of("gateway"), sourcesAllowed(overlay, SOURCES, 8082));
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void prometheusScrapesTheManagementPortsAndTheGatewayReadsTheServicesReadiness(String overlay) {
        assertEquals(Set.of("prometheus"), sourcesAllowed(overlay, GATEWAY, 9000));
        assertEquals(Set.of("gateway", "prometheus"), sourcesAllowed(overlay, CLAIMS, 9001));
        assertEquals(Set.of("gateway", "prometheus"), sourcesAllowed(overlay, SOURCES, 9002));
        // and nothing of the API: Prometheus reaches no HTTP port
        for (Endpoint service : LISTENS.keySet()) {
            assertTrue(!sourcesAllowed(overlay, service, LISTENS.get(service)).contains("prometheus"), service.name());
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everythingElseInTheNamespaceIsDeniedByDefault(String overlay) {
        assertEquals(Set.of(), sourcesAllowed(overlay, OTHER_POD, 8080));
        // Name resolution is the one thing every pod may do.
        assertEquals(Set.of("dns:53/TCP", "dns:53/UDP"), destinationsAllowed(overlay, OTHER_POD));
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void egressIsLimitedToTheDatabaseDnsTheServicesAndPublicWebServers(String overlay) {
        Set<String> toDatabase = Set.of("dns:53/UDP", "dns:53/TCP", "database:5432/TCP");
        // webhooks (gateway) and archiving by URL (sources-service) reach public addresses on 80 and 443 only
        Set<String> publicWeb = Set.of("internet:443/TCP", "internet:80/TCP", "internet-v6:443/TCP", "internet-v6:80/TCP");
        assertEquals(union(union(toDatabase, publicWeb), Set.of("claims-service:8081/TCP", "sources-service:8082/TCP",
                        "claims-service:9001/TCP", "sources-service:9002/TCP")),
                withoutInternetOnDatabasePort(overlay, destinationsAllowed(overlay, GATEWAY)));
        assertEquals(toDatabase, withoutInternetOnDatabasePort(overlay, destinationsAllowed(overlay, CLAIMS)));
        assertEquals(union(toDatabase, publicWeb), withoutInternetOnDatabasePort(overlay, destinationsAllowed(overlay, SOURCES)));
        assertEquals(Set.of("dns:53/UDP", "dns:53/TCP", "gateway:8080/TCP"), destinationsAllowed(overlay, SEED));
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void productionNarrowsDatabaseEgressToTheDatabaseAddressRange(String overlay) {
        boolean internetOnDatabasePort = destinationsAllowed(overlay, CLAIMS).contains("internet:5432/TCP");
        // local has no fixed database address (any host on 5432); production names the range.
        assertEquals(overlay.equals("local"), internetOnDatabasePort);
    }

    /** The local overlay allows port 5432 to any address: leave those out of the comparison there (but the database). */
    private static Set<String> withoutInternetOnDatabasePort(String overlay, Set<String> allowed) {
        return allowed.stream().filter(a -> !(overlay.equals("local") && a.endsWith(":5432/TCP") && !a.startsWith("database:")))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> sourcesAllowed(String overlay, Endpoint to, int port) {
        List<NetworkPolicy> policies = Manifests.of(overlay).all(NetworkPolicy.class);
        return ENDPOINTS.stream().filter(from -> from != to && allowed(policies, from, to, port, "TCP"))
                .map(Endpoint::name).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> destinationsAllowed(String overlay, Endpoint from) {
        List<NetworkPolicy> policies = Manifests.of(overlay).all(NetworkPolicy.class);
        Set<String> allowed = new TreeSet<>();
        Function<Endpoint, List<Integer>> ports = to -> to == DNS ? List.of(53)
                : MANAGEMENT.containsKey(to) ? List.of(LISTENS.get(to), MANAGEMENT.get(to))
                : to.inCluster() ? List.of(LISTENS.getOrDefault(to, 8080)) : List.of(5432, 443, 80);
        for (Endpoint to : ENDPOINTS) {
            for (int port : ports.apply(to)) {
                for (String protocol : List.of("TCP", "UDP")) {
                    if (to != from && (protocol.equals("TCP") || port == 53) && allowed(policies, from, to, port, protocol)) {
                        allowed.add(to.name() + ":" + port + "/" + protocol);
                    }
                }
            }
        }
        return allowed;
    }

    /** Kubernetes semantics: isolated ends need a matching rule; ends no policy selects are open. */
    static boolean allowed(List<NetworkPolicy> policies, Endpoint from, Endpoint to, int port, String protocol) {
        return direction(policies, "Ingress", to, from, port, protocol) && direction(policies, "Egress", from, to, port, protocol);
    }

    private static boolean direction(List<NetworkPolicy> policies, String type, Endpoint subject, Endpoint peer,
            int port, String protocol) {
        if (!subject.inCluster() || !subject.namespace().equals(NAMESPACE)) {
            return true; // other namespaces and outside addresses are not governed by these policies
        }
        List<NetworkPolicy> selecting = policies.stream()
                .filter(p -> p.getSpec().getPolicyTypes().contains(type))
                .filter(p -> matches(p.getSpec().getPodSelector(), subject.labels()))
                .toList();
        if (selecting.isEmpty()) {
            return true;
        }
        return selecting.stream().anyMatch(p -> type.equals("Ingress")
                ? p.getSpec().getIngress().stream().anyMatch(r -> peersMatch(r.getFrom(), peer) && portsMatch(r.getPorts(), port, protocol))
                : p.getSpec().getEgress().stream().anyMatch(r -> peersMatch(r.getTo(), peer) && portsMatch(r.getPorts(), port, protocol)));
    }

    private static boolean peersMatch(List<NetworkPolicyPeer> peers, Endpoint peer) {
        return peers.isEmpty() || peers.stream().anyMatch(p -> peerMatches(p, peer));
    }

    private static boolean peerMatches(NetworkPolicyPeer rule, Endpoint peer) {
        if (rule.getIpBlock() != null) {
            return !peer.inCluster() && inCidr(peer.ip(), rule.getIpBlock().getCidr())
                    && rule.getIpBlock().getExcept().stream().noneMatch(e -> inCidr(peer.ip(), e));
        }
        if (!peer.inCluster()) {
            return false;
        }
        boolean namespaceOk = rule.getNamespaceSelector() == null
                ? peer.namespace().equals(NAMESPACE)
                : matches(rule.getNamespaceSelector(), NAMESPACE_LABELS.get(peer.namespace()).stream()
                        .map(l -> l.split("=", 2)).collect(Collectors.toMap(l -> l[0], l -> l[1])));
        boolean podOk = rule.getPodSelector() == null || matches(rule.getPodSelector(), peer.labels());
        return namespaceOk && podOk;
    }

    private static boolean portsMatch(List<NetworkPolicyPort> ports, int port, String protocol) {
        return ports.isEmpty() || ports.stream().anyMatch(p -> {
            String ruleProtocol = p.getProtocol() == null ? "TCP" : p.getProtocol();
            if (!ruleProtocol.equals(protocol)) {
                return false;
            }
            if (p.getPort() == null) {
                return true;
            }
            assertTrue(p.getPort().getIntVal() != null, "use port numbers in NetworkPolicies: " + p);
            int from = p.getPort().getIntVal();
            int to = p.getEndPort() == null ? from : p.getEndPort();
            return port >= from && port <= to;
        });
    }

    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        boolean byLabels = selector.getMatchLabels().entrySet().stream()
                .allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
        return byLabels && selector.getMatchExpressions().stream().allMatch(r -> matches(r, labels));
    }

    private static boolean matches(LabelSelectorRequirement requirement, Map<String, String> labels) {
        String value = labels.get(requirement.getKey());
        return switch (requirement.getOperator()) {
            case "In" -> value != null && requirement.getValues().contains(value);
            case "NotIn" -> value == null || !requirement.getValues().contains(value);
            case "Exists" -> value != null;
            case "DoesNotExist" -> value == null;
            default -> throw new AssertionError("unknown selector operator " + requirement.getOperator());
        };
    }

    private static boolean inCidr(String ip, String cidr) {
        try {
            String[] parts = cidr.split("/");
            int bits = Integer.parseInt(parts[1]);
            byte[] addressBytes = InetAddress.getByName(ip).getAddress();
            byte[] networkBytes = InetAddress.getByName(parts[0]).getAddress();
            if (addressBytes.length != networkBytes.length) {
                return false; // an IPv4 address is never in an IPv6 block, nor the other way round
            }
            BigInteger address = new BigInteger(1, addressBytes);
            BigInteger network = new BigInteger(1, networkBytes);
            int shift = addressBytes.length * 8 - bits;
            return address.shiftRight(shift).equals(network.shiftRight(shift));
        } catch (UnknownHostException e) {
            throw new AssertionError("bad address in " + cidr, e);
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}

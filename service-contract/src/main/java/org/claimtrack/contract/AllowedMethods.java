package org.claimtrack.contract;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The HTTP methods a path answers, for the {@code Allow} header a 405 must carry (RFC 9110, 15.5.6) and an OPTIONS
 * answer gives. Quarkus REST answers 405 without it, and OPTIONS with every method of the resource class (so
 * {@code OPTIONS /claims} named PUT and DELETE, which only {@code /claims/{id}} takes); it exposes no routing table,
 * so this one is read once from the JAX-RS annotations of the resource classes (interfaces are REST clients, the
 * paths of another service, not routes of this one).
 */
public final class AllowedMethods {

    private record Route(Pattern path, String method) {
    }

    private static volatile List<Route> routes;

    private AllowedMethods() {
    }

    /** The methods that answer this path (HEAD with GET, and OPTIONS), or none when no resource answers it. */
    public static Set<String> of(String path) {
        return answering(routes(), path);
    }

    /** The same, for the given resource classes only. */
    static Set<String> of(String path, Collection<Class<?>> resources) {
        return answering(read(resources), path);
    }

    private static Set<String> answering(List<Route> routes, String path) {
        Set<String> methods = new TreeSet<>();
        for (Route route : routes) {
            if (route.path().matcher(path).matches()) {
                methods.add(route.method());
            }
        }
        if (methods.contains(HttpMethod.GET)) {
            methods.add(HttpMethod.HEAD);
        }
        if (!methods.isEmpty()) {
            methods.add(HttpMethod.OPTIONS);
        }
        return methods;
    }

    /** The header value: "GET, HEAD, OPTIONS". */
    public static String header(String path) {
        return String.join(", ", of(path));
    }

    /** An answer to OPTIONS names the methods of its path, not of its resource class (for a response filter). */
    public static void correctOptions(ContainerRequestContext request, ContainerResponseContext response) {
        if (HttpMethod.OPTIONS.equals(request.getMethod()) && response.getHeaders().containsKey(HttpHeaders.ALLOW)) {
            Set<String> methods = of(request.getUriInfo().getPath());
            if (!methods.isEmpty()) {
                response.getHeaders().putSingle(HttpHeaders.ALLOW, String.join(", ", methods));
            }
        }
    }

    private static List<Route> routes() {
        if (routes == null) {
            routes = read(CDI.current().getBeanManager().getBeans(Object.class, Any.Literal.INSTANCE).stream()
                    .map(Bean::getBeanClass).toList());
        }
        return routes;
    }

    private static List<Route> read(Collection<Class<?>> classes) {
        List<Route> found = new ArrayList<>();
        for (Class<?> type : classes) {
            Path root = type.getAnnotation(Path.class);
            if (root == null || type.isInterface()) {
                continue;
            }
            for (Method method : type.getMethods()) {
                Path sub = method.getAnnotation(Path.class);
                for (Annotation annotation : method.getAnnotations()) {
                    HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
                    if (http != null) {
                        found.add(new Route(template(root.value() + "/" + (sub == null ? "" : sub.value())), http.value()));
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    /** A path template as a pattern: {@code /claims/{id}} matches {@code /claims/<one segment>}, with or without a final slash. */
    static Pattern template(String template) {
        StringBuilder regex = new StringBuilder();
        for (String segment : template.split("/+")) {
            if (segment.isEmpty()) {
                continue;
            }
            regex.append('/');
            int start = 0;
            for (int open = segment.indexOf('{'); open >= 0; open = segment.indexOf('{', start)) {
                int close = closingBrace(segment, open);
                regex.append(Pattern.quote(segment.substring(start, open)));
                String variable = segment.substring(open + 1, close);
                regex.append(variable.contains(":") ? "(?:" + variable.substring(variable.indexOf(':') + 1).strip() + ")" : "[^/]+");
                start = close + 1;
            }
            regex.append(Pattern.quote(segment.substring(start)));
        }
        return Pattern.compile(regex + "/?");
    }

    /** A variable's regex may hold braces of its own ({@code {id: [0-9a-f]{8}}}). */
    private static int closingBrace(String segment, int open) {
        int depth = 0;
        for (int i = open; i < segment.length(); i++) {
            depth += segment.charAt(i) == '{' ? 1 : segment.charAt(i) == '}' ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("Unclosed variable in path template " + segment);
    }
}

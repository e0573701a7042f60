package cn.lyg.talent.rest.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import javax.ws.rs.QueryParam;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;

import cn.lyg.talent.api.FieldError;

/**
 * A query parameter the matched resource method does not read is refused (400
 * INVALID_PARAMETERS, each named as UNKNOWN_PARAMETER), before the method runs: a mistyped filter
 * ({@code ?stat=dispatched}, {@code ?overDue=true}) would otherwise answer with everything, as if
 * it had filtered. So is one given twice (REPEATED_PARAMETER): {@code ?state=CONTACTED&state=DISPATCHED}
 * read as its first value listed the contacted tickets only, as if it had filtered by both. The Open311 view keeps that interface's convention of ignoring what it does not
 * use (its clients send {@code api_key} and the like).
 */
public class KnownQueryParameters implements ContainerRequestFilter {
    @Context
    private ResourceInfo resource;

    private final Map<Method, Set<String>> known = new ConcurrentHashMap<>();

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null || request.getUriInfo().getPath().startsWith("open311/")) {
            return;
        }
        Set<String> read = known.computeIfAbsent(method, KnownQueryParameters::queryParameters);
        // Every parameter of the API takes one value: a second one would be dropped unseen.
        List<FieldError> unknown = new TreeMap<>(request.getUriInfo().getQueryParameters()).entrySet().stream()
                .map(p -> !read.contains(p.getKey()) ? Problems.field(p.getKey(), "UNKNOWN_PARAMETER", p.getKey())
                        : p.getValue().size() > 1
                                ? Problems.field(p.getKey(), "REPEATED_PARAMETER", p.getKey(), String.valueOf(p.getValue().size()))
                                : null)
                .filter(Objects::nonNull).toList();
        if (!unknown.isEmpty()) {
            request.abortWith(Problems.response(400, "INVALID_PARAMETERS", unknown, unknown.size()));
        }
    }

    private static Set<String> queryParameters(Method method) {
        Set<String> names = new TreeSet<>();
        for (Annotation[] annotations : method.getParameterAnnotations()) {
            for (Annotation a : annotations) {
                if (a instanceof QueryParam q) {
                    names.add(q.value());
                }
            }
        }
        return names;
    }
}

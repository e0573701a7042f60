package cn.lyg.talent.rest.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.lyg.talent.api.Actor;
import cn.lyg.talent.api.Actors;
import cn.lyg.talent.api.Masking;
import cn.lyg.talent.api.Role;

/**
 * HTTP Basic authentication against a JAAS realm (Karaf's {@code karaf} realm by default, so a
 * government single sign-on module can replace it). Reads of public reference data (units,
 * jurisdictions, the instance, the service catalog and its guides) are open; everything else needs a user, and no write is ever
 * anonymous. A successful login is remembered briefly, keyed by a hash of the credentials, so
 * that a busy client does not pay a realm login per request.
 */
@PreMatching
public class Authentication implements ContainerRequestFilter {
    private static final Logger LOG = LoggerFactory.getLogger(Authentication.class);
    private static final int MAX_REMEMBERED = 10_000;

    private final String realm;
    private final Actors actors;
    private final Duration remember;
    private final boolean publicReads;
    private final Clock clock = Clock.systemUTC();
    private final ConcurrentHashMap<String, Remembered> cache = new ConcurrentHashMap<>();

    private record Remembered(Actor actor, Instant until) {
    }

    /**
     * {@code publicReads}: whether this server's paths include the public reference data. Only the
     * platform's own server does: a plugin's server sees paths relative to its own address, where
     * {@code services/…} is the plugin's, never the public catalog.
     */
    public Authentication(String realm, Actors actors, Duration remember, boolean publicReads) {
        this.realm = realm;
        this.actors = actors;
        this.remember = remember;
        this.publicReads = publicReads;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            if (publicReads && isPublicRead(request)) {
                return;
            }
            throw unauthorized("AUTHENTICATION_REQUIRED");
        }
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            throw unauthorized("AUTHENTICATION_SCHEME");
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw unauthorized("AUTHENTICATION_FAILED");
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            throw unauthorized("AUTHENTICATION_FAILED");
        }
        Actor actor = authenticate(decoded.substring(0, colon), decoded.substring(colon + 1));
        request.setSecurityContext(new ActorContext(actor, request.getSecurityContext().isSecure()));
    }

    private static boolean isPublicRead(ContainerRequestContext request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return false;
        }
        String path = request.getUriInfo().getPath();
        String p = path.startsWith("/") ? path.substring(1) : path;
        // The service catalog, its guides and the Open311 view are public information (Art.6).
        return p.startsWith("units") || p.startsWith("jurisdictions") || p.startsWith("instance") || p.equals("health")
                || p.equals("names")
                || p.equals("services") || p.startsWith("services/") || p.startsWith("open311/");
    }

    private Actor authenticate(String user, String password) {
        String key = digest(user + '\u0000' + password);
        Instant now = clock.instant();
        Remembered r = cache.get(key);
        if (r != null && r.until().isAfter(now)) {
            return r.actor();
        }
        Subject subject = new Subject();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // The realm's login modules load through the context class loader; the HTTP thread's
        // may not see Karaf's JAAS boot classes, this bundle's does.
        thread.setContextClassLoader(Authentication.class.getClassLoader());
        try {
            LoginContext login = new LoginContext(realm, subject, callbacks -> {
                for (Callback c : callbacks) {
                    if (c instanceof NameCallback n) {
                        n.setName(user);
                    } else if (c instanceof PasswordCallback p) {
                        p.setPassword(password.toCharArray());
                    } else {
                        throw new UnsupportedCallbackException(c);
                    }
                }
            });
            login.login();
        } catch (LoginException e) {
            LOG.info("Failed login over REST for account {}", loggable(user));
            throw unauthorized("AUTHENTICATION_FAILED");
        } finally {
            thread.setContextClassLoader(previous);
        }
        List<String> granted = new ArrayList<>();
        for (Principal p : subject.getPrincipals(RolePrincipal.class)) {
            granted.add(p.getName());
        }
        Actor actor = actors.of(user, granted);
        if (actor.roles().isEmpty()) {
            throw new WebApplicationException(Problems.response(403, "NO_PLATFORM_ROLE", List.of(), user,
                    joinRoles()));
        }
        if (cache.size() > MAX_REMEMBERED) {
            cache.entrySet().removeIf(e -> !e.getValue().until().isAfter(now));
        }
        cache.put(key, new Remembered(actor, now.plus(remember)));
        return actor;
    }

    private static String joinRoles() {
        StringBuilder sb = new StringBuilder();
        for (Role r : Role.values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(r.principalName());
        }
        return sb.toString();
    }

    private WebApplicationException unauthorized(String code) {
        Response problem = Problems.response(401, code, List.of());
        return new WebApplicationException(Response.fromResponse(problem)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + realm + "\", charset=\"UTF-8\"").build());
    }

    private static String digest(String s) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Makes the actor available to resources through {@code @Context SecurityContext}. */
    static final class ActorContext implements SecurityContext {
        private final Actor actor;
        private final boolean secure;

        ActorContext(Actor actor, boolean secure) {
            this.actor = actor;
            this.secure = secure;
        }

        Actor actor() {
            return actor;
        }

        @Override
        public Principal getUserPrincipal() {
            return actor;
        }

        @Override
        public boolean isUserInRole(String role) {
            return actor.roles().stream().anyMatch(r -> r.principalName().equals(role));
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return BASIC_AUTH;
        }
    }

    /** The longest account name the log repeats; beyond it, an ellipsis. */
    private static final int LOGGED_LENGTH = 64;

    /**
     * The account name as the log may show it. A talent may type a mobile, identity or passport
     * number as the account, written any way (138-1234-5678, 110105 19491231002X): an account
     * with six or more digits is logged by its ends only. Characters that steer a terminal or
     * reverse the text (control and format characters) are shown as {@code ?}, so that a typed
     * account cannot forge or hide lines of the log.
     */
    static String loggable(String account) {
        StringBuilder sb = new StringBuilder();
        int digits = 0;
        for (int i = 0; i < account.length() && sb.length() < LOGGED_LENGTH; ) {
            int cp = account.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            boolean unsafe = type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE || type == Character.UNASSIGNED;
            digits += Character.isDigit(cp) ? 1 : 0;
            if (unsafe) {
                sb.append('?');
            } else {
                sb.appendCodePoint(cp);
            }
        }
        String shown = sb.length() < account.length() && sb.length() >= LOGGED_LENGTH ? sb + "…" : sb.toString();
        if (digits < 6) {
            return shown;
        }
        // Phone (11) and identity (18) numbers keep what a masked list shows; shorter ones less.
        int head = shown.length() >= 11 ? 3 : 1;
        int tail = shown.length() >= 11 ? 4 : 2;
        return Masking.keepEnds(shown, head, tail);
    }
}

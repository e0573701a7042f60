package cn.lyg.talent.itests;

import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.CoreOptions.options;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOptions;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.inject.Inject;
import javax.security.auth.Subject;
import javax.sql.DataSource;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.options.MavenArtifactUrlReference;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The one support class of the integration tests: boots the project's own distribution (the
 * tar.gz the build just made, not a hand-picked bundle list) on ports of its own, and gives the
 * tests the three ways in — OSGi services, the console, HTTP — and a plain JDBC look at the
 * database to prove what was (not) written.
 */
public abstract class TalentTestSupport {
    static final String KARAF = "4.4.10";
    static final int HTTP_PORT = 18181;
    static final String API = "http://localhost:" + HTTP_PORT + "/api/v1";
    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 500_000));

    @Inject
    protected BundleContext bundleContext;

    @Inject
    protected SessionFactory sessionFactory;

    @Configuration
    public Option[] config() {
        MavenArtifactUrlReference distribution = maven().groupId("cn.lyg.talent").artifactId("talent-distribution")
                .type("tar.gz").versionAsInProject();
        String localRepository = System.getProperty("talent.itest.localRepository",
                System.getProperty("user.home") + "/.m2/repository");
        return options(
                karafDistributionConfiguration().frameworkUrl(distribution).karafVersion(KARAF)
                        .name("Talent platform").unpackDirectory(new File("target/exam")).useDeployFolder(false),
                configureConsole().ignoreLocalConsole(),
                // Keep target/exam/<run>/data/log for a look after a failed run.
                keepRuntimeFolder(),
                logLevel(LogLevel.WARN),
                systemProperty("pax.exam.osgi.unresolved.fail").value("true"),
                // What bin/karaf passes on Java 17; without it bundle refreshes fail to find the
                // spec locator (stack-notes trap 10).
                vmOptions("--add-reads=java.xml=java.logging",
                        "--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED",
                        "--patch-module", "java.base=lib/endorsed/org.apache.karaf.specs.locator-" + KARAF + ".jar",
                        "--patch-module", "java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-" + KARAF + ".jar",
                        "--add-opens", "java.base/java.security=ALL-UNNAMED",
                        "--add-opens", "java.base/java.net=ALL-UNNAMED",
                        "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                        "--add-opens", "java.base/java.util=ALL-UNNAMED",
                        "--add-opens", "java.naming/javax.naming.spi=ALL-UNNAMED",
                        "--add-opens", "java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED",
                        "--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED",
                        "-Xmx1g"),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port",
                        String.valueOf(HTTP_PORT)),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", "18101"),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", "11099"),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", "44445"),
                editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                        localRepository));
    }

    private static volatile boolean settled;

    /**
     * Waits until the container has settled: right after boot, installing the test probe can
     * refresh bundles (and so take the REST API down for a moment). Every bundle must be
     * active, three seconds in a row, within a minute.
     */
    @Before
    public void settle() throws Exception {
        if (settled) {
            return;
        }
        long until = System.currentTimeMillis() + 60_000;
        long stableSince = -1;
        while (System.currentTimeMillis() < until) {
            boolean allActive = true;
            for (Bundle b : bundleContext.getBundles()) {
                boolean fragment = b.getHeaders().get("Fragment-Host") != null;
                boolean lazy = b.getState() == Bundle.STARTING && b.getHeaders().get("Bundle-ActivationPolicy") != null;
                if (!fragment && b.getState() != Bundle.ACTIVE && !lazy) {
                    allActive = false;
                }
            }
            long now = System.currentTimeMillis();
            if (!allActive) {
                stableSince = -1;
            } else if (stableSince < 0) {
                stableSince = now;
            } else if (now - stableSince >= 3_000) {
                settled = true;
                return;
            }
            Thread.sleep(100);
        }
        // Leave the verdict to the tests (everyBundleOfTheDistributionIsActive names the culprits).
    }

    // ---- OSGi services ----

    protected <T> T service(Class<T> type, String filter) throws Exception {
        String f = filter == null ? "(objectClass=" + type.getName() + ")"
                : "(&(objectClass=" + type.getName() + ")" + filter + ")";
        ServiceTracker<T, T> tracker = new ServiceTracker<>(bundleContext, bundleContext.createFilter(f), null);
        tracker.open();
        T s = tracker.waitForService(30_000);
        if (s == null) {
            throw new IllegalStateException("No service " + f + " within 30 s");
        }
        return s;
    }

    // ---- database ----

    protected long count(String table) throws Exception {
        DataSource ds = service(DataSource.class, "(osgi.jndi.service.name=talentdb)");
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    protected Map<String, Long> snapshot() throws Exception {
        Map<String, Long> m = new LinkedHashMap<>();
        for (String t : new String[] {"TALENT", "FAMILY_MEMBER", "CERTIFICATION", "AUDIT_RECORD", "RESPONSIBLE_UNIT"}) {
            m.put(t, count(t));
        }
        return m;
    }

    // ---- console ----

    /**
     * Runs a console command as {@code user} with {@code roles}; returns output, or the error line.
     * Commands register once the services they need are up, so a missing one is waited for.
     */
    protected String console(String user, String command, String... roles) throws Exception {
        long until = System.currentTimeMillis() + 30_000;
        while (true) {
            try {
                return consoleOnce(user, command, roles);
            } catch (PrivilegedActionException e) {
                if (!e.getCause().getClass().getSimpleName().equals("CommandNotFoundException")
                        || System.currentTimeMillis() > until) {
                    throw e;
                }
                Thread.sleep(250);
            }
        }
    }

    private String consoleOnce(String user, String command, String... roles) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Session session = sessionFactory.create(new ByteArrayInputStream(new byte[0]), out, out);
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(user));
        for (String r : roles) {
            subject.getPrincipals().add(new RolePrincipal(r));
        }
        try {
            Subject.doAs(subject, (PrivilegedExceptionAction<Object>) () -> session.execute(command));
        } catch (PrivilegedActionException e) {
            if (e.getCause().getClass().getSimpleName().equals("CommandNotFoundException")) {
                throw e;
            }
            out.println("ERROR " + e.getCause().getMessage());
        } finally {
            session.close();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    // ---- HTTP ----

    protected static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    protected static HttpResponse<String> http(String method, String path, String user, String body) throws Exception {
        HttpRequest.Builder b = request(path, user);
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json");
            b.method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A body of any type (a document handed in), as bytes. */
    protected static HttpResponse<String> httpBody(String method, String path, String user, String contentType, byte[] body)
            throws Exception {
        HttpRequest.Builder b = request(path, user).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A GET whose answer is read as bytes (a document's content). */
    protected static HttpResponse<byte[]> httpBytes(String path, String user) throws Exception {
        return HTTP.send(request(path, user).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A JSON body sent in chunks, without Content-Length, as a client streaming it would. */
    protected static HttpResponse<String> httpChunked(String method, String path, String user, String body)
            throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder b = request(path, user).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(API + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (user != null) {
            // Demo accounts: the password is the account name (distribution etc/users.properties).
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        return b;
    }

    /** A step of a ticket over REST: {@code POST /tickets/{ticket}/{action}}. */
    protected static HttpResponse<String> act(String ticket, String action, String user, String body) throws Exception {
        return http("POST", "/tickets/" + ticket + "/" + action, user, body);
    }

    /** Waits until the REST API answers, at most 60 s. */
    protected static void awaitApi() throws Exception {
        long until = System.currentTimeMillis() + 60_000;
        while (true) {
            try {
                if (http("GET", "/instance", null, null).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (System.currentTimeMillis() > until) {
                throw new IllegalStateException("REST API did not come up");
            }
            Thread.sleep(250);
        }
    }

    // ---- test data ----

    /** A fresh, valid resident identity number (GB 11643), different on every call. */
    protected static String newIdNumber() {
        int n = SEQUENCE.incrementAndGet();
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(n / 500);
        String body = "320706" + birth.toString().replace("-", "") + String.format("%03d", (n % 500) * 2 + 1);
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * w[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    /** A registration body for a man with {@code idNumber} (odd sequence digits = male). */
    protected static String talentJson(String name, String idNumber) {
        return "{\"name\":\"" + name + "\",\"gender\":\"MALE\",\"document\":{\"type\":\"RESIDENT_ID\",\"number\":\""
                + idNumber + "\"},\"highestDegree\":\"DOCTORATE\",\"phone\":\"13812345678\","
                + "\"employer\":{\"name\":\"江苏海洋大学\",\"creditCode\":\"91512081MA62K0260E\"}}";
    }

    protected static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

}

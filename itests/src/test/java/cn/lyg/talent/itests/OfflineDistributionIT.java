package cn.lyg.talent.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The distribution as a county without network gets it (issue "Platform foundation": nothing is
 * downloaded at run time; Art.9: plugins enabled offline from the distribution's own repository).
 * Not under Pax Exam, which itself needs a Maven repository inside the container: a copy of the
 * built assembly is started with {@code bin/start}, no remote repository and an empty local one,
 * on ports of its own; it must boot with every feature, serve the API and install a plugin
 * feature from {@code system/}, and its log must show no download attempt.
 */
public class OfflineDistributionIT {
    private static final int HTTP = 28181;
    private static final int SSH = 28101;
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Path home;

    @Before
    public void unpackOffline() throws Exception {
        Path assembly = Paths.get("..", "distribution", "target", "assembly").toAbsolutePath().normalize();
        assertTrue("build the distribution first: " + assembly, Files.isDirectory(assembly));
        home = Paths.get("target", "offline-instance").toAbsolutePath();
        delete(home);
        copy(assembly, home);
        Path emptyRepository = Files.createDirectories(Paths.get("target", "offline-m2").toAbsolutePath());
        delete(emptyRepository);
        Files.createDirectories(emptyRepository);
        Path mvn = home.resolve("etc/org.ops4j.pax.url.mvn.cfg");
        List<String> out = new ArrayList<>();
        boolean continued = false;
        for (String line : Files.readAllLines(mvn, StandardCharsets.ISO_8859_1)) {
            if (continued) {
                continued = line.stripTrailing().endsWith("\\");
                continue;
            }
            if (line.startsWith("org.ops4j.pax.url.mvn.repositories")) {
                out.add("org.ops4j.pax.url.mvn.repositories=");
                continued = line.stripTrailing().endsWith("\\");
                continue;
            }
            out.add(line);
        }
        out.add("org.ops4j.pax.url.mvn.localRepository=" + emptyRepository.toString().replace('\\', '/'));
        Files.write(mvn, out, StandardCharsets.ISO_8859_1);
        replace("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port = 8181", "org.osgi.service.http.port = " + HTTP);
        replace("etc/org.apache.karaf.shell.cfg", "sshPort = 8101", "sshPort = " + SSH);
        replace("etc/org.apache.karaf.management.cfg", "rmiRegistryPort = 1099", "rmiRegistryPort = 21099");
        replace("etc/org.apache.karaf.management.cfg", "rmiServerPort = 44444", "rmiServerPort = 24444");
    }

    @After
    public void stop() throws Exception {
        if (home != null && Files.exists(home.resolve("bin/stop"))) {
            run(List.of(home.resolve("bin/stop").toString()), null, 60);
        }
    }

    @Test
    public void itBootsServesAndInstallsAPluginWithoutAnyRepository() throws Exception {
        run(List.of(home.resolve("bin/start").toString()), null, 60);
        awaitStatus("/services", 200, 180);
        String console = run(List.of(home.resolve("bin/client").toString(), "-b", "-a", String.valueOf(SSH), "-u", "admin",
                "-p", "admin", "-r", "10", "-d", "3"), "feature:install talent-example-haizhou-talent-salon\n", 120);
        awaitStatus("/services/haizhou-talent-salon?jurisdiction=320706", 200, 60);
        String log = Files.readString(home.resolve("data/log/karaf.log"), StandardCharsets.UTF_8);
        assertFalse("a download was attempted:\n" + console, log.contains("Error resolving artifact"));
        assertFalse(log.contains("Error installing boot features"));
        assertEquals(200, get("/services/medical-care").statusCode());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + HTTP + "/api/v1" + path))
                .timeout(Duration.ofSeconds(10)).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private void awaitStatus(String path, int status, int seconds) throws Exception {
        long until = System.currentTimeMillis() + seconds * 1000L;
        int last = -1;
        while (System.currentTimeMillis() < until) {
            try {
                last = get(path).statusCode();
                if (last == status) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError(path + " answered " + last + ", not " + status + ", within " + seconds + " s; see "
                + home.resolve("data/log/karaf.log"));
    }

    private String run(List<String> command, String input, int seconds) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true);
        Process p = pb.start();
        if (input != null) {
            p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        }
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command + " did not end within " + seconds + " s: " + out);
        }
        return out;
    }

    private void replace(String file, String from, String to) throws IOException {
        Path f = home.resolve(file);
        String s = Files.readString(f, StandardCharsets.ISO_8859_1);
        assertTrue(file + " has no '" + from + "'", s.contains(from));
        Files.writeString(f, s.replace(from, to), StandardCharsets.ISO_8859_1);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}

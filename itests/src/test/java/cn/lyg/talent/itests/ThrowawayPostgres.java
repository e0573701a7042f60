package cn.lyg.talent.itests;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL server of its own for {@link PostgresIT}, started in the test driver before the
 * container boots: a fresh cluster in a temporary folder (one the server's user may enter), on a free port, with a
 * database {@code talent} owned by a role {@code talent}; stopped when the driver ends. It needs
 * the server's programs ({@code /usr/lib/postgresql/<version>/bin}, Debian's package
 * {@code postgresql}, which {@code .ci/run} installs); as root it runs them as {@code postgres},
 * since PostgreSQL refuses to run as root.
 */
final class ThrowawayPostgres {
    private static ThrowawayPostgres started;

    final int port;
    private final Path bin;
    private final Path data;
    private final boolean asPostgres;

    private ThrowawayPostgres(Path bin, Path data, int port, boolean asPostgres) {
        this.bin = bin;
        this.data = data;
        this.port = port;
        this.asPostgres = asPostgres;
    }

    /** The server of this test run, started on first use. */
    static synchronized ThrowawayPostgres get() throws IOException, InterruptedException {
        if (started == null) {
            started = start();
        }
        return started;
    }

    String url() {
        return "jdbc:postgresql://localhost:" + port + "/talent";
    }

    private static ThrowawayPostgres start() throws IOException, InterruptedException {
        Path bin = serverPrograms().orElseThrow(() -> new IllegalStateException(
                "PostgresIT needs PostgreSQL's server programs in /usr/lib/postgresql/<version>/bin:"
                        + " apt-get install postgresql (.ci/run does)"));
        Path root = Files.createTempDirectory("talent-postgres-");
        boolean asPostgres = "root".equals(System.getProperty("user.name"));
        if (asPostgres) {
            run(List.of("chown", "-R", "postgres:postgres", root.toString()), false);
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ThrowawayPostgres pg = new ThrowawayPostgres(bin, root.resolve("data"), port, asPostgres);
        pg.server("initdb", "-D", pg.data.toString(), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8");
        // A test database: durability traded for speed; the platform's own settings are not changed.
        pg.server("pg_ctl", "-D", pg.data.toString(), "-l", root.resolve("server.log").toString(), "-w", "-o",
                "-p " + port + " -k " + root + " -c listen_addresses=localhost -c fsync=off -c synchronous_commit=off",
                "start");
        Runtime.getRuntime().addShutdownHook(new Thread(pg::stop));
        pg.psql("CREATE ROLE talent LOGIN PASSWORD 'talent'");
        pg.psql("CREATE DATABASE talent OWNER talent ENCODING 'UTF8'");
        return pg;
    }

    private void stop() {
        try {
            server("pg_ctl", "-D", data.toString(), "-m", "immediate", "stop");
            deleteTree(data.getParent());
        } catch (IOException | InterruptedException | IllegalStateException e) {
            // The driver is ending: a server left running dies with the machine's session.
        }
    }

    private void psql(String sql) throws IOException, InterruptedException {
        server("psql", "-h", "localhost", "-p", String.valueOf(port), "-U", "postgres", "-v", "ON_ERROR_STOP=1", "-c", sql);
    }

    /** Runs one of the server's programs, as postgres when the tests run as root. */
    private void server(String program, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (asPostgres) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(Arrays.asList(args));
        run(command, true);
    }

    private static void run(List<String> command, boolean elsewhere) throws IOException, InterruptedException {
        ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true);
        if (elsewhere) {
            // postgres may not enter the build's folder: start it where every user may be.
            b.directory(new File(System.getProperty("java.io.tmpdir")));
        }
        Process p = b.start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
    }

    /** The newest installed server's programs. */
    private static Optional<Path> serverPrograms() throws IOException {
        Path base = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(base)) {
            return Optional.empty();
        }
        try (var versions = Files.list(base)) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(b -> versionOf(b.getParent().getFileName().toString())));
        }
    }

    private static int versionOf(String name) {
        return name.matches("\\d+") ? Integer.parseInt(name) : 0;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

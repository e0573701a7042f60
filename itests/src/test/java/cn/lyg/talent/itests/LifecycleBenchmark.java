package cn.lyg.talent.itests;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import cn.lyg.talent.api.Actor;
import cn.lyg.talent.api.Actors;
import cn.lyg.talent.api.registry.CertificationInput;
import cn.lyg.talent.api.registry.Degree;
import cn.lyg.talent.api.registry.DocumentType;
import cn.lyg.talent.api.registry.Gender;
import cn.lyg.talent.api.registry.IdentityDocument;
import cn.lyg.talent.api.registry.TalentClass;
import cn.lyg.talent.api.registry.TalentInput;
import cn.lyg.talent.api.registry.TalentRegistry;
import cn.lyg.talent.api.window.FollowUpMethod;
import cn.lyg.talent.api.window.OneStopWindow;
import cn.lyg.talent.api.window.Ticket;
import cn.lyg.talent.api.window.TicketAction;
import cn.lyg.talent.api.window.TicketInput;
import cn.lyg.talent.api.window.TransitionInput;

/**
 * The benchmark of docs/performance.md, run against the built distribution: complete ticket
 * lifecycles (submit through close) through the engine's service API and through REST, a single
 * transition over REST at 32 concurrent clients, and beside them a raw JDBC baseline doing the
 * same inserts and updates on the same H2. Counts every ticket afterwards: no write may fail or
 * be lost. Not part of {@code mvn verify}: run it with {@code -Pbenchmark} (see docs/performance.md).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class LifecycleBenchmark extends TalentTestSupport {
    static final int THREADS = Integer.getInteger("benchmark.threads", 8);
    static final int SERVICE_LIFECYCLES = Integer.getInteger("benchmark.serviceLifecycles", 4000);
    static final int REST_LIFECYCLES = Integer.getInteger("benchmark.restLifecycles", 1500);
    static final int TRANSITION_CLIENTS = 32;
    /**
     * Requests per client in the single transition's row: 8,000 in all, a few seconds, so that one
     * pause of the machine (a collection, the database writing its file) is not the slowest
     * per cent by itself, as it could be among 1,920.
     */
    static final int TRANSITIONS_PER_CLIENT = Integer.getInteger("benchmark.transitionsPerClient", 250);
    /** Requests per client in the single transition's warm-up round. */
    static final int TRANSITION_WARMUP_PER_CLIENT = 60;
    /** Lifecycles per warm-up round of a path (REST takes a third). */
    static final int WARMUP = Integer.getInteger("benchmark.warmup", 1000);
    /** At most this many warm-up rounds per path, should the JIT compiler never settle. */
    static final int WARMUP_ROUNDS = Integer.getInteger("benchmark.warmupRounds", 40);
    /**
     * A path is warm once the JIT compiler spent less than this share of a round's wall time
     * compiling. The platform is a lot of hot code (Karaf, CXF, EclipseLink, H2); on two cores
     * the compiler threads compete with the clients for the CPU, and under full load C2 needs
     * tens of thousands of lifecycles to be done with it (the rate rises round by round until
     * then). A measurement taken earlier measures the compiler's backlog, not the server a city
     * runs for months.
     */
    static final double WARM_JIT_SHARE = 0.10;
    /**
     * Before each measurement the benchmark also waits, idle, until the compiler has had less
     * than this many milliseconds of work in a second, so that no row pays for the compiles the
     * row before it started.
     */
    static final long QUIET_JIT_MILLIS_PER_SECOND = 20;
    static final long MAX_JIT_WAIT_SECONDS = 180;
    /**
     * A city service without a plugin handler (Art.4.6 tax), so a lifecycle is the window's own
     * work and the baseline writes what it writes. (The gold card would not do: its plugin numbers
     * a card on resolution and gives each holder one card, while the benchmark reuses its talents.)
     */
    static final String SERVICE = "tax";
    static final Map<String, Object> FORM = Map.of("matter", "invoice");
    static final String FORM_JSON = "{\"matter\":\"invoice\"}";

    /** Latencies of one run in nanoseconds, and its wall time. */
    record Run(String name, int count, long wallNanos, long[] latencies, int failures, long jitMillis, long jitWaitSeconds) {
        double perSecond() {
            return count / (wallNanos / 1e9);
        }

        /** The JIT compiler's time during the run against its wall time (above 1 with both compiler threads busy). */
        double jitShare() {
            return jitMillis / (wallNanos / 1e6);
        }

        double percentile(double p) {
            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
        }
    }

    /** The distribution as for the tests, plus the benchmark's settings from the build. */
    @Override
    @org.ops4j.pax.exam.Configuration
    public org.ops4j.pax.exam.Option[] config() {
        List<org.ops4j.pax.exam.Option> options = new ArrayList<>(Arrays.asList(super.config()));
        for (String name : System.getProperties().stringPropertyNames()) {
            if (name.startsWith("benchmark.")) {
                options.add(org.ops4j.pax.exam.CoreOptions.systemProperty(name).value(System.getProperty(name)));
            }
        }
        String jfr = System.getProperty("benchmark.jfr");
        if (jfr != null) {
            // -Dbenchmark.jfr=/tmp/bench.jfr records a Flight Recorder profile of the container.
            options.add(org.ops4j.pax.exam.CoreOptions.vmOption("-XX:StartFlightRecording=filename=" + jfr
                    + ",settings=profile,dumponexit=true"));
        }
        return options.toArray(new org.ops4j.pax.exam.Option[0]);
    }

    interface Work {
        void run(int index) throws Exception;
    }

    private static Run measure(String name, int count, int threads, Work work) throws Exception {
        long[] latencies = new long[count];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        long jitBefore = jitMillis();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    long s = System.nanoTime();
                    try {
                        work.run(i);
                    } catch (Exception | AssertionError e) {
                        // A failed write is a finding: say what it was, not only that there was one.
                        if (failures.incrementAndGet() <= 5) {
                            System.out.println("benchmark: " + name + " #" + i + " failed: " + e);
                            e.printStackTrace(System.out);
                        }
                    }
                    latencies[i] = System.nanoTime() - s;
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        long wall = System.nanoTime() - start;
        pool.shutdown();
        return new Run(name, count, wall, latencies, failures.get(), jitMillis() - jitBefore, 0);
    }

    /** Time the JIT compiler threads have spent so far, in milliseconds (wall time, summed). */
    private static long jitMillis() {
        return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    }

    /**
     * Runs a path in rounds until the JIT compiler is nearly done with it (see
     * {@link #WARM_JIT_SHARE}). Answers a line for the report: how the rounds went.
     */
    private static String warmUp(String name, int lifecycles, int threads, Work work) throws Exception {
        StringBuilder rounds = new StringBuilder();
        for (int round = 1; round <= WARMUP_ROUNDS; round++) {
            Run r = measure("warm-up " + name, lifecycles, threads, work);
            double share = r.jitShare();
            rounds.append(String.format(Locale.ROOT, "%s%.0f/s (%.0f %%)", round == 1 ? "" : ", ", r.perSecond(),
                    100 * share));
            if (share < WARM_JIT_SHARE) {
                return String.format(Locale.ROOT, "- %s: %d rounds of %d lifecycles: %s.%n", name, round, lifecycles,
                        rounds);
            }
        }
        return String.format(Locale.ROOT, "- %s: %d rounds of %d lifecycles, the JIT compiler still busy: %s.%n", name,
                WARMUP_ROUNDS, lifecycles, rounds);
    }

    /** A measurement that starts once the JIT compiler is quiet. */
    private static Run measureSteady(String name, int count, int threads, Work work) throws Exception {
        long waited = awaitQuietJit();
        Run r = measure(name, count, threads, work);
        return new Run(r.name(), r.count(), r.wallNanos(), r.latencies(), r.failures(), r.jitMillis(), waited);
    }

    /** Waits, idle, until the JIT compiler is quiet (see {@link #QUIET_JIT_MILLIS_PER_SECOND}); answers the seconds. */
    private static long awaitQuietJit() throws InterruptedException {
        long start = System.nanoTime();
        long last = jitMillis();
        while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(MAX_JIT_WAIT_SECONDS)) {
            Thread.sleep(1000);
            long now = jitMillis();
            if (now - last < QUIET_JIT_MILLIS_PER_SECOND) {
                break;
            }
            last = now;
        }
        return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
    }

    @Test
    public void benchmark() throws Exception {
        awaitApi();
        TalentRegistry registry = service(TalentRegistry.class, null);
        OneStopWindow window = service(OneStopWindow.class, null);
        Actors actors = service(Actors.class, null);
        DataSource ds = service(DataSource.class, "(osgi.jndi.service.name=talentdb)");
        Actor clerk = actors.of("window1", List.of("window"));
        Actor office = actors.of("supervisor1", List.of("supervisor"));
        Actor unit = actors.of("dept_tax", List.of("department", "unit:TAX"));

        // Not timed: the talents the tickets belong to, high-level (Art.3).
        List<String> talents = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            TalentInput in = new TalentInput();
            in.name = "基准" + i;
            in.gender = Gender.MALE;
            in.document = new IdentityDocument(DocumentType.RESIDENT_ID, newIdNumber());
            in.highestDegree = Degree.DOCTORATE;
            in.phone = "13800000000";
            String id = registry.register(in, clerk).id;
            CertificationInput c = new CertificationInput();
            c.talentClass = TalentClass.C;
            c.certifiedBy = "市人才办";
            c.basis = "基准测试";
            c.validFrom = LocalDate.now().minusYears(1);
            registry.certify(id, c, office);
            talents.add(id);
        }

        Work serviceLifecycle = i -> {
            TicketInput in = new TicketInput();
            in.talentId = talents.get(i % talents.size());
            in.serviceCode = SERVICE;
            in.form.putAll(FORM);
            in.description = "基准测试事项 " + i;
            Ticket t = window.submit(in, clerk);
            window.transition(t.id, TicketAction.ACCEPT, null, clerk);
            TransitionInput d = new TransitionInput();
            d.unit = "TAX";
            window.transition(t.id, TicketAction.DISPATCH, d, clerk);
            window.transition(t.id, TicketAction.CONTACT, null, unit);
            TransitionInput r = new TransitionInput();
            r.reply = "已办结";
            window.transition(t.id, TicketAction.RESOLVE, r, unit);
            TransitionInput f = new TransitionInput();
            f.followUpMethod = FollowUpMethod.PHONE;
            window.transition(t.id, TicketAction.FOLLOW_UP, f, clerk);
            window.transition(t.id, TicketAction.CLOSE, null, clerk);
        };
        Work restLifecycle = i -> {
            HttpResponse<String> created = http("POST", "/tickets", "window1", "{\"talentId\":\""
                    + talents.get(i % talents.size()) + "\",\"serviceCode\":\"" + SERVICE + "\",\"description\":\"基准 " + i + "\",\"form\":" + FORM_JSON + "}");
            check(created, 201);
            String id = field(created.body(), "id");
            check(http("POST", "/tickets/" + id + "/accept", "window1", null), 200);
            check(http("POST", "/tickets/" + id + "/dispatch", "window1", "{\"unit\":\"TAX\"}"), 200);
            check(http("POST", "/tickets/" + id + "/contact", "dept_tax", null), 200);
            check(http("POST", "/tickets/" + id + "/resolve", "dept_tax", "{\"reply\":\"已办结\"}"), 200);
            check(http("POST", "/tickets/" + id + "/follow-up", "window1", "{\"followUpMethod\":\"PHONE\"}"), 200);
            check(http("POST", "/tickets/" + id + "/close", "window1", null), 200);
        };
        String talentForJdbc = talents.get(0);
        Work jdbcLifecycle = i -> jdbcLifecycle(ds, talentForJdbc, i);

        // Warm-up of every path (JIT, pools, caches) until the JIT compiler is done, not reported.
        String warmUp = warmUp("service API", WARMUP, THREADS, serviceLifecycle)
                + warmUp("REST", WARMUP / 3, THREADS, restLifecycle);
        // The single transition's own path (32 clients at once: Jetty's threads, the row locks of
        // many tickets) in one round, as the others, on tickets of its own.
        List<String> toAccept = submitted(window, clerk, talents, TRANSITION_CLIENTS * TRANSITION_WARMUP_PER_CLIENT);
        Run acceptWarmUp = measure("warm-up single transition", toAccept.size(), TRANSITION_CLIENTS,
                i -> check(http("POST", "/tickets/" + toAccept.get(i) + "/accept", "window1", null), 200));
        warmUp += String.format(Locale.ROOT, "- single transition: 1 round of %d: %.0f/s (%.0f %%).%n", toAccept.size(),
                acceptWarmUp.perSecond(), 100 * acceptWarmUp.jitShare());
        warmUp += warmUp("raw JDBC", WARMUP, THREADS, jdbcLifecycle);

        long ticketsBefore = count("TICKET");
        long eventsBefore = count("TICKET_EVENT");
        Run baseline = measureSteady("raw JDBC baseline (7 transactions per lifecycle)", SERVICE_LIFECYCLES, THREADS,
                jdbcLifecycle);
        Run service = measureSteady("engine service API", SERVICE_LIFECYCLES, THREADS, serviceLifecycle);
        Run rest = measureSteady("REST (HTTP/1.1 loopback, Basic auth)", REST_LIFECYCLES, THREADS, restLifecycle);
        // The same two paths with one client per core: more clients than cores cost both of them
        // (H2's page cache and B-tree roots are contended, threads are preempted holding them).
        int cores = Runtime.getRuntime().availableProcessors();
        Run baselinePerCore = measureSteady("raw JDBC baseline, " + cores + " client threads", SERVICE_LIFECYCLES, cores,
                jdbcLifecycle);
        Run servicePerCore = measureSteady("engine service API, " + cores + " client threads", SERVICE_LIFECYCLES, cores,
                serviceLifecycle);

        // A single transition at 32 concurrent clients: each client accepts its own submitted tickets.
        int transitions = TRANSITION_CLIENTS * TRANSITIONS_PER_CLIENT;
        List<String> submitted = submitted(window, clerk, talents, transitions);
        Run single = measureSteady("single transition (accept) over REST, 32 clients", transitions, TRANSITION_CLIENTS,
                i -> check(http("POST", "/tickets/" + submitted.get(i) + "/accept", "window1", null), 200));

        long lifecycles = SERVICE_LIFECYCLES * 4L + REST_LIFECYCLES;
        long ticketsAfter = count("TICKET");
        long eventsAfter = count("TICKET_EVENT");
        String report = report(List.of(baseline, service, rest, baselinePerCore, servicePerCore), single, ticketsAfter - ticketsBefore,
                lifecycles + transitions, eventsAfter - eventsBefore, warmUp);
        System.out.println(report);
        write(report);
        assertEquals("failed writes", 0, baseline.failures() + service.failures() + rest.failures()
                + baselinePerCore.failures() + servicePerCore.failures() + single.failures());
        assertEquals("lost tickets", lifecycles + transitions, ticketsAfter - ticketsBefore);
        assertEquals("lost history", lifecycles * 7 + transitions * 2L,
                eventsAfter - eventsBefore);
    }

    /** {@code n} tickets submitted at the window for the talents in turn, not timed; their ids. */
    private static List<String> submitted(OneStopWindow window, Actor clerk, List<String> talents, int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            TicketInput in = new TicketInput();
            in.talentId = talents.get(i % talents.size());
            in.serviceCode = SERVICE;
            in.form.putAll(FORM);
            in.description = "并发受理 " + i;
            ids.add(window.submit(in, clerk).id);
        }
        return ids;
    }

    private static void check(HttpResponse<String> r, int status) {
        if (r.statusCode() != status) {
            throw new AssertionError(r.statusCode() + " " + r.body());
        }
    }

    /**
     * The baseline: what a lifecycle writes, as plain JDBC on the same pool: the ticket, its
     * steps and its seven history rows, in seven transactions — without validation, rules,
     * calendar, authorization, notifications or object mapping.
     */
    private static void jdbcLifecycle(DataSource ds, String talentId, int i) throws Exception {
        String ticket = timeOrderedId();
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement t = c.prepareStatement("INSERT INTO TICKET (ID, NUMBER_TEXT, TALENT_ID, SERVICE_CODE,"
                    + " JURISDICTION, CHANNEL, DESCRIPTION, STATE, SUBMITTED_AT, SUBMITTED_BY, UPDATED_AT, VERSION)"
                    + " VALUES (?, ?, ?, '" + SERVICE + "', '320700', 'OFFLINE', 'baseline', 'SUBMITTED', ?, 'bench', ?, 1)")) {
                t.setString(1, ticket);
                t.setString(2, "J-" + ticket.substring(0, 34));
                t.setString(3, talentId);
                t.setTimestamp(4, now);
                t.setTimestamp(5, now);
                t.executeUpdate();
            }
            step(c, ticket, "DISPATCH", now);
            event(c, ticket, 1, "SUBMIT", "SUBMITTED", now);
            c.commit();
            String[][] transitions = {{"ACCEPT", "ACCEPTED"}, {"DISPATCH", "DISPATCHED"}, {"CONTACT", "CONTACTED"},
                {"RESOLVE", "RESOLVED"}, {"FOLLOW_UP", "RESOLVED"}, {"CLOSE", "CLOSED"}};
            int seq = 2;
            for (String[] tr : transitions) {
                try (PreparedStatement u = c.prepareStatement(
                        "UPDATE TICKET SET STATE = ?, UPDATED_AT = ?, VERSION = VERSION + 1 WHERE ID = ?")) {
                    u.setString(1, tr[1]);
                    u.setTimestamp(2, now);
                    u.setString(3, ticket);
                    u.executeUpdate();
                }
                try (PreparedStatement d = c.prepareStatement(
                        "UPDATE TICKET_STEP SET OUTCOME = 'DONE', DONE_AT = ? WHERE TICKET_ID = ? AND OUTCOME = 'OPEN'")) {
                    d.setTimestamp(1, now);
                    d.setString(2, ticket);
                    d.executeUpdate();
                }
                if (tr[0].equals("DISPATCH")) {
                    step(c, ticket, "FIRST_CONTACT", now);
                    step(c, ticket, "COMPLETION", now);
                } else if (tr[0].equals("RESOLVE")) {
                    step(c, ticket, "FOLLOW_UP", now);
                }
                event(c, ticket, seq++, tr[0], tr[1], now);
                c.commit();
            }
        }
    }

    /**
     * Ids as the platform gives the rows a lifecycle writes (decision 0022): UUIDs of version 7,
     * time first, so that the baseline's inserts land on the same pages of the indexes as the
     * platform's do, not on random ones.
     */
    private static String timeOrderedId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new UUID(System.currentTimeMillis() << 16 | 0x7000L | random.nextInt(0x1000),
                random.nextLong() >>> 2 | Long.MIN_VALUE).toString();
    }

    private static void step(Connection c, String ticket, String step, Timestamp now) throws Exception {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO TICKET_STEP (ID, TICKET_ID, STEP, OPENED_AT, DUE_AT,"
                + " ORIGINAL_DUE_AT, OUTCOME) VALUES (?, ?, ?, ?, ?, ?, 'OPEN')")) {
            s.setString(1, timeOrderedId());
            s.setString(2, ticket);
            s.setString(3, step);
            s.setTimestamp(4, now);
            s.setTimestamp(5, now);
            s.setTimestamp(6, now);
            s.executeUpdate();
        }
    }

    private static void event(Connection c, String ticket, int seq, String action, String state, Timestamp now)
            throws Exception {
        try (PreparedStatement e = c.prepareStatement("INSERT INTO TICKET_EVENT (ID, TICKET_ID, SEQ, RECORDED_AT, ACTOR,"
                + " ACTION, TO_STATE, LATE) VALUES (?, ?, ?, ?, 'bench', ?, ?, FALSE)")) {
            e.setString(1, timeOrderedId());
            e.setString(2, ticket);
            e.setInt(3, seq);
            e.setTimestamp(4, now);
            e.setString(5, action);
            e.setString(6, state);
            e.executeUpdate();
        }
    }

    private static String report(List<Run> lifecycles, Run single, long tickets, long expectedTickets, long events,
            String warmUp) {
        StringBuilder sb = new StringBuilder();
        sb.append("## Results of the last run\n\n");
        sb.append("Run at ").append(Instant.now()).append(" on ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores, Java ").append(System.getProperty("java.version")).append(", embedded H2, ")
                .append(THREADS).append(" client threads for lifecycles unless a row says otherwise.\n\n");
        sb.append("| complete lifecycles (submit → close, 7 steps) | lifecycles | per second | p50 ms | p99 ms | failed | JIT wait s | JIT % |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Run r : lifecycles) {
            sb.append(row(r));
        }
        sb.append("\n| single transition | requests | per second | p50 ms | p99 ms | failed | JIT wait s | JIT % |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        sb.append(row(single));
        sb.append("\nWrites: ").append(tickets).append(" tickets counted in the database for ").append(expectedTickets)
                .append(" acknowledged; ").append(events).append(" history rows.");
        Path file = Path.of(System.getProperty("karaf.data", "data"), "db", "talent.mv.db");
        if (Files.exists(file)) {
            // H2 keeps the pages it rewrote until it compacts the file: the size tells how much it wrote.
            try {
                sb.append(String.format(Locale.ROOT, " The database file holds %,d MB after the run (warm-ups included).",
                        Files.size(file) >> 20));
            } catch (IOException e) {
                sb.append(" The database file's size could not be read: ").append(e.getMessage());
            }
        }
        sb.append("\n");
        sb.append("\nWarm-up, not measured (lifecycles per second of each round, and the share of its wall time the JIT"
                + " compiler spent):\n\n").append(warmUp);
        sb.append("\nJIT wait s: seconds waited, idle, for the JIT compiler to go quiet before the row. JIT %: the"
                + " compiler's time during the row (summed over its two threads) against the row's wall time; where it is"
                + " high, the compiler was still at work and the row's rate is a lower bound.\n");
        return sb.toString();
    }

    private static String row(Run r) {
        return String.format(Locale.ROOT, "| %s | %d | %.0f | %.1f | %.1f | %d | %d | %.0f |%n", r.name(), r.count(),
                r.perSecond(), r.percentile(50), r.percentile(99), r.failures(), r.jitWaitSeconds(), 100 * r.jitShare());
    }

    /** Replaces the results section of docs/performance.md, when the build says where it is. */
    private static void write(String report) throws IOException {
        String file = System.getProperty("benchmark.report");
        if (file == null) {
            return;
        }
        Path p = Path.of(file);
        String marker = "## Results of the last run";
        String head = Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "# Performance\n\n";
        int i = head.indexOf(marker);
        String kept = i < 0 ? head + "\n" : head.substring(0, i);
        Files.writeString(p, kept + report, StandardCharsets.UTF_8);
    }
}

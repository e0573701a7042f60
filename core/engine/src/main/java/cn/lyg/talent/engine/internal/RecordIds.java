package cn.lyg.talent.engine.internal;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Random;
import java.util.UUID;

/**
 * Identifiers of the records the window writes as it works, many a day and never fewer: tickets,
 * their steps, history and outcomes, notifications, supervision and rectification notices,
 * ratings, rectifications and audit records. They are UUIDs of version 7 (RFC 9562): the first 48
 * bits are the creation time in milliseconds; of the other 80, 74 are random (6 give the version
 * and variant).
 *
 * <p>Why not random UUIDs (version 4, decision 0004): each of these tables is a B-tree on its id
 * and most have an index on a ticket's id. A random id puts each new row on a random page of an
 * index that grows with the city's history, so once the indexes outgrow the database's cache
 * every insert reads an old page and writes it again; H2's file then grows with rewritten pages,
 * and PostgreSQL's indexes bloat the same way. Ids in time order put the day's rows on the last
 * pages. The time they tell is shown on each record anyway, and the 74 random bits keep them
 * unguessable. Talents, their family and certifications, and documents keep random ids: few
 * rows, and their ids should not tell when someone registered or handed a document in.
 * See docs/decisions/0022-record-ids-in-time-order.md.
 */
public final class RecordIds {
    // The seeds: the platform's default generator, which makes them from /dev/urandom and never
    // blocks (UUID.randomUUID() uses the same).
    private static final SecureRandom SEEDS = new SecureRandom();
    // One generator per thread, of its own: the default one on Linux (NativePRNG) reads through a
    // single lock shared by all its instances, which serialized the threads that make records.
    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(RecordIds::generator);

    private RecordIds() {
    }

    /** A new record id, in its text form (36 characters). */
    public static String next() {
        // The wall clock, not the platform's Clock: the id orders storage, it states no business time.
        return of(System.currentTimeMillis(), RANDOM.get());
    }

    private static SecureRandom generator() {
        byte[] seed = new byte[32];
        SEEDS.nextBytes(seed);
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            // Seeded before its first use, it takes this seed alone. A DRBG would seed itself from
            // /dev/random, which can block for a while on the older kernels some offices run.
            random.setSeed(seed);
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA1PRNG", e);
        }
    }

    static String of(long millis, Random random) {
        long high = (millis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | random.nextInt(0x1000);
        long low = random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
    }
}

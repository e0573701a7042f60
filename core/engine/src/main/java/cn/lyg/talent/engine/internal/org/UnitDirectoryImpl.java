package cn.lyg.talent.engine.internal.org;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import cn.lyg.talent.api.Actor;
import cn.lyg.talent.api.Refusal;
import cn.lyg.talent.api.Role;
import cn.lyg.talent.api.org.Unit;
import cn.lyg.talent.api.org.UnitAlias;
import cn.lyg.talent.api.org.UnitDirectory;
import cn.lyg.talent.api.org.UnitInput;
import cn.lyg.talent.engine.internal.Access;
import cn.lyg.talent.engine.internal.Audit;
import cn.lyg.talent.engine.internal.Messages;
import cn.lyg.talent.engine.internal.Violations;
import cn.lyg.talent.engine.internal.store.Conflicts;
import cn.lyg.talent.engine.internal.store.Database;
import cn.lyg.talent.engine.internal.store.UnitEntity;

/** Responsible units (Art.5) as data: seeded for Lianyungang, edited by operators. */
@Component(service = UnitDirectory.class)
public class UnitDirectoryImpl implements UnitDirectory {
    static final Pattern UNIT_CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    /**
     * A unit code as a person types it, in any case and with spaces around ("education" is
     * EDUCATION, as codes are taken in queries and on the console); null stays null.
     */
    public static String code(String given) {
        return given == null ? null : given.strip().toUpperCase(Locale.ROOT);
    }
    static final Pattern SERVICE_CODE = Pattern.compile("[a-z][a-z0-9-]{1,59}");

    /** Units change rarely and every submission asks about them: read at most every 30 s. */
    private static final long FRESH_NANOS = 30_000_000_000L;

    private final Database database;
    private final Clock clock;
    private volatile Snapshot snapshot;

    private record Snapshot(List<Unit> units, long loadedAt) {
    }

    @Activate
    public UnitDirectoryImpl(@Reference Database database, @Reference(policyOption = ReferencePolicyOption.GREEDY) Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    private List<Unit> current() {
        Snapshot s = snapshot;
        if (s == null || System.nanoTime() - s.loadedAt() > FRESH_NANOS) {
            List<Unit> loaded = database.jpa().txExpr(TransactionType.Required, em -> em
                    .createQuery("select u from UnitEntity u order by u.code", UnitEntity.class)
                    .getResultList().stream().map(UnitDirectoryImpl::toDto).toList());
            s = new Snapshot(loaded, System.nanoTime());
            snapshot = s;
        }
        return s.units();
    }

    // DTOs are mutable: callers get copies, never the snapshot's own objects.

    @Override
    public List<Unit> list() {
        return current().stream().map(UnitDirectoryImpl::copy).toList();
    }

    @Override
    public Optional<Unit> get(String code) {
        // A code in any case, as dispatch, queries and the console take it (GET /units/tax).
        String wanted = code(code);
        return current().stream().filter(u -> u.code.equals(wanted)).findFirst().map(UnitDirectoryImpl::copy);
    }

    @Override
    public List<Unit> forService(String serviceCode) {
        // Service codes are lower case; one typed in another case is the same code.
        String wanted = serviceCode == null ? null : serviceCode.strip().toLowerCase(Locale.ROOT);
        return current().stream().filter(u -> u.services.contains(wanted)).map(UnitDirectoryImpl::copy).toList();
    }

    private static Unit copy(Unit u) {
        Unit c = new Unit();
        c.code = u.code;
        c.nameZh = u.nameZh;
        c.nameEn = u.nameEn;
        c.aliases = u.aliases.stream().map(a -> new UnitAlias(a.nameZh, a.nameEn, a.usedIn)).toList();
        c.services = u.services;
        c.updatedAt = u.updatedAt;
        c.updatedBy = u.updatedBy;
        c.version = u.version;
        return c;
    }

    @Override
    public Unit save(UnitInput input, Actor actor) {
        Access.require(actor, Role.ADMIN, Role.SUPERVISOR);
        validate(input);
        try {
            return save(input, actor, clock);
        } finally {
            snapshot = null;
        }
    }

    private Unit save(UnitInput input, Actor actor, Clock clock) {
        return Conflicts.translated(Map.of(), "UNIT_DUPLICATE", () -> database.jpa().txExpr(TransactionType.Required, em -> {
            UnitEntity e = em.find(UnitEntity.class, input.code);
            boolean created = e == null;
            if (created && input.version != null) {
                // A version says which unit was read: there is none with this code (a mistyped
                // code would otherwise quietly become a second unit).
                throw Messages.ENGINE.refusal(Refusal.Kind.NOT_FOUND, "UNIT_NOT_FOUND");
            } else if (created) {
                e = new UnitEntity();
                e.code = input.code;
            } else if (input.version == null) {
                // An edit says which version it read, so that it cannot overwrite an edit it never saw.
                throw Messages.ENGINE.refusal(Refusal.Kind.INVALID, "UNIT_INVALID",
                        List.of(Messages.ENGINE.field("version", "VERSION_REQUIRED")), 1);
            } else if (input.version != e.version) {
                throw Conflicts.stale(input.version, e.version);
            }
            List<UnitEntity.Alias> aliases = new ArrayList<>();
            for (UnitAlias a : input.aliases == null ? List.<UnitAlias>of() : input.aliases) {
                UnitEntity.Alias alias = new UnitEntity.Alias();
                alias.nameZh = a.nameZh.strip();
                alias.nameEn = a.nameEn;
                alias.usedIn = a.usedIn;
                aliases.add(alias);
            }
            List<String> services = input.services == null ? List.of() : input.services;
            if (!created && Objects.equals(e.nameZh, input.nameZh.strip()) && Objects.equals(e.nameEn, input.nameEn.strip())
                    && sameAliases(e.aliases, aliases) && e.services.equals(services)) {
                // Saving what is already there changes nothing: no new version, no audit record.
                return toDto(e);
            }
            e.nameZh = input.nameZh.strip();
            e.nameEn = input.nameEn.strip();
            e.aliases.clear();
            e.aliases.addAll(aliases);
            e.services.clear();
            e.services.addAll(services);
            e.updatedAt = Audit.utcNow(clock);
            e.updatedBy = actor.account();
            if (created) {
                em.persist(e);
            }
            Audit.record(em, clock, actor, created ? "UNIT_CREATED" : "UNIT_UPDATED", "UNIT", e.code, null);
            em.flush();
            return toDto(e);
        }));
    }

    private static boolean sameAliases(List<UnitEntity.Alias> a, List<UnitEntity.Alias> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!Objects.equals(a.get(i).nameZh, b.get(i).nameZh) || !Objects.equals(a.get(i).nameEn, b.get(i).nameEn)
                    || !Objects.equals(a.get(i).usedIn, b.get(i).usedIn)) {
                return false;
            }
        }
        return true;
    }

    private static void validate(UnitInput input) {
        Violations v = new Violations(Messages.ENGINE);
        if (input == null) {
            v.add("", "REQUIRED");
            v.throwIfAny("UNIT_INVALID");
        }
        if (input.code == null || !UNIT_CODE.matcher(input.code).matches()) {
            v.add("code", "UNIT_CODE_FORMAT");
        }
        if (input.nameZh == null || input.nameZh.isBlank()) {
            v.add("nameZh", "REQUIRED");
        }
        if (input.nameEn == null || input.nameEn.isBlank()) {
            v.add("nameEn", "REQUIRED");
        }
        List<UnitAlias> aliases = input.aliases == null ? List.of() : input.aliases;
        for (int i = 0; i < aliases.size(); i++) {
            if (aliases.get(i) == null || aliases.get(i).nameZh == null || aliases.get(i).nameZh.isBlank()) {
                v.add("aliases[" + i + "].nameZh", "REQUIRED");
            }
        }
        List<String> services = input.services == null ? List.of() : input.services;
        for (int i = 0; i < services.size(); i++) {
            if (services.get(i) == null || !SERVICE_CODE.matcher(services.get(i)).matches()) {
                v.add("services[" + i + "]", "SERVICE_CODE_FORMAT");
            } else if (services.subList(0, i).contains(services.get(i))) {
                v.add("services[" + i + "]", "SERVICE_LISTED_TWICE", services.get(i));
            }
        }
        v.throwIfAny("UNIT_INVALID");
    }

    static Unit toDto(UnitEntity e) {
        Unit u = new Unit();
        u.code = e.code;
        u.nameZh = e.nameZh;
        u.nameEn = e.nameEn;
        u.aliases = new ArrayList<>();
        for (UnitEntity.Alias a : e.aliases) {
            u.aliases.add(new UnitAlias(a.nameZh, a.nameEn, a.usedIn));
        }
        u.services = List.copyOf(e.services);
        u.updatedAt = e.updatedAt == null ? null : e.updatedAt.toInstant(ZoneOffset.UTC);
        u.updatedBy = e.updatedBy;
        u.version = e.version;
        return u;
    }
}

package cn.lyg.talent.engine.internal.catalog;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.TransactionType;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.lyg.talent.api.FieldError;
import cn.lyg.talent.api.InstanceSettings;
import cn.lyg.talent.api.Names;
import cn.lyg.talent.api.Refusal;
import cn.lyg.talent.api.calendar.WorkCalendar;
import cn.lyg.talent.api.catalog.Application;
import cn.lyg.talent.api.catalog.CatalogEntry;
import cn.lyg.talent.api.catalog.ConfigurationRefused;
import cn.lyg.talent.api.catalog.DescriptorProblem;
import cn.lyg.talent.api.catalog.EligibilityRule;
import cn.lyg.talent.api.catalog.ExtensionKind;
import cn.lyg.talent.api.catalog.FormExtension;
import cn.lyg.talent.api.catalog.FormField;
import cn.lyg.talent.api.catalog.GuideRevision;
import cn.lyg.talent.api.catalog.Outcome;
import cn.lyg.talent.api.catalog.Provider;
import cn.lyg.talent.api.catalog.ServiceCatalog;
import cn.lyg.talent.api.catalog.ServiceDefinition;
import cn.lyg.talent.api.catalog.ServiceHandler;
import cn.lyg.talent.api.catalog.ServiceOffering;
import cn.lyg.talent.api.catalog.ServiceOrigin;
import cn.lyg.talent.api.catalog.Text;
import cn.lyg.talent.api.catalog.TicketListener;
import cn.lyg.talent.api.catalog.TicketTransition;
import cn.lyg.talent.api.catalog.Verdict;
import cn.lyg.talent.api.org.Jurisdiction;
import cn.lyg.talent.api.org.JurisdictionDirectory;
import cn.lyg.talent.api.org.UnitDirectory;
import cn.lyg.talent.api.window.TicketAction;
import cn.lyg.talent.engine.internal.Digests;
import cn.lyg.talent.engine.internal.Messages;
import cn.lyg.talent.engine.internal.Times;
import cn.lyg.talent.engine.internal.calendar.WorkCalendarImpl;
import cn.lyg.talent.engine.internal.config.CoreSetting;
import cn.lyg.talent.engine.internal.store.Database;
import cn.lyg.talent.engine.internal.store.ServiceGuideEntity;

/**
 * The service catalog (Art.4, Art.9), a whiteboard of the offerings, rules, form extensions,
 * handlers and listeners registered right now, keyed by the service code in their
 * {@value ServiceOffering#SERVICE_CODE} property. Which offering is in force for a jurisdiction is
 * decided when asked, so a bundle that comes or goes changes the answer at once; the guides of
 * the entries in force are published (as new revisions where they changed) shortly after.
 */
@Component(service = {ServiceCatalog.class, ServiceCatalogImpl.class}, configurationPid = CatalogConfiguration.PID)
@Designate(ocd = CatalogConfiguration.class)
public class ServiceCatalogImpl implements ServiceCatalog {
    private static final Logger LOG = LoggerFactory.getLogger(ServiceCatalogImpl.class);
    private static final long PUBLISH_DELAY_MILLIS = 300;

    public enum Kind { OFFERING, RULE, FIELDS, HANDLER, LISTENER }

    /**
     * One registered plugin service. {@code definition} is set for offerings that passed the
     * checks, {@code fields} for form extensions: both are read once, under the time limit, when
     * the service appears, so that no request waits on a plugin to learn the form.
     */
    record Contribution(Kind kind, Object target, Provider provider, String code, String jurisdiction, int ranking,
            long id, ServiceDefinition definition, List<FormField> fields) {
    }

    /** What the window needs of the service in force for one ticket. */
    public record Resolved(CatalogEntry entry, List<Contribution> rules, Contribution handler) {
        public Provider provider() {
            return entry.provider;
        }
    }

    /** An extension's provider, saying what it adds (two of one bundle read apart). */
    private static Provider extension(Contribution c) {
        Provider p = new Provider(c.provider.bundle, c.provider.version, c.provider.descriptor, c.provider.ranking);
        p.extension = switch (c.kind) {
            case RULE -> ExtensionKind.ELIGIBILITY_RULE;
            case FIELDS -> ExtensionKind.FORM_EXTENSION;
            case HANDLER -> ExtensionKind.HANDLER;
            case LISTENER -> ExtensionKind.LISTENER;
            case OFFERING -> null;
        };
        return p;
    }

    /** A rule or handler that failed: recorded on the ticket, not a refusal. */
    public record Failure(Provider plugin, String what, String detail) {
    }

    /** The outcome of evaluating the rules: refusals for the talent, failures for the clerk. */
    public record Evaluation(List<FieldError> refusals, List<Failure> failures) {
    }

    /** A handler's answer. */
    public record Handled(Provider plugin, Outcome outcome, Failure failure) {
    }

    /** By kind and service id: one component may register as several kinds (e.g. an offering and its handler). */
    private final Map<String, Contribution> contributions = new ConcurrentHashMap<>();
    private final Map<String, Suspended> suspended = new ConcurrentHashMap<>();
    /** Offerings and descriptors that could not be used, by a key of their source. */
    private final Map<String, DescriptorProblem> problems = new ConcurrentHashMap<>();
    private final Database database;
    private final UnitDirectory units;
    private final JurisdictionDirectory jurisdictions;
    private final InstanceSettings settings;
    private final Clock clock;
    private final PluginCalls calls;
    /** Listeners have threads of their own: a hung listener must not use up those of rules and handlers. */
    private final PluginCalls listenerCalls;
    private final ScheduledExecutorService publisher;
    private final ExecutorService announcer;
    private final Object publishLock = new Object();
    private ScheduledFuture<?> pendingPublish;

    @Activate
    public ServiceCatalogImpl(CatalogConfiguration config, @Reference Database database, @Reference UnitDirectory units,
            @Reference JurisdictionDirectory jurisdictions, @Reference InstanceSettings settings,
            @Reference(policyOption = ReferencePolicyOption.GREEDY) Clock clock) {
        // A bad value does not stop the catalog (and every service with it): CoreSetting.
        int timeout = CoreSetting.whole(CatalogConfiguration.class, CatalogConfiguration.PID, "pluginTimeoutMillis",
                config::pluginTimeoutMillis, 100, 60_000);
        this.database = database;
        this.units = units;
        this.jurisdictions = jurisdictions;
        this.settings = settings;
        this.clock = clock;
        this.calls = new PluginCalls(Duration.ofMillis(timeout));
        this.listenerCalls = new PluginCalls(Duration.ofMillis(timeout));
        this.publisher = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "talent-guide-publisher"));
        // Listeners hear transitions in the order they were committed: one thread hands them over.
        // Bounded: listeners that fall far behind lose announcements (logged) rather than memory.
        this.announcer = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(10_000), r -> daemon(r, "talent-ticket-listeners"));
        schedulePublish();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Deactivate
    public void deactivate() throws InterruptedException {
        publisher.shutdownNow();
        announcer.shutdownNow();
        publisher.awaitTermination(5, TimeUnit.SECONDS);
        calls.close();
        listenerCalls.close();
    }

    // ---- the whiteboard ----

    /** SCR's runtime view, to name the platform's components that failed to start (optional: not in tests). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ServiceComponentRuntime components;

    /** The stored configurations and what their metatype declares, to name settings that do not fit (optional). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ConfigurationAdmin configurations;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile MetaTypeService metaTypes;

    /** The working-day calendar, whose refused configuration changes are problems too (optional). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile WorkCalendar calendar;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, updated = "updatedOffering")
    void addOffering(ServiceOffering offering, ServiceReference<ServiceOffering> ref) {
        offer(offering, provider(ref), ranking(ref), id(ref));
    }

    void updatedOffering(ServiceOffering offering, ServiceReference<ServiceOffering> ref) {
        removeOffering(offering, ref);
        addOffering(offering, ref);
    }

    void removeOffering(ServiceOffering offering, ServiceReference<ServiceOffering> ref) {
        Contribution gone = contributions.get(key(Kind.OFFERING, id(ref)));
        Bundle bundle = ref.getBundle();
        if (gone != null && gone.jurisdiction != null && bundle != null && bundle.getState() == Bundle.ACTIVE) {
            // A county's version withdrawn while its bundle runs: its component stopped (a refused
            // setting), not an uninstall. Until it comes back, problems() says what is in force.
            suspended.put(suspendedKey(gone.provider.bundle, gone.code, gone.jurisdiction), new Suspended(gone, bundle));
        }
        withdraw(Kind.OFFERING, id(ref));
    }

    /** A county's version of a service whose component stopped while its bundle kept running. */
    private record Suspended(Contribution offering, Bundle bundle) {
    }

    private static String suspendedKey(String bundle, String code, String jurisdiction) {
        return bundle + "|" + code + "|" + jurisdiction;
    }

    /**
     * Art.9: a county's version that stopped leaves the county's new requests to the city's
     * version (or to none), which the county's operator must learn from catalog:problems rather
     * than from a talent's ticket that reads "市级".
     */
    private List<DescriptorProblem> suspendedVersions() {
        List<DescriptorProblem> out = new ArrayList<>();
        for (Map.Entry<String, Suspended> e : suspended.entrySet()) {
            Contribution c = e.getValue().offering();
            boolean back = contributions.values().stream().anyMatch(o -> o.kind == Kind.OFFERING
                    && o.provider.bundle.equals(c.provider.bundle) && o.code.equals(c.code) && c.jurisdiction.equals(o.jurisdiction));
            if (back || e.getValue().bundle().getState() != Bundle.ACTIVE) {
                // Offered again (a re-registration raced the withdrawal), or the plugin stopped.
                suspended.remove(e.getKey(), e.getValue());
                continue;
            }
            Text service = c.definition.name == null ? Text.of(c.code, c.code) : c.definition.name;
            Text where = jurisdictions.get(c.jurisdiction).map(j -> Text.of(j.nameZh, j.nameEn))
                    .orElse(Text.of(c.jurisdiction, c.jurisdiction));
            Optional<CatalogEntry> now = get(c.code, c.jurisdiction);
            String inForceZh = now.map(n -> Messages.ENGINE.zh("problem.VERSION_IN_FORCE", Names.zh(n.origin)))
                    .orElse(Messages.ENGINE.zh("problem.NO_VERSION_IN_FORCE"));
            String inForceEn = now.map(n -> Messages.ENGINE.en("problem.VERSION_IN_FORCE", Names.en(n.origin)))
                    .orElse(Messages.ENGINE.en("problem.NO_VERSION_IN_FORCE"));
            out.add(problem(c.provider.bundle, "service " + c.code + " (" + c.jurisdiction + ")",
                    Messages.ENGINE.en("problem.COUNTY_VERSION_STOPPED", service.en, where.en, inForceEn),
                    Messages.ENGINE.zh("problem.COUNTY_VERSION_STOPPED", service.zh, where.zh, inForceZh),
                    clock.instant()));
        }
        return out;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, updated = "updatedRule")
    void addRule(EligibilityRule rule, ServiceReference<EligibilityRule> ref) {
        extend(Kind.RULE, rule, ref);
    }

    void updatedRule(EligibilityRule rule, ServiceReference<EligibilityRule> ref) {
        extend(Kind.RULE, rule, ref);
    }

    void removeRule(EligibilityRule rule, ServiceReference<EligibilityRule> ref) {
        withdraw(Kind.RULE, id(ref));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, updated = "updatedFields")
    void addFields(FormExtension fields, ServiceReference<FormExtension> ref) {
        extend(Kind.FIELDS, fields, ref);
    }

    void updatedFields(FormExtension fields, ServiceReference<FormExtension> ref) {
        extend(Kind.FIELDS, fields, ref);
    }

    void removeFields(FormExtension fields, ServiceReference<FormExtension> ref) {
        withdraw(Kind.FIELDS, id(ref));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, updated = "updatedHandler")
    void addHandler(ServiceHandler handler, ServiceReference<ServiceHandler> ref) {
        extend(Kind.HANDLER, handler, ref);
    }

    void updatedHandler(ServiceHandler handler, ServiceReference<ServiceHandler> ref) {
        extend(Kind.HANDLER, handler, ref);
    }

    void removeHandler(ServiceHandler handler, ServiceReference<ServiceHandler> ref) {
        withdraw(Kind.HANDLER, id(ref));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, updated = "updatedListener")
    void addListener(TicketListener listener, ServiceReference<TicketListener> ref) {
        extend(Kind.LISTENER, listener, ref);
    }

    void updatedListener(TicketListener listener, ServiceReference<TicketListener> ref) {
        extend(Kind.LISTENER, listener, ref);
    }

    void removeListener(TicketListener listener, ServiceReference<TicketListener> ref) {
        withdraw(Kind.LISTENER, id(ref));
    }

    private void extend(Kind kind, Object target, ServiceReference<?> ref) {
        Object code = ref.getProperty(ServiceOffering.SERVICE_CODE);
        Object jurisdiction = ref.getProperty(ServiceOffering.JURISDICTION);
        add(kind, target, provider(ref), code == null ? null : code.toString(),
                jurisdiction == null || jurisdiction.toString().isBlank() ? null : jurisdiction.toString().strip(),
                ranking(ref), id(ref));
    }

    /**
     * Takes in an offering (from OSGi, a descriptor, or a test). Its definition is read once, with
     * the time limit, and checked; one that fails the checks is reported and not offered.
     */
    public void offer(ServiceOffering offering, Provider provider, int ranking, long id) {
        String key = "offering:" + id;
        PluginCalls.Result<ServiceDefinition> read = calls.call(provider, "service definition", offering::definition);
        ServiceDefinition d = read.value();
        List<Text> wrong = read.failed() ? List.of(Messages.ENGINE.text("check.READ_FAILED", read.failure()))
                : DefinitionCheck.problems(d, u -> units.get(u).isPresent(), jurisdictions::get);
        if (!wrong.isEmpty()) {
            String descriptor = provider.descriptor;
            Text why = DefinitionCheck.joined(wrong);
            report(key, provider.bundle, descriptor != null ? descriptor : "service offering #" + id, why);
            LOG.warn("Plugin {}: service {} is not offered: {}", provider, d == null ? "?" : d.code, why.en);
            return;
        }
        problems.remove(key);
        suspended.remove(suspendedKey(provider.bundle, d.code, d.jurisdiction));
        contributions.put(key(Kind.OFFERING, id), new Contribution(Kind.OFFERING, offering, provider, d.code, d.jurisdiction,
                ranking, id, d, null));
        LOG.info("Service {} offered by {} (ranking {}{})", d.code, provider, ranking,
                d.jurisdiction == null ? "" : ", jurisdiction " + d.jurisdiction);
        schedulePublish();
    }

    /** Takes in a rule, form extension, handler or listener (from OSGi or a test). */
    public void add(Kind kind, Object target, Provider provider, String code, String jurisdiction, int ranking, long id) {
        if (code == null && kind != Kind.LISTENER) {
            report("extension:" + id, provider.bundle, kind.name().toLowerCase() + " #" + id,
                    "the service property " + ServiceOffering.SERVICE_CODE + " is missing");
            LOG.warn("Plugin {}: a {} without the property {} is ignored", provider, kind, ServiceOffering.SERVICE_CODE);
            return;
        }
        List<FormField> fields = null;
        if (kind == Kind.FIELDS) {
            PluginCalls.Result<List<FormField>> read = calls.call(provider, "form fields for " + code,
                    ((FormExtension) target)::fields);
            if (read.failed() || read.value() == null) {
                report("extension:" + id, provider.bundle, "form extension #" + id,
                        "reading the form fields failed: " + (read.failed() ? read.failure() : "no fields"));
                return;
            }
            fields = List.copyOf(read.value());
        }
        contributions.put(key(kind, id), new Contribution(kind, target, provider, code, jurisdiction, ranking, id, null, fields));
        schedulePublish();
    }

    public void withdraw(Kind kind, long id) {
        problems.remove(kind == Kind.OFFERING ? "offering:" + id : "extension:" + id);
        if (contributions.remove(key(kind, id)) != null) {
            schedulePublish();
        }
    }

    private static String key(Kind kind, long id) {
        return kind + ":" + id;
    }

    /** Records a source that could not be used; reported by {@link #problems()}. */
    public void report(String key, String bundle, String source, String message) {
        problems.put(key, problem(bundle, source, message, null, clock.instant()));
    }

    /** A problem in both languages. */
    public void report(String key, String bundle, String source, Text message) {
        problems.put(key, problem(bundle, source, message.en, message.zh, clock.instant()));
    }

    /** A problem of the catalog's list: its English text, and its Chinese one where known. */
    static DescriptorProblem problem(String bundle, String source, String message, String messageZh, Instant seenAt) {
        DescriptorProblem p = new DescriptorProblem();
        p.bundle = bundle;
        p.source = source;
        p.message = message;
        p.messageZh = messageZh;
        p.seenAt = seenAt;
        return p;
    }

    /** A plugin's refused change of configuration (ConfigurationRefusals), listed with its file. */
    void reportRefusedChange(String bundle, ConfigurationRefused refused) {
        problems.put("refused:" + refused.pid(), refusedChange(bundle, "etc/" + refused.pid() + ".cfg", refused.reason()));
    }

    /** A changed configuration refused while the previous one stays in force, with its file. */
    private DescriptorProblem refusedChange(String bundle, String file, Text why) {
        return problem(bundle, file, Messages.ENGINE.en("problem.CONFIGURATION_REFUSED", why.en),
                Messages.ENGINE.zh("problem.CONFIGURATION_REFUSED", why.zh), clock.instant());
    }

    void clearRefusedChange(String pid) {
        problems.remove("refused:" + pid);
    }

    public void clearReport(String key) {
        problems.remove(key);
    }

    private static Provider provider(ServiceReference<?> ref) {
        Object descriptor = ref.getProperty(DescriptorOfferings.DESCRIPTOR);
        return new Provider(ref.getBundle() == null ? "?" : ref.getBundle().getSymbolicName(),
                ref.getBundle() == null ? "?" : ref.getBundle().getVersion().toString(),
                descriptor == null ? null : descriptor.toString(), ranking(ref));
    }

    private static int ranking(ServiceReference<?> ref) {
        return ref.getProperty(Constants.SERVICE_RANKING) instanceof Integer i ? i : 0;
    }

    private static long id(ServiceReference<?> ref) {
        return (Long) ref.getProperty(Constants.SERVICE_ID);
    }

    // ---- what is in force ----

    @Override
    public List<CatalogEntry> list(String jurisdiction) {
        String j = orInstance(jurisdiction);
        List<CatalogEntry> out = new ArrayList<>();
        offeredCodes().stream().sorted().forEach(code -> resolve(code, j).ifPresent(r -> out.add(r.entry)));
        return out;
    }

    /** The codes some offering serves, anywhere. */
    private Set<String> offeredCodes() {
        Set<String> codes = new HashSet<>();
        contributions.values().stream().filter(c -> c.kind == Kind.OFFERING).forEach(c -> codes.add(c.code));
        return codes;
    }

    /**
     * A jurisdiction asked for, or the instance's own when none is given. One the platform does
     * not know is refused: the catalog would otherwise answer for it as for a place with no
     * county services, and a guide read for it would be published as a revision of its own.
     */
    private String orInstance(String jurisdiction) {
        if (jurisdiction == null || jurisdiction.isBlank()) {
            return settings.jurisdiction();
        }
        String j = jurisdiction.strip();
        if (jurisdictions.get(j).isEmpty()) {
            throw Messages.ENGINE.refusal(Refusal.Kind.NOT_FOUND, "JURISDICTION_NOT_FOUND");
        }
        return j;
    }

    @Override
    public Optional<CatalogEntry> get(String serviceCode, String jurisdiction) {
        String j = orInstance(jurisdiction);
        // The guide revision shown is the one published after the last change (publishAll); a
        // read of the catalog does not render guides.
        return serviceCode == null ? Optional.empty() : resolve(serviceCode.strip(), j).map(Resolved::entry);
    }

    /** Whether any jurisdiction has the service: a code nobody offers is refused before the talent is looked up. */
    public boolean isOfferedAnywhere(String code) {
        return contributions.values().stream().anyMatch(c -> c.kind == Kind.OFFERING && c.code.equals(code));
    }

    /** The service in force for {@code code} in jurisdiction {@code j}, with its rules and handler. */
    public Optional<Resolved> resolve(String code, String j) {
        return resolve(code, j, null);
    }

    /**
     * The service as a ticket took it: the offering of bundle {@code provider} (in force or
     * standing by in {@code j}) with its own rules and handler; empty while that bundle offers
     * the service no more. A ticket is finished by the version it was submitted under — a
     * county's replacement going away does not hand its tickets to the city's version, whose
     * form and terms they were not made for, nor does a new replacement take over the city's
     * tickets. Without a provider (tickets older than provider records): the one in force.
     */
    public Optional<Resolved> resolve(String code, String j, String provider) {
        List<Contribution> offerings = new ArrayList<>();
        List<Contribution> extensions = new ArrayList<>();
        for (Contribution c : contributions.values()) {
            if (c.kind == Kind.OFFERING && code.equals(c.code)) {
                offerings.add(c);
            } else if (c.kind != Kind.OFFERING && (c.code == null || code.equals(c.code)) && applies(c, j)) {
                extensions.add(c);
            }
        }
        Comparator<Contribution> order = strongestFirst();
        Contribution winner = offerings.stream().filter(c -> applies(c, j))
                .filter(c -> provider == null || c.provider.bundle.equals(provider)).min(order).orElse(null);
        if (winner == null) {
            return Optional.empty();
        }
        // A replaced offering's own rules, handler and listeners stand by with it: they were
        // written for its form and terms, not the replacement's.
        Set<String> standbyBundles = new HashSet<>();
        offerings.stream().filter(c -> c != winner).forEach(c -> standbyBundles.add(c.provider.bundle));
        standbyBundles.remove(winner.provider.bundle);
        extensions.removeIf(c -> standbyBundles.contains(c.provider.bundle));
        extensions.sort(order);
        CatalogEntry e = new CatalogEntry();
        e.jurisdiction = j;
        e.provider = winner.provider;
        e.origin = winner.jurisdiction == null ? ServiceOrigin.CITY
                : offerings.stream().anyMatch(c -> c.jurisdiction == null) ? ServiceOrigin.COUNTY_REPLACEMENT
                : ServiceOrigin.COUNTY;
        // Standing by here: what would take over in this jurisdiction, not another county's version.
        offerings.stream().filter(c -> c != winner && applies(c, j)).sorted(order).forEach(c -> e.standby.add(c.provider));
        e.definition = effective(winner.definition, extensions, e.warnings);
        List<Contribution> rules = new ArrayList<>();
        Contribution handler = null;
        for (Contribution c : extensions) {
            if (c.kind == Kind.RULE) {
                rules.add(c);
            } else if (c.kind == Kind.HANDLER && handler == null) {
                handler = c;
            }
            if (c.kind != Kind.LISTENER || c.code != null) {
                e.extensions.add(extension(c));
            }
        }
        if (!hasRequiredPlugin(winner, extensions)) {
            // Its plugin is not running (stopped, or its configuration refused): no request is
            // taken that nobody could carry out, and tickets wait until it runs (catalog:problems).
            return Optional.empty();
        }
        e.guideRevision = latestRevision(code, j);
        return Optional.of(new Resolved(e, rules, handler));
    }

    /**
     * Whether the plugin that does an offering's work (its definition's {@code requiredPlugin})
     * contributes a rule or handler for it among {@code extensions}; true when it names none.
     */
    private static boolean hasRequiredPlugin(Contribution offering, Collection<Contribution> extensions) {
        String plugin = offering.definition == null ? null : offering.definition.requiredPlugin;
        return plugin == null || extensions.stream().anyMatch(c -> (c.kind == Kind.HANDLER || c.kind == Kind.RULE)
                && offering.code.equals(c.code) && plugin.equals(c.provider.bundle));
    }

    /** Higher ranking first; then the more local jurisdiction; then the older registration (OSGi's rule). */
    private Comparator<Contribution> strongestFirst() {
        return Comparator.comparingInt((Contribution c) -> -c.ranking)
                .thenComparingInt(c -> -depth(c.jurisdiction))
                .thenComparingLong(c -> c.id);
    }

    private boolean applies(Contribution c, String j) {
        return c.jurisdiction == null || jurisdictions.covers(c.jurisdiction, j);
    }

    private int depth(String code) {
        int d = 0;
        for (String at = code; at != null && d < 10; d++) {
            at = jurisdictions.get(at).map((Jurisdiction x) -> x.parentCode).orElse(null);
        }
        return d;
    }

    /** The definition with the fields extensions add; a clashing or broken field is left out and reported. */
    private static ServiceDefinition effective(ServiceDefinition base, List<Contribution> extensions, List<String> warnings) {
        List<FormField> form = new ArrayList<>(base.form);
        Set<String> taken = new HashSet<>();
        form.forEach(f -> taken.add(f.name));
        boolean added = false;
        for (Contribution c : extensions) {
            if (c.kind != Kind.FIELDS) {
                continue;
            }
            List<FormField> fields = c.fields;
            for (FormField f : fields == null ? List.<FormField>of() : fields) {
                List<Text> wrong = DefinitionCheck.fields(Collections.singletonList(f), new HashSet<>(taken));
                if (wrong.isEmpty()) {
                    taken.add(f.name);
                    form.add(f);
                    added = true;
                } else {
                    Text why = DefinitionCheck.joined(wrong);
                    warnings.add(c.provider + ": " + why.zh + " / " + why.en);
                }
            }
        }
        if (!added) {
            return base;
        }
        ServiceDefinition d = new ServiceDefinition();
        d.code = base.code;
        d.name = base.name;
        d.description = base.description;
        d.article = base.article;
        d.units = base.units;
        d.jurisdiction = base.jurisdiction;
        d.guide = base.guide;
        d.form = form;
        d.requiredPlugin = base.requiredPlugin;
        return d;
    }

    // ---- calling plugins for the window ----

    /**
     * The field a rule's refusal names when it is about no field of the form (the talent already
     * holds a card, say): the request for the service itself, so that no refusal names no field.
     */
    static final String REQUESTED_SERVICE = "serviceCode";

    /** Runs every rule of the service; each with the time limit. */
    public Evaluation evaluate(Resolved r, Application application) {
        List<FieldError> refusals = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        for (Contribution c : r.rules) {
            String what = "eligibility rule of " + application.serviceCode;
            PluginCalls.Result<Verdict> res = calls.call(c.provider, what, () -> ((EligibilityRule) c.target).evaluate(application));
            Verdict v = res.value();
            if (res.refusal() != null) {
                refusals.add(new FieldError(REQUESTED_SERVICE, res.refusal().code(), res.refusal().messageZh(), res.refusal().messageEn()));
            } else if (res.failed()) {
                failures.add(new Failure(c.provider, what, res.failure()));
            } else if (v == null || v.reasons().stream().anyMatch(x -> blank(x.code()) || blank(x.reasonZh()) || blank(x.reasonEn()))) {
                // Nonsense: a refusal nobody could explain to the talent is not a refusal.
                failures.add(new Failure(c.provider, what, v == null ? "no verdict" : "a refusal without code or reason"));
                LOG.error("Plugin {}: {} answered {}", c.provider, what, v == null ? "nothing" : "a refusal without reason");
            } else {
                // A rule may give several reasons at once: each is named, as the core's own checks are.
                v.reasons().forEach(x -> refusals.add(new FieldError(x.field() == null ? REQUESTED_SERVICE : "form." + x.field(),
                        x.code(), x.reasonZh(), x.reasonEn())));
            }
        }
        return new Evaluation(refusals, failures);
    }

    /** Asks the service's handler, if it has one, about a transition about to be made. */
    public Optional<Handled> handle(Resolved r, TicketTransition transition) {
        Contribution c = r.handler;
        if (c == null) {
            return Optional.empty();
        }
        String what = "handler of " + transition.serviceCode + " on " + transition.action;
        PluginCalls.Result<Outcome> res = calls.call(c.provider, what, () -> ((ServiceHandler) c.target).handle(transition));
        if (res.refusal() != null) {
            throw res.refusal();
        }
        if (res.failed()) {
            return Optional.of(new Handled(c.provider, null, new Failure(c.provider, what, res.failure())));
        }
        Outcome o = res.value();
        if (o == null) {
            return Optional.empty();
        }
        if (o.summary == null || blank(o.summary.zh) || blank(o.summary.en)) {
            LOG.error("Plugin {}: {} answered an outcome without summary", c.provider, what);
            return Optional.of(new Handled(c.provider, null, new Failure(c.provider, what, "an outcome without summary")));
        }
        return Optional.of(new Handled(c.provider, o, null));
    }

    /**
     * The value names a handler takes on an action ({@link ServiceHandler#valueNames}): {@code names}
     * null when it declares none (every name is passed on, as before); {@code failure} when asking
     * failed (it threw or hung), which refuses the step as a failing handler does, rather than
     * letting a misspelt name through unchecked.
     */
    public record ValueNames(Set<String> names, Handled failure) {
    }

    public ValueNames valueNames(Resolved r, TicketAction action) {
        Contribution c = r.handler;
        if (c == null) {
            return new ValueNames(null, null);
        }
        String what = "value names of " + r.entry.definition.code + " on " + action;
        PluginCalls.Result<Set<String>> res = calls.call(c.provider, what, () -> ((ServiceHandler) c.target).valueNames(action));
        if (res.failed() || res.refusal() != null) {
            String why = res.failed() ? res.failure() : "refused: " + res.refusal().code();
            return new ValueNames(null, new Handled(c.provider, null, new Failure(c.provider, what, why)));
        }
        return new ValueNames(res.value() == null ? null
                : res.value().stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet()), null);
    }

    public boolean hasListeners(String code, String j) {
        return !listeners(code, j).isEmpty();
    }

    /** The listeners of a service's transitions in a jurisdiction, strongest first. */
    private List<Contribution> listeners(String code, String j) {
        return contributions.values().stream()
                .filter(c -> c.kind == Kind.LISTENER && (c.code == null || c.code.equals(code)) && applies(c, j))
                .sorted(strongestFirst()).toList();
    }

    /** Tells the listeners of a committed transition, in commit order, each with the time limit. */
    public void announce(TicketTransition transition) {
        List<Contribution> listeners = listeners(transition.serviceCode, transition.jurisdiction);
        if (listeners.isEmpty()) {
            return;
        }
        try {
            announcer.execute(() -> {
                for (Contribution c : listeners) {
                    listenerCalls.call(c.provider, "listener on " + transition.action + " of " + transition.serviceCode, () -> {
                        ((TicketListener) c.target).transitioned(transition);
                        return null;
                    });
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.warn("Listeners are 10000 announcements behind, or the catalog stopped: not told of a {} transition of {}",
                    transition.action, transition.number);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    // ---- problems ----

    @Override
    public List<DescriptorProblem> problems() {
        List<DescriptorProblem> out = new ArrayList<>(problems.values());
        Bundle engine = FrameworkUtil.getBundle(ServiceCatalogImpl.class);
        Map<String, Set<String>> misfits = new HashMap<>();
        List<DescriptorProblem> settings = ConfigurationProblems.of(configurations, metaTypes,
                engine == null ? null : engine.getBundleContext(), components, clock.instant(), misfits);
        out.addAll(FailedComponents.of(components, clock.instant(), misfits));
        out.addAll(settings);
        for (Contribution o : contributions.values()) {
            if (o.kind == Kind.OFFERING && !hasRequiredPlugin(o, contributions.values())) {
                out.add(problem(o.provider.bundle, o.provider.descriptor == null ? "service " + o.code : o.provider.descriptor,
                        Messages.ENGINE.en("problem.PLUGIN_MISSING", o.code, o.definition.requiredPlugin),
                        Messages.ENGINE.zh("problem.PLUGIN_MISSING", o.code, o.definition.requiredPlugin),
                        clock.instant()));
            }
        }
        out.addAll(ties());
        out.addAll(suspendedVersions());
        if (calendar instanceof WorkCalendarImpl c) {
            c.refusedConfiguration().ifPresent(why -> out.add(refusedChange(engine == null ? null : engine.getSymbolicName(),
                    WorkCalendarImpl.configurationFile(), why)));
        }
        out.sort(Comparator.comparing((DescriptorProblem p) -> p.source));
        return out;
    }

    /**
     * Offerings of one code for one jurisdiction with the same ranking (a descriptor copied and
     * edited, the old file left behind): the older registration wins by chance of order, which
     * the operator did not choose. Each such standby is named beside the one in force.
     */
    private record Slot(String code, String jurisdiction, int ranking) {
    }

    private List<DescriptorProblem> ties() {
        Map<Slot, List<Contribution>> same = new HashMap<>();
        for (Contribution c : contributions.values()) {
            if (c.kind == Kind.OFFERING) {
                same.computeIfAbsent(new Slot(c.code, c.jurisdiction, c.ranking), k -> new ArrayList<>()).add(c);
            }
        }
        List<DescriptorProblem> out = new ArrayList<>();
        for (List<Contribution> tied : same.values()) {
            if (tied.size() < 2) {
                continue;
            }
            tied.sort(Comparator.comparingLong(Contribution::id));
            Contribution first = tied.get(0);
            String j = first.jurisdiction;
            Contribution inForce = contributions.values().stream()
                    .filter(c -> c.kind == Kind.OFFERING && c.code.equals(first.code)
                            && (c.jurisdiction == null || j != null && jurisdictions.covers(c.jurisdiction, j)))
                    .min(strongestFirst()).orElse(first);
            if (inForce != first) {
                // Both stand by behind a stronger offering: the tie decides nothing now.
                continue;
            }
            for (Contribution standby : tied.subList(1, tied.size())) {
                Text tie = Messages.ENGINE.text("check.TIE", first.code, where(first.jurisdiction), first.ranking,
                        shown(first.provider), shown(standby.provider));
                out.add(problem(standby.provider.bundle, standby.provider.descriptor == null ? "service " + standby.code
                        : standby.provider.descriptor, tie.en, tie.zh, clock.instant()));
            }
        }
        return out;
    }

    /** A jurisdiction as the operator reads it: its code and name, or the whole city. */
    private Messages.Named where(String jurisdiction) {
        if (jurisdiction == null) {
            Text city = Messages.ENGINE.text("check.CITY");
            return new Messages.Named(city.zh, city.en);
        }
        Optional<Jurisdiction> j = jurisdictions.get(jurisdiction);
        return new Messages.Named(jurisdiction + j.map(x -> " " + x.nameZh).orElse(""),
                jurisdiction + j.map(x -> " " + x.nameEn).orElse(""));
    }

    /** Where an offering comes from: its descriptor file, else its bundle. */
    private static String shown(Provider p) {
        return p.descriptor != null ? p.descriptor : p.bundle;
    }

    // ---- guides (Art.6) ----

    @Override
    public List<GuideRevision> guideRevisions(String serviceCode, String jurisdiction) {
        String j = orInstance(jurisdiction);
        publish(serviceCode, j);
        return database.jpa().txExpr(TransactionType.Required, em -> newestFirst(em, serviceCode, j).getResultList()
                .stream().map(g -> revision(g, false)).toList());
    }

    private static TypedQuery<ServiceGuideEntity> newestFirst(EntityManager em, String code, String j) {
        return em.createNamedQuery(ServiceGuideEntity.NEWEST_FIRST, ServiceGuideEntity.class).setParameter("code", code)
                .setParameter("j", j);
    }

    @Override
    public Optional<GuideRevision> guide(String serviceCode, String jurisdiction, int revision) {
        String j = orInstance(jurisdiction);
        publish(serviceCode, j);
        return database.jpa().txExpr(TransactionType.Required, em -> revision > 0
                ? Optional.ofNullable(em.find(ServiceGuideEntity.class, new ServiceGuideEntity.Key(serviceCode, j, revision)))
                : latest(em, serviceCode, j)).map(g -> revision(g, true));
    }

    private static Optional<ServiceGuideEntity> latest(EntityManager em, String code, String j) {
        return newestFirst(em, code, j).setMaxResults(1).getResultList().stream().findFirst();
    }

    private static GuideRevision revision(ServiceGuideEntity g, boolean withHtml) {
        GuideRevision r = new GuideRevision();
        r.serviceCode = g.serviceCode;
        r.jurisdiction = g.jurisdiction;
        r.revision = g.revision;
        r.publishedAt = Times.instant(g.publishedAt);
        r.provider = new Provider(g.provider, null, null, 0);
        r.html = withHtml ? g.html : null;
        return r;
    }

    /** The latest revision of each guide this instance published or found, by service and jurisdiction. */
    private record Published(String hash, int revision) {
    }

    private final Map<String, Published> published = new ConcurrentHashMap<>();

    private int latestRevision(String code, String j) {
        Published p = published.get(code + "|" + j);
        return p == null ? 0 : p.revision();
    }

    private void schedulePublish() {
        synchronized (publishLock) {
            if (pendingPublish != null) {
                pendingPublish.cancel(false);
            }
            try {
                pendingPublish = publisher.schedule(this::publishAll, PUBLISH_DELAY_MILLIS, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                // Deactivated: nothing left to publish for.
            }
        }
    }

    /** Publishes the guide of every service in force in every jurisdiction where it changed. */
    void publishAll() {
        try {
            Set<String> codes = offeredCodes();
            for (Jurisdiction j : jurisdictions.list()) {
                for (String code : codes) {
                    publish(code, j.code);
                }
            }
        } catch (RuntimeException e) {
            LOG.error("Publishing service guides failed with {}; they are published when next read", e.getClass().getName());
        }
    }

    /** Records a new revision of one guide if the page generated now differs from the latest. */
    void publish(String code, String j) {
        Optional<Resolved> r = code == null ? Optional.empty() : resolve(code, j);
        if (r.isEmpty()) {
            return;
        }
        CatalogEntry e = r.get().entry;
        String html = GuidePage.render(e.definition, u -> units.get(u).orElse(null));
        String hash = sha256(html);
        String key = code + "|" + j;
        synchronized (publishLock) {
            Published known = published.get(key);
            if (known != null && hash.equals(known.hash())) {
                return;
            }
            int revision;
            try {
                revision = database.jpa().txExpr(TransactionType.Required, em -> {
                    ServiceGuideEntity latest = latest(em, code, j).orElse(null);
                    if (latest != null && latest.contentHash.equals(hash)) {
                        return latest.revision;
                    }
                    ServiceGuideEntity g = new ServiceGuideEntity();
                    g.serviceCode = code;
                    g.jurisdiction = j;
                    g.revision = latest == null ? 1 : latest.revision + 1;
                    g.publishedAt = Times.utc(clock.instant());
                    g.provider = e.provider.toString();
                    g.contentHash = hash;
                    g.html = html;
                    em.persist(g);
                    return g.revision;
                });
            } catch (RuntimeException ex) {
                // Another node of a shared database published the same revision first: read it next time.
                LOG.warn("Guide of {} for {} not published this time: {}", code, j, ex.getClass().getName());
                return;
            }
            published.put(key, new Published(hash, revision));
        }
    }

    private static String sha256(String s) {
        return Digests.sha256(s.getBytes(StandardCharsets.UTF_8));
    }

}

package cn.lyg.talent.engine.internal.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.lyg.talent.api.catalog.ServiceOffering;
import cn.lyg.talent.api.catalog.Text;
import cn.lyg.talent.engine.internal.Messages;
import cn.lyg.talent.engine.internal.config.ConfigurationEncoding;
import cn.lyg.talent.engine.internal.config.CoreSetting;

/**
 * The watched descriptor folder ({@code etc/services} by default): an operator drops a descriptor
 * file in and its services are offered within seconds, edits it and they change, removes it and
 * they go. A file that cannot be read is reported in the catalog and the log; the services of the
 * other files are not affected.
 */
@Component(immediate = true, configurationPid = CatalogConfiguration.PID)
public class DescriptorFolder {
    private static final Logger LOG = LoggerFactory.getLogger(DescriptorFolder.class);
    private static final Messages M = Messages.ENGINE;
    private static final Pattern DECLARED = Pattern.compile("^\\s*<\\?xml[^>]*\\bencoding\\s*=\\s*[\"']([^\"']+)[\"']");

    private record Seen(long modified, long size, List<ServiceRegistration<ServiceOffering>> registrations) {
    }

    private final BundleContext context;
    private final ServiceCatalogImpl catalog;
    private final Path folder;
    private final Map<Path, Seen> seen = new HashMap<>();
    private final ScheduledExecutorService scanner;

    @Activate
    public DescriptorFolder(CatalogConfiguration config, BundleContext context, @Reference ServiceCatalogImpl catalog) {
        this.context = context;
        this.catalog = catalog;
        String configured = config.descriptorFolder().strip();
        String etc = System.getProperty("karaf.etc");
        this.folder = !configured.isEmpty() ? Paths.get(configured) : etc == null ? null : Paths.get(etc, "services");
        if (folder == null) {
            LOG.info("No descriptor folder: neither {} descriptorFolder nor karaf.etc is set", CatalogConfiguration.PID);
            scanner = null;
            return;
        }
        LOG.info("Watching {} for service descriptors", folder);
        scanner = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "talent-descriptor-folder");
            t.setDaemon(true);
            return t;
        });
        scanner.scheduleWithFixedDelay(this::scan, 0, CoreSetting.whole(CatalogConfiguration.class, CatalogConfiguration.PID,
                "descriptorScanSeconds", config::descriptorScanSeconds, 1, 3600), TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        if (scanner != null) {
            scanner.shutdownNow();
            scanner.awaitTermination(5, TimeUnit.SECONDS);
        }
        synchronized (seen) {
            seen.values().forEach(s -> DescriptorOfferings.unregister(s.registrations()));
            seen.keySet().forEach(p -> catalog.clearReport(key(p)));
            seen.clear();
        }
    }

    void scan() {
        synchronized (seen) {
            try {
                Set<Path> present = new HashSet<>();
                if (Files.isDirectory(folder)) {
                    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.xml")) {
                        for (Path f : files) {
                            present.add(f);
                            long modified = Files.getLastModifiedTime(f).toMillis();
                            long size = Files.size(f);
                            Seen before = seen.get(f);
                            if (before == null || before.modified() != modified || before.size() != size) {
                                seen.put(f, new Seen(modified, size, load(f, before)));
                            }
                        }
                    }
                }
                for (Path gone : new HashSet<>(seen.keySet())) {
                    if (!present.contains(gone)) {
                        DescriptorOfferings.unregister(seen.remove(gone).registrations());
                        catalog.clearReport(key(gone));
                        LOG.info("Service descriptor {} removed: its services are withdrawn", gone.getFileName());
                    }
                }
            } catch (IOException | RuntimeException e) {
                LOG.error("Scanning {} for service descriptors failed: {}", folder, e.getClass().getName());
            }
        }
    }

    /**
     * Reads a new or changed file. The services of its previous version stay offered until the new
     * version has been read: a typo or a half-copied file does not take a live service away.
     */
    private List<ServiceRegistration<ServiceOffering>> load(Path f, Seen before) {
        String source = source(f);
        byte[] content = null;
        try {
            content = Files.readAllBytes(f);
            List<DescriptorReader.Described> read = DescriptorReader.read(new ByteArrayInputStream(content));
            if (before != null) {
                DescriptorOfferings.unregister(before.registrations());
            }
            List<ServiceRegistration<ServiceOffering>> regs = DescriptorOfferings.register(context, source, read);
            catalog.clearReport(key(f));
            LOG.info("Service descriptor {} read: {} service(s)", source, regs.size());
            return regs;
        } catch (DescriptorReader.Invalid | IOException e) {
            // Saved as GBK by a Chinese editor: the parser's "Invalid byte 1 of 1-byte UTF-8 sequence" says too little.
            // The XML parser's own words are English only; what the platform says is in both languages
            // (no Chinese at all for a file that could not be read).
            Text why = e instanceof DescriptorReader.Invalid invalid ? invalid.reason() : Text.of(null, e.getMessage());
            if (content != null && ConfigurationEncoding.utf8(content) == null && !declaresAnother(content)) {
                why = Text.of(M.zh("check.NOT_UTF8", why.zh == null ? why.en : why.zh), M.en("check.NOT_UTF8", why.en));
            }
            if (before != null && !before.registrations().isEmpty()) {
                // A typo in a file in use does not take its services away, and the operator is told so.
                Text stays = M.text("check.PREVIOUS_STAYS");
                why = Text.of((why.zh == null ? why.en : why.zh) + "；" + stays.zh, why.en + "; " + stays.en);
            }
            catalog.report(key(f), null, source, why);
            LOG.warn("Service descriptor {} cannot be read: {}", source, why.en);
            return before == null ? List.of() : before.registrations();
        }
    }

    /** An XML declaration's encoding (GBK, UTF-16) or a UTF-16 byte order mark: the file is not meant as UTF-8. */
    private static boolean declaresAnother(byte[] content) {
        if (content.length >= 2 && ((content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF
                || (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE)) {
            return true;
        }
        Matcher m = DECLARED.matcher(new String(content, 0, Math.min(200, content.length), StandardCharsets.ISO_8859_1));
        return m.find() && !m.group(1).replace("-", "").equalsIgnoreCase("UTF8");
    }

    /** The file as the operator knows it: relative to the Karaf home where it lies inside it. */
    private static String source(Path f) {
        String base = System.getProperty("karaf.base");
        Path abs = f.toAbsolutePath().normalize();
        if (base != null && abs.startsWith(Paths.get(base).toAbsolutePath().normalize())) {
            return Paths.get(base).toAbsolutePath().normalize().relativize(abs).toString();
        }
        return abs.toString();
    }

    private static String key(Path f) {
        return "file:" + f.toAbsolutePath();
    }
}

package cn.lyg.talent.plugin.housing.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

/**
 * Which terms file holds each jurisdiction. One file per jurisdiction: two would put two sets of
 * amounts for one county in the guide, and which of them a talent is granted would be chance.
 * The second file to start is refused, naming the first (catalog:problems); once one of them is
 * deleted or corrected, the platform gives the other another try.
 */
@Component(service = TermsClaims.class)
public class TermsClaims {
    private final Map<String, String> fileByJurisdiction = new HashMap<>();

    /** Claims {@code jurisdiction} for {@code file}; answers the file already holding it, if another does. */
    synchronized Optional<String> claim(String jurisdiction, String file) {
        String held = fileByJurisdiction.putIfAbsent(jurisdiction, file);
        return held == null || held.equals(file) ? Optional.empty() : Optional.of(held);
    }

    synchronized void release(String jurisdiction, String file) {
        fileByJurisdiction.remove(jurisdiction, file);
    }
}

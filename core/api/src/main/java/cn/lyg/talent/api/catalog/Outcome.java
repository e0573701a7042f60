package cn.lyg.talent.api.catalog;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a service produced for a ticket: a placement, an amount, a card number. The summary is
 * what the talent and the clerk read; {@code values} holds the same as data (keys are the
 * handler's, values plain text). Recorded on the ticket, append-only.
 */
public class Outcome {
    public Text summary;
    public Map<String, String> values = new LinkedHashMap<>();

    public Outcome() {
    }

    public Outcome(Text summary) {
        this.summary = summary;
    }

    public Outcome with(String key, String value) {
        values.put(key, value);
        return this;
    }
}

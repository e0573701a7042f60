package cn.lyg.talent.api.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How the window and the units kept the Art.7 deadlines and how talents rated them, over a
 * period: what the talent office supervises and counts in its assessment (Art.8). Computed from
 * the tickets' steps, the ratings and the supervision notices as they stand at
 * {@code computedAt}.
 *
 * @since 1.1
 */
public class Assessment {
    public LocalDate from;
    public LocalDate to;
    public Instant computedAt;
    /** One row per jurisdiction and party, the windows first, then units by code. */
    public List<AssessmentRow> rows = new ArrayList<>();
    /** All rows together. */
    public AssessmentRow total;
}

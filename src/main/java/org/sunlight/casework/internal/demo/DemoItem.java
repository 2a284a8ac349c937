package org.sunlight.casework.internal.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.sunlight.catalog.PowerItemContent;
import org.sunlight.catalog.PowerItemContent.BenchmarkLevel;
import org.sunlight.catalog.PowerItemContent.FineKind;
import org.sunlight.catalog.PowerItemView;
import org.sunlight.catalog.TimeLimit;
import org.sunlight.identity.Actor;

/**
 * A demo item and the demo people who work it: who works each step of its flowchart, who receives (or
 * files) its cases, its head and leader, and for penalties the two officers.
 *
 * @param steps step key → the account that works it (steps nobody in the demo may work are missing)
 * @param receiver receives applications at the window (or files penalty cases)
 * @param head the unit head of the item's unit, else the department's leader (pauses, terminations, fees)
 * @param leader the department's leader (extensions; null when the department has none)
 * @param officers penalties: the acting officer (who works the officers' steps) and a second certified officer
 * @param officersFrom penalties: the first day both officers' certificates are valid
 * @param inForceFrom the first day both the item's version and its flowchart are in force (cases start no earlier)
 * @param majorFine fines from this amount need legal review (casework's setting)
 */
public record DemoItem(PowerItemView item, String regionCode, String city, PowerItemContent content, boolean penalty,
        Map<String, Actor> steps, Actor receiver, Actor head, Actor leader, List<Long> officers, LocalDate officersFrom,
        LocalDate inForceFrom, BigDecimal majorFine) {

    static final List<String> LICENSING_STEPS = List.of("accept", "review", "decide", "deliver");
    static final List<String> PENALTY_STEPS = List.of("file", "investigate", "review", "notify", "decide", "deliver", "execute",
            "close");

    public Actor worker(String step) {
        Actor a = steps.get(step);
        if (a == null) {
            throw new IllegalStateException("nobody works " + step + " of " + item.code());
        }
        return a;
    }

    public boolean works(String step) {
        return steps.containsKey(step);
    }

    /** The limit cases start with (promised, else statutory); null when the law sets none. */
    public TimeLimit limit() {
        TimeLimit promised = content.promisedLimit();
        if (promised != null && promised.days() != null && promised.unit() != null) {
            return promised;
        }
        TimeLimit statutory = content.statutoryLimit();
        return statutory != null && statutory.days() != null && statutory.unit() != null ? statutory : null;
    }

    public String name() {
        return content.name();
    }

    boolean hasLimit() {
        return limit() != null;
    }

    boolean hasLimitAndLeader() {
        return limit() != null && leader != null;
    }

    /** The benchmark's levels (penalties; empty when the item has none). */
    public List<BenchmarkLevel> levels() {
        return content.penalty() == null || content.penalty().levels() == null ? List.of() : content.penalty().levels();
    }

    /** Whether some level fines at all (not only a warning). */
    boolean finePossible() {
        return levels().stream().anyMatch(l -> kind(l) != FineKind.NONE && l.max() != null && l.max().signum() > 0);
    }

    /** Whether a fine at or above the major threshold fits some level, and someone does the legal review. */
    boolean majorFinePossible() {
        return works("legal") && levels().stream().anyMatch(l -> kind(l) != FineKind.NONE && l.max() != null
                && (kind(l) != FineKind.AMOUNT || l.max().compareTo(majorFine) >= 0) && l.max().signum() > 0);
    }

    static FineKind kind(BenchmarkLevel l) {
        return l.fineKind() == null ? FineKind.AMOUNT : l.fineKind();
    }
}

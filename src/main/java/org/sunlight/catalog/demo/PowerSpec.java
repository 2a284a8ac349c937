package org.sunlight.catalog.demo;

import java.util.List;

import org.sunlight.catalog.LimitUnit;
import org.sunlight.catalog.PowerCategory;
import org.sunlight.catalog.TimeLimit;

/**
 * One power as the tables describe it, before it becomes full content: name, category, host unit, the
 * legal bases, and for penalties the violation and the fine; for applications the materials, fees and
 * limits. {@link ContentFactory} turns it into a {@code PowerItemContent}.
 */
record PowerSpec(String name, PowerCategory category, String unit, List<Basis> bases, String violation, String penaltyArticle,
        Fine fine, List<String> materials, List<FeeSpec> fees, TimeLimit statutory, TimeLimit promised, String conditions) {

    record Basis(Law law, String article, String clause, String excerpt) {
    }

    record FeeSpec(String item, String basis, String standard, long min, long max) {
    }

    PowerSpec inUnit(String otherUnit) {
        return new PowerSpec(name, category, otherUnit, bases, violation, penaltyArticle, fine, materials, fees, statutory, promised,
                conditions);
    }

    /** '对{violation}的处罚' under {@code law} {@code article}. */
    static PowerSpec penalty(String unit, Law law, String article, Fine fine, String violation) {
        String sanctions = fine.sanctions();
        String fineText = fine.text();
        String excerpt = "违反本" + law.self() + "规定，" + violation + "的，由" + law.enforcer() + sanctions
                + (fineText.isEmpty() ? "" : "，" + fineText) + "。";
        return new PowerSpec("对" + violation + "的处罚", PowerCategory.PENALTY, unit,
                List.of(new Basis(law, article, null, excerpt)), violation, law.title() + article, fine, List.of(), List.of(),
                new TimeLimit(90, LimitUnit.NATURAL_DAYS), new TimeLimit(60, LimitUnit.NATURAL_DAYS), null);
    }

    /** An application-type power (licence, registration, confirmation …). */
    static PowerSpec application(String unit, PowerCategory category, String name, List<Basis> bases, List<String> materials,
            List<FeeSpec> fees, int statutoryDays, int promisedDays, String conditions) {
        return new PowerSpec(name, category, unit, bases, null, null, null, materials, fees,
                new TimeLimit(statutoryDays, LimitUnit.WORKING_DAYS), new TimeLimit(promisedDays, LimitUnit.WORKING_DAYS), conditions);
    }

    /** A power exercised on the authority's own initiative (inspection, compulsion, award …). */
    static PowerSpec ownInitiative(String unit, PowerCategory category, String name, List<Basis> bases) {
        return new PowerSpec(name, category, unit, bases, null, null, null, List.of(), List.of(), null, null, null);
    }

    static Basis basis(Law law, String article, String excerpt) {
        return new Basis(law, article, null, excerpt);
    }
}

package org.sunlight.catalog.internal;

import static org.sunlight.catalog.internal.Labels.field;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.sunlight.catalog.PowerCategory;
import org.sunlight.catalog.PowerItemContent;
import org.sunlight.catalog.PowerItemContent.BenchmarkLevel;
import org.sunlight.catalog.PowerItemContent.Fee;
import org.sunlight.catalog.PowerItemContent.FineKind;
import org.sunlight.catalog.PowerItemContent.LegalBasis;
import org.sunlight.catalog.PowerItemContent.Material;
import org.sunlight.catalog.PowerItemContent.Penalty;
import org.sunlight.catalog.PowerItemContent.Responsibility;
import org.sunlight.catalog.PowerItemContent.RiskPoint;
import org.sunlight.catalog.TimeLimit;
import org.sunlight.common.FieldProblem;

/**
 * What a version must say before it goes to review. A draft may be saved incomplete; submission
 * names every gap at once, each with its field path ({@code legalBases}, {@code penalty.levels[1].max})
 * so a form shows it beside the field and the API lists it.
 * <p>
 * Required of every item: name, category, level of exercise, host unit with its phone, at least one
 * legal basis (law and article), the promised time limit (days and unit, not longer than a
 * statutory one in the same unit), the consultation and complaint phones, at least one
 * responsibility (stage, duty, accountability). Of every entry given: fees (item, basis, amounts
 * not negative, min ≤ max), materials (name, form, copies ≥ 1), risk points (description, grade,
 * prevention). Licensing items also: application conditions and at least one material. Penalty
 * items also: the violation, the penalty article and at least one benchmark level (name, fine kind,
 * and for a fine a range with 0 ≤ min ≤ max; level names distinct). Other items carry no benchmark.
 */
public final class SubmissionCheck {

    private SubmissionCheck() {
    }

    public static List<FieldProblem> problems(PowerItemContent c) {
        List<FieldProblem> p = new ArrayList<>();
        required(p, c.name(), "name");
        if (c.category() == null) {
            p.add(missing("category"));
        }
        if (c.level() == null) {
            p.add(missing("level"));
        }
        if (c.hostUnit() == null || blank(c.hostUnit().name())) {
            p.add(missing("hostUnit.name"));
        }
        if (c.hostUnit() == null || blank(c.hostUnit().phone())) {
            p.add(missing("hostUnit.phone"));
        }
        legalBases(p, c.legalBases());
        limits(p, c.statutoryLimit(), c.promisedLimit());
        fees(p, c.fees());
        materials(p, c.materials(), c.category() == PowerCategory.LICENSING);
        if (c.category() == PowerCategory.LICENSING) {
            required(p, c.conditions(), "conditions");
        }
        if (c.service() == null || blank(c.service().consultationPhone())) {
            p.add(missing("service.consultationPhone"));
        }
        if (c.service() == null || blank(c.service().complaintPhone())) {
            p.add(missing("service.complaintPhone"));
        }
        if (c.category() == PowerCategory.PENALTY) {
            penalty(p, c.penalty());
        } else if (c.category() != null && c.penalty() != null) {
            p.add(FieldProblem.of("penalty", "catalog.check.penalty-only"));
        }
        responsibilities(p, c.responsibilities());
        riskPoints(p, c.riskPoints());
        return p;
    }

    private static void legalBases(List<FieldProblem> p, List<LegalBasis> bases) {
        if (bases == null || bases.isEmpty()) {
            p.add(FieldProblem.of("legalBases", "catalog.check.at-least-one", field("legalBases")));
            return;
        }
        for (int i = 0; i < bases.size(); i++) {
            LegalBasis b = bases.get(i);
            entryRequired(p, b.law(), "legalBases", i, "law");
            entryRequired(p, b.article(), "legalBases", i, "article");
        }
    }

    private static void limits(List<FieldProblem> p, TimeLimit statutory, TimeLimit promised) {
        if (promised == null || promised.days() == null) {
            p.add(missing("promisedLimit.days"));
        } else if (promised.days() < 1) {
            p.add(FieldProblem.of("promisedLimit.days", "catalog.check.positive", field("promisedLimit")));
        }
        if (promised == null || promised.unit() == null) {
            p.add(missing("promisedLimit.unit"));
        }
        if (statutory != null && statutory.days() != null && statutory.unit() == null) {
            p.add(missing("statutoryLimit.unit"));
        }
        if (statutory != null && statutory.days() != null && statutory.days() < 0) {
            p.add(FieldProblem.of("statutoryLimit.days", "catalog.check.not-negative", field("statutoryLimit")));
        }
        if (promised != null && statutory != null && promised.days() != null && statutory.days() != null
                && promised.unit() != null && promised.unit() == statutory.unit() && promised.days() > statutory.days()) {
            p.add(FieldProblem.of("promisedLimit.days", "catalog.check.promised-exceeds-statutory", statutory.days()));
        }
    }

    private static void fees(List<FieldProblem> p, List<Fee> fees) {
        if (fees == null) {
            return;
        }
        for (int i = 0; i < fees.size(); i++) {
            Fee f = fees.get(i);
            entryRequired(p, f.item(), "fees", i, "item");
            entryRequired(p, f.basis(), "fees", i, "basis");
            range(p, "fees", i, "amountMin", "amountMax", f.amountMin(), f.amountMax(), false);
        }
    }

    private static void materials(List<FieldProblem> p, List<Material> materials, boolean needed) {
        if ((materials == null || materials.isEmpty()) && needed) {
            p.add(FieldProblem.of("materials", "catalog.check.at-least-one", field("materials")));
            return;
        }
        if (materials == null) {
            return;
        }
        for (int i = 0; i < materials.size(); i++) {
            Material m = materials.get(i);
            entryRequired(p, m.name(), "materials", i, "name");
            if (m.form() == null) {
                p.add(entryMissing("materials", i, "form"));
            }
            if (m.copies() < 1) {
                p.add(FieldProblem.of(path("materials", i, "copies"), "catalog.check.entry-positive", field("materials"), i + 1,
                        field("materials.copies")));
            }
        }
    }

    private static void penalty(List<FieldProblem> p, Penalty penalty) {
        if (penalty == null || blank(penalty.violation())) {
            p.add(missing("penalty.violation"));
        }
        if (penalty == null || blank(penalty.penaltyArticle())) {
            p.add(missing("penalty.penaltyArticle"));
        }
        List<BenchmarkLevel> levels = penalty == null ? null : penalty.levels();
        if (levels == null || levels.isEmpty()) {
            p.add(FieldProblem.of("penalty.levels", "catalog.check.at-least-one", field("penalty.levels")));
            return;
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < levels.size(); i++) {
            BenchmarkLevel l = levels.get(i);
            entryRequired(p, l.name(), "penalty.levels", i, "name");
            if (!blank(l.name()) && !names.add(l.name().trim())) {
                p.add(FieldProblem.of(path("penalty.levels", i, "name"), "catalog.check.duplicate-level", l.name().trim()));
            }
            if (l.fineKind() == null) {
                p.add(entryMissing("penalty.levels", i, "fineKind"));
            } else if (l.fineKind() != FineKind.NONE) {
                range(p, "penalty.levels", i, "min", "max", l.min(), l.max(), true);
            } else if (blank(l.otherSanctions())) {
                // A level without a fine must say what it does instead (warning, order to correct, …).
                p.add(entryMissing("penalty.levels", i, "otherSanctions"));
            }
        }
    }

    private static void responsibilities(List<FieldProblem> p, List<Responsibility> list) {
        if (list == null || list.isEmpty()) {
            p.add(FieldProblem.of("responsibilities", "catalog.check.at-least-one", field("responsibilities")));
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            Responsibility r = list.get(i);
            if (r.stage() == null) {
                p.add(entryMissing("responsibilities", i, "stage"));
            }
            entryRequired(p, r.duty(), "responsibilities", i, "duty");
            entryRequired(p, r.accountability(), "responsibilities", i, "accountability");
        }
    }

    private static void riskPoints(List<FieldProblem> p, List<RiskPoint> list) {
        if (list == null) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            RiskPoint r = list.get(i);
            entryRequired(p, r.description(), "riskPoints", i, "description");
            if (r.grade() == null) {
                p.add(entryMissing("riskPoints", i, "grade"));
            }
            entryRequired(p, r.prevention(), "riskPoints", i, "prevention");
        }
    }

    /** A range of an entry: both bounds given when {@code both}, none negative, min ≤ max. */
    private static void range(List<FieldProblem> p, String list, int i, String minField, String maxField, BigDecimal min,
            BigDecimal max, boolean both) {
        if (both && min == null) {
            p.add(entryMissing(list, i, minField));
        }
        if (both && max == null) {
            p.add(entryMissing(list, i, maxField));
        }
        if (min != null && min.signum() < 0) {
            p.add(FieldProblem.of(path(list, i, minField), "catalog.check.entry-not-negative", field(list), i + 1, field(list + "." + minField)));
        }
        if (max != null && max.signum() < 0) {
            p.add(FieldProblem.of(path(list, i, maxField), "catalog.check.entry-not-negative", field(list), i + 1, field(list + "." + maxField)));
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            p.add(FieldProblem.of(path(list, i, maxField), "catalog.check.range", field(list), i + 1, min.toPlainString(),
                    max.toPlainString()));
        }
    }

    private static void required(List<FieldProblem> p, String value, String path) {
        if (blank(value)) {
            p.add(missing(path));
        }
    }

    private static void entryRequired(List<FieldProblem> p, String value, String list, int i, String name) {
        if (blank(value)) {
            p.add(entryMissing(list, i, name));
        }
    }

    private static FieldProblem missing(String path) {
        return FieldProblem.of(path, "catalog.check.required", field(path));
    }

    private static FieldProblem entryMissing(String list, int i, String name) {
        return FieldProblem.of(path(list, i, name), "catalog.check.entry-required", field(list), i + 1, field(list + "." + name));
    }

    static String path(String list, int i, String name) {
        return list + "[" + i + "]." + name;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

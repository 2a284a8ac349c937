package org.sunlight.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

import org.sunlight.catalog.PowerItemContent;
import org.sunlight.catalog.PowerItemContent.BenchmarkLevel;
import org.sunlight.catalog.PowerItemContent.Contact;
import org.sunlight.catalog.PowerItemContent.Fee;
import org.sunlight.catalog.PowerItemContent.LegalBasis;
import org.sunlight.catalog.PowerItemContent.Material;
import org.sunlight.catalog.PowerItemContent.Penalty;
import org.sunlight.catalog.PowerItemContent.Responsibility;
import org.sunlight.catalog.PowerItemContent.RiskPoint;
import org.sunlight.catalog.PowerItemContent.Service;
import org.sunlight.catalog.TimeLimit;
import org.sunlight.common.FieldProblem;

/**
 * How a draft's content is tidied and bounded when it is saved: text trimmed (blank becomes absent),
 * missing lists become empty, wholly empty list rows and blocks (an added row never filled in) are
 * dropped. Saving checks only what the storage needs (lengths); completeness waits for submission
 * ({@link SubmissionCheck}), so a clerk can save half-done work.
 */
public final class ContentRules {

    public static final int NAME_MAX = 300;
    public static final int CODE_MAX = 64;
    public static final int TEXT_MAX = 2000;
    public static final int LONG_TEXT_MAX = 20000;

    private ContentRules() {
    }

    /** An empty draft (what a new item starts with when no content is given). */
    public static PowerItemContent empty() {
        return new PowerItemContent(null, null, null, null, null, null, null, List.of(), List.of(), null, null, List.of(),
                null, List.of(), null, null, List.of(), List.of());
    }

    public static PowerItemContent normalize(PowerItemContent c) {
        if (c == null) {
            return empty();
        }
        return new PowerItemContent(t(c.name()), c.category(), t(c.basicCode()), t(c.implementationCode()),
                t(c.businessItemCode()), c.level(), contact(c.hostUnit()),
                rows(c.assistingUnits(), ContentRules::contact, Objects::nonNull),
                rows(c.legalBases(), b -> new LegalBasis(t(b.law()), t(b.article()), t(b.clause()), t(b.excerpt())),
                        b -> any(b.law(), b.article(), b.clause(), b.excerpt())),
                limit(c.statutoryLimit()), limit(c.promisedLimit()),
                rows(c.fees(), f -> new Fee(t(f.item()), t(f.basis()), t(f.standard()), f.amountMin(), f.amountMax()),
                        f -> any(f.item(), f.basis(), f.standard()) || f.amountMin() != null || f.amountMax() != null),
                t(c.conditions()),
                rows(c.materials(), m -> new Material(t(m.name()), m.form(), m.copies(), t(m.source()), m.required()),
                        m -> any(m.name(), m.source()) || m.form() != null),
                service(c.service()), penalty(c.penalty()),
                rows(c.responsibilities(), r -> new Responsibility(r.stage(), t(r.duty()), t(r.accountability())),
                        r -> r.stage() != null || any(r.duty(), r.accountability())),
                rows(c.riskPoints(), r -> new RiskPoint(t(r.step()), t(r.description()), r.grade(), t(r.prevention()),
                        t(r.responsiblePost()), r.published()),
                        r -> any(r.step(), r.description(), r.prevention(), r.responsiblePost()) || r.grade() != null));
    }

    /** Lengths the storage needs, with field paths. */
    public static List<FieldProblem> saveProblems(PowerItemContent c) {
        List<FieldProblem> p = new ArrayList<>();
        max(p, c.name(), "name", NAME_MAX);
        max(p, c.basicCode(), "basicCode", CODE_MAX);
        max(p, c.implementationCode(), "implementationCode", CODE_MAX);
        max(p, c.businessItemCode(), "businessItemCode", CODE_MAX);
        max(p, c.conditions(), "conditions", LONG_TEXT_MAX);
        if (c.hostUnit() != null) {
            max(p, c.hostUnit().name(), "hostUnit.name", TEXT_MAX);
            max(p, c.hostUnit().person(), "hostUnit.person", TEXT_MAX);
            max(p, c.hostUnit().phone(), "hostUnit.phone", TEXT_MAX);
        }
        for (int i = 0; i < c.assistingUnits().size(); i++) {
            Contact a = c.assistingUnits().get(i);
            max(p, a.name(), SubmissionCheck.path("assistingUnits", i, "name"), TEXT_MAX);
            max(p, a.person(), SubmissionCheck.path("assistingUnits", i, "person"), TEXT_MAX);
            max(p, a.phone(), SubmissionCheck.path("assistingUnits", i, "phone"), TEXT_MAX);
        }
        for (int i = 0; i < c.legalBases().size(); i++) {
            LegalBasis b = c.legalBases().get(i);
            max(p, b.law(), SubmissionCheck.path("legalBases", i, "law"), TEXT_MAX);
            max(p, b.article(), SubmissionCheck.path("legalBases", i, "article"), TEXT_MAX);
            max(p, b.clause(), SubmissionCheck.path("legalBases", i, "clause"), TEXT_MAX);
            max(p, b.excerpt(), SubmissionCheck.path("legalBases", i, "excerpt"), LONG_TEXT_MAX);
        }
        for (int i = 0; i < c.fees().size(); i++) {
            Fee f = c.fees().get(i);
            max(p, f.item(), SubmissionCheck.path("fees", i, "item"), TEXT_MAX);
            max(p, f.basis(), SubmissionCheck.path("fees", i, "basis"), TEXT_MAX);
            max(p, f.standard(), SubmissionCheck.path("fees", i, "standard"), TEXT_MAX);
        }
        for (int i = 0; i < c.materials().size(); i++) {
            Material m = c.materials().get(i);
            max(p, m.name(), SubmissionCheck.path("materials", i, "name"), TEXT_MAX);
            max(p, m.source(), SubmissionCheck.path("materials", i, "source"), TEXT_MAX);
        }
        if (c.service() != null) {
            Service s = c.service();
            max(p, s.channel(), "service.channel", TEXT_MAX);
            max(p, s.place(), "service.place", TEXT_MAX);
            max(p, s.hours(), "service.hours", TEXT_MAX);
            max(p, s.onlineAddress(), "service.onlineAddress", TEXT_MAX);
            max(p, s.consultationPhone(), "service.consultationPhone", TEXT_MAX);
            max(p, s.complaintPhone(), "service.complaintPhone", TEXT_MAX);
        }
        if (c.penalty() != null) {
            Penalty pe = c.penalty();
            max(p, pe.violation(), "penalty.violation", LONG_TEXT_MAX);
            max(p, pe.penaltyArticle(), "penalty.penaltyArticle", TEXT_MAX);
            for (int i = 0; i < pe.levels().size(); i++) {
                BenchmarkLevel l = pe.levels().get(i);
                max(p, l.name(), SubmissionCheck.path("penalty.levels", i, "name"), TEXT_MAX);
                max(p, l.conditions(), SubmissionCheck.path("penalty.levels", i, "conditions"), LONG_TEXT_MAX);
                max(p, l.otherSanctions(), SubmissionCheck.path("penalty.levels", i, "otherSanctions"), TEXT_MAX);
            }
            for (int i = 0; i < pe.mitigatingFactors().size(); i++) {
                max(p, pe.mitigatingFactors().get(i), "penalty.mitigatingFactors[" + i + "]", TEXT_MAX);
            }
            for (int i = 0; i < pe.aggravatingFactors().size(); i++) {
                max(p, pe.aggravatingFactors().get(i), "penalty.aggravatingFactors[" + i + "]", TEXT_MAX);
            }
        }
        for (int i = 0; i < c.responsibilities().size(); i++) {
            Responsibility r = c.responsibilities().get(i);
            max(p, r.duty(), SubmissionCheck.path("responsibilities", i, "duty"), LONG_TEXT_MAX);
            max(p, r.accountability(), SubmissionCheck.path("responsibilities", i, "accountability"), LONG_TEXT_MAX);
        }
        for (int i = 0; i < c.riskPoints().size(); i++) {
            RiskPoint r = c.riskPoints().get(i);
            max(p, r.step(), SubmissionCheck.path("riskPoints", i, "step"), TEXT_MAX);
            max(p, r.description(), SubmissionCheck.path("riskPoints", i, "description"), LONG_TEXT_MAX);
            max(p, r.prevention(), SubmissionCheck.path("riskPoints", i, "prevention"), LONG_TEXT_MAX);
            max(p, r.responsiblePost(), SubmissionCheck.path("riskPoints", i, "responsiblePost"), TEXT_MAX);
        }
        return p;
    }

    private static void max(List<FieldProblem> p, String value, String path, int max) {
        if (value != null && value.length() > max) {
            p.add(FieldProblem.of(path, "error.too-long", max));
        }
    }

    private static Contact contact(Contact c) {
        if (c == null || !any(c.name(), c.person(), c.phone())) {
            return null;
        }
        return new Contact(t(c.name()), t(c.person()), t(c.phone()));
    }

    private static TimeLimit limit(TimeLimit l) {
        return l == null || (l.days() == null && l.unit() == null) ? null : l;
    }

    private static Service service(Service s) {
        if (s == null || !any(s.channel(), s.place(), s.hours(), s.onlineAddress(), s.consultationPhone(), s.complaintPhone())) {
            return null;
        }
        return new Service(t(s.channel()), t(s.place()), t(s.hours()), t(s.onlineAddress()), t(s.consultationPhone()),
                t(s.complaintPhone()));
    }

    private static Penalty penalty(Penalty p) {
        if (p == null) {
            return null;
        }
        List<BenchmarkLevel> levels = rows(p.levels(), l -> new BenchmarkLevel(t(l.name()), t(l.conditions()), l.fineKind(),
                l.min(), l.max(), t(l.otherSanctions())),
                l -> any(l.name(), l.conditions(), l.otherSanctions()) || l.fineKind() != null || l.min() != null || l.max() != null);
        List<String> mitigating = rows(p.mitigatingFactors(), ContentRules::t, Objects::nonNull);
        List<String> aggravating = rows(p.aggravatingFactors(), ContentRules::t, Objects::nonNull);
        if (!any(p.violation(), p.penaltyArticle()) && levels.isEmpty() && mitigating.isEmpty() && aggravating.isEmpty()) {
            return null;
        }
        return new Penalty(t(p.violation()), t(p.penaltyArticle()), levels, mitigating, aggravating);
    }

    /** Tidies each row and keeps those with something in them. */
    private static <T> List<T> rows(List<T> list, Function<T, T> tidy, Predicate<T> keep) {
        if (list == null) {
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (T row : list) {
            if (row == null) {
                continue;
            }
            T tidied = tidy.apply(row);
            if (tidied != null && keep.test(tidied)) {
                out.add(tidied);
            }
        }
        return List.copyOf(out);
    }

    private static boolean any(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static String t(String s) {
        if (s == null) {
            return null;
        }
        String trimmed = s.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}

package org.sunlight.catalog.excel;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

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

/**
 * The one canonical form of a version's content, so that 'the same content' means {@code equals}:
 * a spreadsheet cannot tell an empty list from a missing one, a blank cell from a null, nor 10000 from
 * 10000.00. So: text trimmed with line ends as \n and blank text null; lists never null; parts with
 * nothing in them (contact, service, time limit, penalty) null; numbers without trailing zeros
 * (10000.00 → 10000, 0.50 → 0.5). Import stores this form, export writes it, comparisons use it.
 */
public final class ContentNormalizer {

    private ContentNormalizer() {
    }

    public static PowerItemContent normalize(PowerItemContent c) {
        if (c == null) {
            return null;
        }
        return new PowerItemContent(text(c.name()), c.category(), text(c.basicCode()), text(c.implementationCode()),
                text(c.businessItemCode()), c.level(), contact(c.hostUnit()), list(c.assistingUnits(), ContentNormalizer::contact),
                list(c.legalBases(), ContentNormalizer::basis), limit(c.statutoryLimit()), limit(c.promisedLimit()),
                list(c.fees(), ContentNormalizer::fee), text(c.conditions()), list(c.materials(), ContentNormalizer::material),
                service(c.service()), penalty(c.penalty()), list(c.responsibilities(), ContentNormalizer::responsibility),
                list(c.riskPoints(), ContentNormalizer::risk));
    }

    /** Trimmed, \r\n and \r as \n, control characters other than \n and \t removed; blank → null. */
    public static String text(String s) {
        if (s == null) {
            return null;
        }
        String t = s.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (ch >= 0x20 || ch == '\n' || ch == '\t') {
                b.append(ch);
            }
        }
        String r = b.toString().strip();
        return r.isEmpty() ? null : r;
    }

    /** Without trailing zeros and never in exponent form with a negative scale: 10000.00 → 10000. */
    public static BigDecimal number(BigDecimal n) {
        if (n == null) {
            return null;
        }
        BigDecimal s = n.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static <T> List<T> list(List<T> in, UnaryOperator<T> each) {
        if (in == null) {
            return List.of();
        }
        return in.stream().filter(Objects::nonNull).map(each).toList();
    }

    private static Contact contact(Contact c) {
        if (c == null) {
            return null;
        }
        Contact n = new Contact(text(c.name()), text(c.person()), text(c.phone()));
        return n.name() == null && n.person() == null && n.phone() == null ? null : n;
    }

    private static LegalBasis basis(LegalBasis b) {
        return new LegalBasis(text(b.law()), text(b.article()), text(b.clause()), text(b.excerpt()));
    }

    private static TimeLimit limit(TimeLimit l) {
        if (l == null || l.days() == null) {
            return null; // no days means no limit set by law; a unit alone says nothing
        }
        return l;
    }

    private static Fee fee(Fee f) {
        return new Fee(text(f.item()), text(f.basis()), text(f.standard()), number(f.amountMin()), number(f.amountMax()));
    }

    private static Material material(Material m) {
        return new Material(text(m.name()), m.form(), m.copies(), text(m.source()), m.required());
    }

    private static Service service(Service s) {
        if (s == null) {
            return null;
        }
        Service n = new Service(text(s.channel()), text(s.place()), text(s.hours()), text(s.onlineAddress()),
                text(s.consultationPhone()), text(s.complaintPhone()));
        boolean empty = n.channel() == null && n.place() == null && n.hours() == null && n.onlineAddress() == null
                && n.consultationPhone() == null && n.complaintPhone() == null;
        return empty ? null : n;
    }

    private static Penalty penalty(Penalty p) {
        if (p == null) {
            return null;
        }
        Penalty n = new Penalty(text(p.violation()), text(p.penaltyArticle()), list(p.levels(), ContentNormalizer::level),
                texts(p.mitigatingFactors()), texts(p.aggravatingFactors()));
        boolean empty = n.violation() == null && n.penaltyArticle() == null && n.levels().isEmpty()
                && n.mitigatingFactors().isEmpty() && n.aggravatingFactors().isEmpty();
        return empty ? null : n;
    }

    private static List<String> texts(List<String> in) {
        if (in == null) {
            return List.of();
        }
        return in.stream().map(ContentNormalizer::text).filter(Objects::nonNull).toList();
    }

    private static BenchmarkLevel level(BenchmarkLevel l) {
        return new BenchmarkLevel(text(l.name()), text(l.conditions()), l.fineKind(), number(l.min()), number(l.max()),
                text(l.otherSanctions()));
    }

    private static Responsibility responsibility(Responsibility r) {
        return new Responsibility(r.stage(), text(r.duty()), text(r.accountability()));
    }

    private static RiskPoint risk(RiskPoint r) {
        return new RiskPoint(text(r.step()), text(r.description()), r.grade(), text(r.prevention()), text(r.responsiblePost()),
                r.published());
    }
}

package org.sunlight.catalog.internal;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.sunlight.catalog.DiffLine.Change;
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

/**
 * Compares two contents field by field, in the order of the service guide. Lists are compared
 * entry by entry: entries are paired by what identifies them (a legal basis by law, article and
 * clause; a material by its name; a benchmark level by its name; …), so a reordered list shows no
 * change, an edited entry shows the fields that changed, and the rest are added or removed.
 * Values stay typed (enums, amounts, limits); {@link org.sunlight.catalog.VersionDiff} renders them
 * in the reader's language. Amounts compare by value (50000 equals 50000.00).
 */
public final class ContentComparison {

    /** One difference; {@code sectionKey}/{@code fieldKey} are label paths, {@code entry} the parts naming a list entry. */
    public record Raw(String path, Change change, String sectionKey, List<Object> entry, String fieldKey, Object before,
            Object after) {
    }

    private final List<Raw> out = new ArrayList<>();

    private ContentComparison() {
    }

    public static List<Raw> compare(PowerItemContent before, PowerItemContent after) {
        PowerItemContent a = ContentRules.normalize(before);
        PowerItemContent b = ContentRules.normalize(after);
        ContentComparison c = new ContentComparison();
        c.scalar("name", a.name(), b.name());
        c.scalar("category", a.category(), b.category());
        c.scalar("basicCode", a.basicCode(), b.basicCode());
        c.scalar("implementationCode", a.implementationCode(), b.implementationCode());
        c.scalar("businessItemCode", a.businessItemCode(), b.businessItemCode());
        c.scalar("level", a.level(), b.level());
        Contact ha = a.hostUnit() == null ? new Contact(null, null, null) : a.hostUnit();
        Contact hb = b.hostUnit() == null ? new Contact(null, null, null) : b.hostUnit();
        c.field("hostUnit", "name", ha.name(), hb.name());
        c.field("hostUnit", "person", ha.person(), hb.person());
        c.field("hostUnit", "phone", ha.phone(), hb.phone());
        c.list("assistingUnits", a.assistingUnits(), b.assistingUnits(), Contact::name, u -> parts(u.name()), new Fields<Contact>()
                .f("name", Contact::name).f("person", Contact::person).f("phone", Contact::phone));
        c.list("legalBases", a.legalBases(), b.legalBases(), l -> l.law() + "|" + l.article() + "|" + l.clause(),
                l -> parts(l.law(), l.article(), l.clause()), new Fields<LegalBasis>()
                        .f("law", LegalBasis::law).f("article", LegalBasis::article).f("clause", LegalBasis::clause)
                        .f("excerpt", LegalBasis::excerpt));
        c.scalar("statutoryLimit", a.statutoryLimit(), b.statutoryLimit());
        c.scalar("promisedLimit", a.promisedLimit(), b.promisedLimit());
        c.list("fees", a.fees(), b.fees(), Fee::item, f -> parts(f.item()), new Fields<Fee>()
                .f("item", Fee::item).f("basis", Fee::basis).f("standard", Fee::standard)
                .f("amountMin", Fee::amountMin).f("amountMax", Fee::amountMax));
        c.scalar("conditions", a.conditions(), b.conditions());
        c.list("materials", a.materials(), b.materials(), Material::name, m -> parts(m.name()), new Fields<Material>()
                .f("name", Material::name).f("form", Material::form).f("copies", Material::copies)
                .f("source", Material::source).f("required", Material::required));
        Service sa = a.service() == null ? new Service(null, null, null, null, null, null) : a.service();
        Service sb = b.service() == null ? new Service(null, null, null, null, null, null) : b.service();
        c.field("service", "channel", sa.channel(), sb.channel());
        c.field("service", "place", sa.place(), sb.place());
        c.field("service", "hours", sa.hours(), sb.hours());
        c.field("service", "onlineAddress", sa.onlineAddress(), sb.onlineAddress());
        c.field("service", "consultationPhone", sa.consultationPhone(), sb.consultationPhone());
        c.field("service", "complaintPhone", sa.complaintPhone(), sb.complaintPhone());
        Penalty pa = a.penalty() == null ? new Penalty(null, null, List.of(), List.of(), List.of()) : a.penalty();
        Penalty pb = b.penalty() == null ? new Penalty(null, null, List.of(), List.of(), List.of()) : b.penalty();
        c.field("penalty", "violation", pa.violation(), pb.violation());
        c.field("penalty", "penaltyArticle", pa.penaltyArticle(), pb.penaltyArticle());
        c.list("penalty.levels", pa.levels(), pb.levels(), BenchmarkLevel::name, l -> parts(l.name()), new Fields<BenchmarkLevel>()
                .f("name", BenchmarkLevel::name).f("conditions", BenchmarkLevel::conditions)
                .f("fineKind", BenchmarkLevel::fineKind).f("min", BenchmarkLevel::min).f("max", BenchmarkLevel::max)
                .f("otherSanctions", BenchmarkLevel::otherSanctions));
        c.list("penalty.mitigatingFactors", pa.mitigatingFactors(), pb.mitigatingFactors(), s -> s, s -> parts(), new Fields<String>());
        c.list("penalty.aggravatingFactors", pa.aggravatingFactors(), pb.aggravatingFactors(), s -> s, s -> parts(), new Fields<String>());
        c.list("responsibilities", a.responsibilities(), b.responsibilities(), r -> String.valueOf(r.stage()),
                r -> parts(r.stage()), new Fields<Responsibility>()
                        .f("stage", Responsibility::stage).f("duty", Responsibility::duty)
                        .f("accountability", Responsibility::accountability));
        c.list("riskPoints", a.riskPoints(), b.riskPoints(), r -> r.step() != null ? r.step() : r.description(),
                r -> parts(r.step() != null ? r.step() : r.description()), new Fields<RiskPoint>()
                        .f("step", RiskPoint::step).f("description", RiskPoint::description).f("grade", RiskPoint::grade)
                        .f("prevention", RiskPoint::prevention).f("responsiblePost", RiskPoint::responsiblePost)
                        .f("published", RiskPoint::published));
        return List.copyOf(c.out);
    }

    private void scalar(String key, Object a, Object b) {
        if (!same(a, b)) {
            out.add(new Raw(key, kind(a, b), key, List.of(), null, a, b));
        }
    }

    private void field(String section, String name, Object a, Object b) {
        if (!same(a, b)) {
            out.add(new Raw(section + "." + name, kind(a, b), section, List.of(), section + "." + name, a, b));
        }
    }

    /**
     * Pairs entries by key (in order among equal keys), reports changed fields of each pair, then the
     * entries only in {@code b} (added) and only in {@code a} (removed). Entries without named fields
     * (plain texts) are only ever added or removed.
     */
    private <T> void list(String section, List<T> a, List<T> b, Function<T, String> key, Function<T, List<Object>> entry,
            Map<String, Function<T, Object>> fields) {
        Map<String, Deque<Integer>> unmatched = new LinkedHashMap<>();
        for (int i = 0; i < a.size(); i++) {
            unmatched.computeIfAbsent(String.valueOf(key.apply(a.get(i))), k -> new ArrayDeque<>()).add(i);
        }
        boolean[] used = new boolean[a.size()];
        List<Raw> added = new ArrayList<>();
        for (int j = 0; j < b.size(); j++) {
            T nb = b.get(j);
            Deque<Integer> candidates = unmatched.get(String.valueOf(key.apply(nb)));
            Integer i = candidates == null ? null : candidates.poll();
            if (i == null) {
                added.add(new Raw(section + "[" + j + "]", Change.ADDED, section, entry.apply(nb), null, null, summary(nb, fields)));
                continue;
            }
            used[i] = true;
            T na = a.get(i);
            for (Map.Entry<String, Function<T, Object>> f : fields.entrySet()) {
                Object va = f.getValue().apply(na);
                Object vb = f.getValue().apply(nb);
                if (!same(va, vb)) {
                    out.add(new Raw(section + "[" + j + "]." + f.getKey(), kind(va, vb), section, entry.apply(nb),
                            section + "." + f.getKey(), va, vb));
                }
            }
        }
        out.addAll(added);
        for (int i = 0; i < a.size(); i++) {
            if (!used[i]) {
                out.add(new Raw(section + "[" + i + "]", Change.REMOVED, section, entry.apply(a.get(i)), null,
                        summary(a.get(i), fields), null));
            }
        }
    }

    /** A whole entry as one value: its filled fields in order, or the entry itself when it is plain text. */
    private static <T> Object summary(T row, Map<String, Function<T, Object>> fields) {
        if (fields.isEmpty()) {
            return row;
        }
        List<Object> values = new ArrayList<>();
        for (Function<T, Object> f : fields.values()) {
            Object v = f.apply(row);
            if (v != null && !(v instanceof Boolean)) {
                values.add(v);
            }
        }
        return values;
    }

    private static Change kind(Object a, Object b) {
        return a == null ? Change.ADDED : b == null ? Change.REMOVED : Change.CHANGED;
    }

    static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    private static List<Object> parts(Object... values) {
        List<Object> list = new ArrayList<>();
        for (Object v : values) {
            if (v != null) {
                list.add(v);
            }
        }
        return list;
    }

    /** The named fields of a list's entries, in display order. */
    private static final class Fields<T> extends LinkedHashMap<String, Function<T, Object>> {

        Fields<T> f(String name, Function<T, Object> getter) {
            put(name, getter);
            return this;
        }
    }
}

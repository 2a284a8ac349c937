package org.sunlight.catalog.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sunlight.catalog.LimitUnit;
import org.sunlight.catalog.PowerCategory;
import org.sunlight.catalog.PowerItemContent;
import org.sunlight.catalog.PowerItemContent.BenchmarkLevel;
import org.sunlight.catalog.PowerItemContent.Contact;
import org.sunlight.catalog.PowerItemContent.ExerciseLevel;
import org.sunlight.catalog.PowerItemContent.Fee;
import org.sunlight.catalog.PowerItemContent.FineKind;
import org.sunlight.catalog.PowerItemContent.LegalBasis;
import org.sunlight.catalog.PowerItemContent.Material;
import org.sunlight.catalog.PowerItemContent.MaterialForm;
import org.sunlight.catalog.PowerItemContent.Penalty;
import org.sunlight.catalog.PowerItemContent.Responsibility;
import org.sunlight.catalog.PowerItemContent.ResponsibilityStage;
import org.sunlight.catalog.PowerItemContent.RiskGrade;
import org.sunlight.catalog.PowerItemContent.RiskPoint;
import org.sunlight.catalog.PowerItemContent.Service;
import org.sunlight.catalog.TimeLimit;
import org.sunlight.common.FieldProblem;

/**
 * The version editor's form as the browser sends it: plain texts named by their path in the content
 * ({@code name}, {@code hostUnit.phone}, {@code legalBases[2].article}, {@code penalty.levels[0].max},
 * {@code penalty.mitigatingFactors[1]}). Kept as text so that whatever the user typed, even a wrong
 * number, comes back to them unchanged beside its error. Rows can be added and removed without
 * saving (the editor's add/remove buttons).
 */
public final class ContentForm {

    /** The lists of the editor and their fields; a list with the field "" holds plain texts. */
    static final Map<String, List<String>> LISTS = new LinkedHashMap<>();

    static {
        LISTS.put("assistingUnits", List.of("name", "person", "phone"));
        LISTS.put("legalBases", List.of("law", "article", "clause", "excerpt"));
        LISTS.put("fees", List.of("item", "basis", "standard", "amountMin", "amountMax"));
        LISTS.put("materials", List.of("name", "form", "copies", "source", "required"));
        LISTS.put("penalty.levels", List.of("name", "conditions", "fineKind", "min", "max", "otherSanctions"));
        LISTS.put("penalty.mitigatingFactors", List.of(""));
        LISTS.put("penalty.aggravatingFactors", List.of(""));
        LISTS.put("responsibilities", List.of("stage", "duty", "accountability"));
        LISTS.put("riskPoints", List.of("step", "description", "grade", "prevention", "responsiblePost", "published"));
    }

    static final List<String> SCALARS = List.of("name", "category", "basicCode", "implementationCode", "businessItemCode",
            "level", "hostUnit.name", "hostUnit.person", "hostUnit.phone", "statutoryLimit.days", "statutoryLimit.unit",
            "promisedLimit.days", "promisedLimit.unit", "conditions", "service.channel", "service.place", "service.hours",
            "service.onlineAddress", "service.consultationPhone", "service.complaintPhone", "penalty.violation",
            "penalty.penaltyArticle");

    private static final Pattern ROW = Pattern.compile("^([A-Za-z.]+)\\[(\\d{1,4})](?:\\.([A-Za-z]+))?$");

    private final Map<String, String> values = new HashMap<>();
    private final Map<String, List<Map<String, String>>> rows = new LinkedHashMap<>();

    private ContentForm() {
        LISTS.keySet().forEach(l -> rows.put(l, new ArrayList<>()));
    }

    /** What the browser sent; unknown names are ignored, rows are renumbered in order. */
    static ContentForm fromParameters(Map<String, String[]> params) {
        ContentForm form = new ContentForm();
        Map<String, TreeMap<Integer, Map<String, String>>> found = new HashMap<>();
        for (Map.Entry<String, String[]> e : params.entrySet()) {
            String name = e.getKey();
            String value = joined(e.getValue());
            if (SCALARS.contains(name)) {
                form.values.put(name, value);
                continue;
            }
            Matcher m = ROW.matcher(name);
            if (m.matches() && LISTS.containsKey(m.group(1))) {
                String field = m.group(3) == null ? "" : m.group(3);
                if (LISTS.get(m.group(1)).contains(field)) {
                    found.computeIfAbsent(m.group(1), k -> new TreeMap<>())
                            .computeIfAbsent(Integer.parseInt(m.group(2)), k -> new HashMap<>()).put(field, value);
                }
            }
        }
        found.forEach((list, byIndex) -> form.rows.get(list).addAll(byIndex.values()));
        return form;
    }

    /** A checkbox sends "false" from its hidden twin and "true" when ticked: any "true" wins. */
    private static String joined(String[] values) {
        if (values == null || values.length == 0) {
            return "";
        }
        if (values.length > 1) {
            for (String v : values) {
                if ("true".equals(v)) {
                    return "true";
                }
            }
        }
        return values[values.length - 1];
    }

    static ContentForm of(PowerItemContent c) {
        ContentForm f = new ContentForm();
        f.put("name", c.name());
        f.put("category", c.category());
        f.put("basicCode", c.basicCode());
        f.put("implementationCode", c.implementationCode());
        f.put("businessItemCode", c.businessItemCode());
        f.put("level", c.level());
        if (c.hostUnit() != null) {
            f.put("hostUnit.name", c.hostUnit().name());
            f.put("hostUnit.person", c.hostUnit().person());
            f.put("hostUnit.phone", c.hostUnit().phone());
        }
        limit(f, "statutoryLimit", c.statutoryLimit());
        limit(f, "promisedLimit", c.promisedLimit());
        f.put("conditions", c.conditions());
        if (c.service() != null) {
            Service s = c.service();
            f.put("service.channel", s.channel());
            f.put("service.place", s.place());
            f.put("service.hours", s.hours());
            f.put("service.onlineAddress", s.onlineAddress());
            f.put("service.consultationPhone", s.consultationPhone());
            f.put("service.complaintPhone", s.complaintPhone());
        }
        each(f, "assistingUnits", c.assistingUnits(), u -> row("name", u.name(), "person", u.person(), "phone", u.phone()));
        each(f, "legalBases", c.legalBases(), b -> row("law", b.law(), "article", b.article(), "clause", b.clause(),
                "excerpt", b.excerpt()));
        each(f, "fees", c.fees(), x -> row("item", x.item(), "basis", x.basis(), "standard", x.standard(),
                "amountMin", x.amountMin(), "amountMax", x.amountMax()));
        each(f, "materials", c.materials(), m -> row("name", m.name(), "form", m.form(), "copies", m.copies(),
                "source", m.source(), "required", m.required()));
        if (c.penalty() != null) {
            Penalty p = c.penalty();
            f.put("penalty.violation", p.violation());
            f.put("penalty.penaltyArticle", p.penaltyArticle());
            each(f, "penalty.levels", p.levels(), l -> row("name", l.name(), "conditions", l.conditions(),
                    "fineKind", l.fineKind(), "min", l.min(), "max", l.max(), "otherSanctions", l.otherSanctions()));
            each(f, "penalty.mitigatingFactors", p.mitigatingFactors(), s -> row("", s));
            each(f, "penalty.aggravatingFactors", p.aggravatingFactors(), s -> row("", s));
        }
        each(f, "responsibilities", c.responsibilities(), r -> row("stage", r.stage(), "duty", r.duty(),
                "accountability", r.accountability()));
        each(f, "riskPoints", c.riskPoints(), r -> row("step", r.step(), "description", r.description(), "grade", r.grade(),
                "prevention", r.prevention(), "responsiblePost", r.responsiblePost(), "published", r.published()));
        return f;
    }

    // ---- reading (templates)

    public String v(String name) {
        return values.getOrDefault(name, "");
    }

    public List<Map<String, String>> rows(String list) {
        return rows.getOrDefault(list, List.of());
    }

    // ---- add and remove rows without saving

    void addRow(String list) {
        if (LISTS.containsKey(list)) {
            Map<String, String> row = new HashMap<>();
            if (list.equals("materials")) {
                row.put("copies", "1");
                row.put("required", "true");
            }
            rows.get(list).add(row);
        }
    }

    /** {@code spec} is "list:index", as the remove buttons send it. */
    void removeRow(String spec) {
        int colon = spec.lastIndexOf(':');
        if (colon < 0) {
            return;
        }
        List<Map<String, String>> list = rows.get(spec.substring(0, colon));
        try {
            int index = Integer.parseInt(spec.substring(colon + 1));
            if (list != null && index >= 0 && index < list.size()) {
                list.remove(index);
            }
        } catch (NumberFormatException e) {
            // a hand-made request: nothing to remove
        }
    }

    // ---- to content

    /** The content, or the problems of texts that are not what their field needs (a number, a choice). */
    record Parsed(PowerItemContent content, List<FieldProblem> problems) {
    }

    Parsed toContent() {
        List<FieldProblem> problems = new ArrayList<>();
        Reader r = new Reader(problems);
        PowerItemContent content = new PowerItemContent(
                r.text(v("name")), r.choice(PowerCategory.class, "category", v("category")),
                r.text(v("basicCode")), r.text(v("implementationCode")), r.text(v("businessItemCode")),
                r.choice(ExerciseLevel.class, "level", v("level")),
                new Contact(r.text(v("hostUnit.name")), r.text(v("hostUnit.person")), r.text(v("hostUnit.phone"))),
                r.rows("assistingUnits", (x, p) -> new Contact(r.text(x.get("name")), r.text(x.get("person")), r.text(x.get("phone")))),
                r.rows("legalBases", (x, p) -> new LegalBasis(r.text(x.get("law")), r.text(x.get("article")),
                        r.text(x.get("clause")), r.text(x.get("excerpt")))),
                r.limit("statutoryLimit"), r.limit("promisedLimit"),
                r.rows("fees", (x, p) -> new Fee(r.text(x.get("item")), r.text(x.get("basis")), r.text(x.get("standard")),
                        r.amount(p + ".amountMin", x.get("amountMin")), r.amount(p + ".amountMax", x.get("amountMax")))),
                r.text(v("conditions")),
                r.rows("materials", (x, p) -> new Material(r.text(x.get("name")),
                        r.choice(MaterialForm.class, p + ".form", x.get("form")), r.copies(p + ".copies", x.get("copies")),
                        r.text(x.get("source")), "true".equals(x.get("required")))),
                new Service(r.text(v("service.channel")), r.text(v("service.place")), r.text(v("service.hours")),
                        r.text(v("service.onlineAddress")), r.text(v("service.consultationPhone")), r.text(v("service.complaintPhone"))),
                new Penalty(r.text(v("penalty.violation")), r.text(v("penalty.penaltyArticle")),
                        r.rows("penalty.levels", (x, p) -> new BenchmarkLevel(r.text(x.get("name")), r.text(x.get("conditions")),
                                r.choice(FineKind.class, p + ".fineKind", x.get("fineKind")), r.amount(p + ".min", x.get("min")),
                                r.amount(p + ".max", x.get("max")), r.text(x.get("otherSanctions")))),
                        r.rows("penalty.mitigatingFactors", (x, p) -> r.text(x.get(""))),
                        r.rows("penalty.aggravatingFactors", (x, p) -> r.text(x.get("")))),
                r.rows("responsibilities", (x, p) -> new Responsibility(
                        r.choice(ResponsibilityStage.class, p + ".stage", x.get("stage")), r.text(x.get("duty")),
                        r.text(x.get("accountability")))),
                r.rows("riskPoints", (x, p) -> new RiskPoint(r.text(x.get("step")), r.text(x.get("description")),
                        r.choice(RiskGrade.class, p + ".grade", x.get("grade")), r.text(x.get("prevention")),
                        r.text(x.get("responsiblePost")), "true".equals(x.get("published")))));
        return new Parsed(content, problems);
    }

    /** Reads texts into values, noting each that does not fit. */
    private final class Reader {

        private final List<FieldProblem> problems;

        Reader(List<FieldProblem> problems) {
            this.problems = problems;
        }

        String text(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }

        <E extends Enum<E>> E choice(Class<E> type, String path, String s) {
            if (s == null || s.isBlank()) {
                return null;
            }
            try {
                return Enum.valueOf(type, s.strip());
            } catch (IllegalArgumentException e) {
                problems.add(FieldProblem.of(path, "error.format"));
                return null;
            }
        }

        BigDecimal amount(String path, String s) {
            if (s == null || s.isBlank()) {
                return null;
            }
            try {
                return new BigDecimal(s.strip().replace(",", "").replace("，", ""));
            } catch (NumberFormatException e) {
                problems.add(FieldProblem.of(path, "catalog.form.number"));
                return null;
            }
        }

        Integer whole(String path, String s) {
            if (s == null || s.isBlank()) {
                return null;
            }
            try {
                return Integer.valueOf(s.strip());
            } catch (NumberFormatException e) {
                problems.add(FieldProblem.of(path, "catalog.form.whole-number"));
                return null;
            }
        }

        /** Copies default to 1 when left empty. */
        int copies(String path, String s) {
            Integer n = whole(path, s);
            return n == null ? 1 : n;
        }

        TimeLimit limit(String prefix) {
            Integer days = whole(prefix + ".days", v(prefix + ".days"));
            LimitUnit unit = choice(LimitUnit.class, prefix + ".unit", v(prefix + ".unit"));
            return days == null && unit == null ? null : new TimeLimit(days, unit);
        }

        <T> List<T> rows(String list, java.util.function.BiFunction<Map<String, String>, String, T> read) {
            List<T> out = new ArrayList<>();
            List<Map<String, String>> source = ContentForm.this.rows(list);
            for (int i = 0; i < source.size(); i++) {
                out.add(read.apply(source.get(i), list + "[" + i + "]"));
            }
            return out;
        }
    }

    // ---- helpers

    private void put(String name, Object value) {
        if (value != null) {
            values.put(name, value instanceof BigDecimal d ? d.toPlainString() : value instanceof Enum<?> e ? e.name() : value.toString());
        }
    }

    private static void limit(ContentForm f, String prefix, TimeLimit limit) {
        if (limit != null) {
            f.put(prefix + ".days", limit.days());
            f.put(prefix + ".unit", limit.unit());
        }
    }

    private static <T> void each(ContentForm f, String list, List<T> items, Function<T, Map<String, String>> row) {
        if (items != null) {
            items.forEach(i -> f.rows.get(list).add(row.apply(i)));
        }
    }

    private static Map<String, String> row(Object... pairs) {
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            Object v = pairs[i + 1];
            if (v != null) {
                row.put((String) pairs[i], v instanceof BigDecimal d ? d.toPlainString() : v instanceof Enum<?> e ? e.name() : v.toString());
            }
        }
        return row;
    }
}

package org.sunlight.catalog.publicweb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.sunlight.catalog.PowerItemContent;

/**
 * A small stand-in diff (see {@link VersionChanges}: to be replaced by catalog-core's VersionDiff). The
 * guide is rendered section by section as lines of text; a longest-common-subsequence over the lines of
 * each section gives the lines removed and added, so moving nothing and changing one material shows
 * exactly that material.
 */
@Component
class SimpleVersionChanges implements VersionChanges {

    private final Labels labels;

    SimpleVersionChanges(Labels labels) {
        this.labels = labels;
    }

    @Override
    public List<Change> between(PowerItemContent older, PowerItemContent newer, Locale locale) {
        Map<String, List<String>> before = sections(older, locale);
        Map<String, List<String>> after = sections(newer, locale);
        List<Change> changes = new ArrayList<>();
        for (String key : after.keySet()) {
            List<String> a = before.getOrDefault(key, List.of());
            List<String> b = after.get(key);
            if (!a.equals(b)) {
                boolean[][] kept = lcs(a, b);
                List<String> removed = new ArrayList<>();
                List<String> added = new ArrayList<>();
                for (int i = 0; i < a.size(); i++) {
                    if (!kept[0][i]) {
                        removed.add(a.get(i));
                    }
                }
                for (int j = 0; j < b.size(); j++) {
                    if (!kept[1][j]) {
                        added.add(b.get(j));
                    }
                }
                changes.add(new Change(key, removed, added));
            }
        }
        return changes;
    }

    /** Marks, for each line of a and of b, whether it belongs to a longest common subsequence. */
    static boolean[][] lcs(List<String> a, List<String> b) {
        int[][] len = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                len[i][j] = a.get(i).equals(b.get(j)) ? len[i + 1][j + 1] + 1 : Math.max(len[i + 1][j], len[i][j + 1]);
            }
        }
        boolean[][] kept = {new boolean[a.size()], new boolean[b.size()]};
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                kept[0][i++] = true;
                kept[1][j++] = true;
            } else if (len[i + 1][j] >= len[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return kept;
    }

    private Map<String, List<String>> sections(PowerItemContent c, Locale l) {
        Map<String, List<String>> s = new LinkedHashMap<>();
        s.put("name", lines(c.name()));
        s.put("category", lines(labels.category(c.category(), l)));
        s.put("codes", lines(c.basicCode(), c.implementationCode(), c.businessItemCode()));
        s.put("level", lines(labels.of(c.level(), l)));
        s.put("host-unit", c.hostUnit() == null ? List.of() : lines(join(c.hostUnit().name(), c.hostUnit().person(), c.hostUnit().phone())));
        s.put("assisting-units", list(c.assistingUnits()).stream().map(u -> join(u.name(), u.person(), u.phone())).toList());
        s.put("legal-bases", list(c.legalBases()).stream().map(b -> join(b.law(), b.article(), b.clause(), b.excerpt())).toList());
        s.put("limits", lines(labels.msg("catalog-public.guide.statutory-limit", l) + "：" + labels.limit(c.statutoryLimit(), l),
                labels.msg("catalog-public.guide.promised-limit", l) + "：" + labels.limit(c.promisedLimit(), l)));
        s.put("fees", list(c.fees()).stream().map(f -> join(f.item(), f.basis(), f.standard(), labels.feeAmount(f, l))).toList());
        s.put("conditions", c.conditions() == null ? List.of() : c.conditions().lines().map(String::strip).filter(x -> !x.isEmpty()).toList());
        s.put("materials", list(c.materials()).stream().map(m -> join(m.name(), labels.of(m.form(), l),
                labels.msg("catalog-public.guide.copies-n", l, m.copies()), m.source(),
                labels.msg(m.required() ? "catalog-public.guide.required" : "catalog-public.guide.optional", l))).toList());
        s.put("service", c.service() == null ? List.of() : lines(c.service().channel(), c.service().place(), c.service().hours(),
                c.service().onlineAddress(), c.service().consultationPhone(), c.service().complaintPhone()));
        if (c.penalty() != null) {
            List<String> p = new ArrayList<>(lines(c.penalty().violation(), c.penalty().penaltyArticle()));
            list(c.penalty().levels()).forEach(v -> p.add(join(v.name(), v.conditions(), labels.fine(v, l), v.otherSanctions())));
            list(c.penalty().mitigatingFactors()).forEach(f -> p.add(labels.msg("catalog-public.guide.mitigating", l) + "：" + f));
            list(c.penalty().aggravatingFactors()).forEach(f -> p.add(labels.msg("catalog-public.guide.aggravating", l) + "：" + f));
            s.put("penalty", p);
        } else {
            s.put("penalty", List.of());
        }
        s.put("responsibilities", list(c.responsibilities()).stream()
                .map(r -> join(labels.of(r.stage(), l), r.duty(), r.accountability())).toList());
        s.put("risk-points", list(c.riskPoints()).stream()
                .map(r -> join(r.step(), r.description(), labels.of(r.grade(), l), r.prevention(), r.responsiblePost())).toList());
        return s;
    }

    private static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l;
    }

    private static List<String> lines(String... values) {
        return Stream.of(values).filter(Objects::nonNull).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    private static String join(String... parts) {
        return Stream.of(parts).filter(Objects::nonNull).map(String::strip).filter(v -> !v.isEmpty()).collect(Collectors.joining(" · "));
    }
}

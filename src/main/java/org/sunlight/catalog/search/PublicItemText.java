package org.sunlight.catalog.search;

import java.util.StringJoiner;

import org.sunlight.catalog.PowerItemContent;

/**
 * The searchable text of an item besides its name: category, codes, department and units, legal basis,
 * conditions, materials, fees, the penalty's violation and article, and the published risk points.
 * Responsibility lists are left out on purpose: they are near-identical boilerplate in every item and
 * would make common words match everything. Lines keep the parts apart for highlighted snippets.
 */
public final class PublicItemText {

    private PublicItemText() {
    }

    public static String of(PowerItemContent content, String departmentName, String regionNames) {
        PowerItemContent c = PublicContent.of(content);
        StringJoiner text = new StringJoiner("\n");
        add(text, c.category() == null ? null : c.category().chineseName());
        add(text, departmentName);
        add(text, regionNames);
        add(text, join(" ", c.basicCode(), c.implementationCode(), c.businessItemCode()));
        if (c.hostUnit() != null) {
            add(text, c.hostUnit().name());
        }
        c.assistingUnits().forEach(u -> add(text, u.name()));
        c.legalBases().forEach(b -> add(text, join(" ", b.law(), b.article(), b.clause(), b.excerpt())));
        add(text, c.conditions());
        c.materials().forEach(m -> add(text, m.name()));
        c.fees().forEach(f -> add(text, join(" ", f.item(), f.basis(), f.standard())));
        if (c.penalty() != null) {
            add(text, c.penalty().violation());
            add(text, c.penalty().penaltyArticle());
        }
        c.riskPoints().forEach(r -> add(text, join(" ", r.step(), r.description())));
        return text.toString();
    }

    private static void add(StringJoiner text, String part) {
        if (part != null && !part.isBlank()) {
            text.add(part.strip());
        }
    }

    private static String join(String sep, String... parts) {
        StringJoiner j = new StringJoiner(sep);
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                j.add(p.strip());
            }
        }
        return j.toString();
    }
}

package org.sunlight.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.sunlight.catalog.DiffLine.Change;
import org.sunlight.catalog.PowerItemContent.BenchmarkLevel;
import org.sunlight.catalog.PowerItemContent.FineKind;
import org.sunlight.catalog.PowerItemContent.LegalBasis;
import org.sunlight.catalog.PowerItemContent.Penalty;
import org.sunlight.catalog.internal.ContentComparison;
import org.sunlight.catalog.internal.ContentComparison.Raw;

/** The field-by-field, entry-by-entry comparison behind the readable diff. */
class ContentComparisonTests {

    @Test
    void identicalContentsDifferInNothing() {
        PowerItemContent c = CatalogTestData.penalty("x");
        assertThat(ContentComparison.compare(c, c)).isEmpty();
    }

    @Test
    void scalarsListEntriesAndEntryFieldsAreReportedSeparately() {
        PowerItemContent before = CatalogTestData.penalty("对未取得资质证书从事物业管理的处罚");
        Penalty p = before.penalty();
        PowerItemContent after = new PowerItemContent("对物业服务企业无资质经营的处罚", before.category(), before.basicCode(),
                before.implementationCode(), before.businessItemCode(), before.level(), before.hostUnit(), List.of(),
                List.of(before.legalBases().get(0), new LegalBasis("《行政处罚法》", "第三十二条", null, null)),
                before.statutoryLimit(), new TimeLimit(45, LimitUnit.NATURAL_DAYS), before.fees(), before.conditions(),
                before.materials(), before.service(),
                new Penalty(p.violation(), p.penaltyArticle(), List.of(
                        new BenchmarkLevel("一般", "首次违法且及时改正", FineKind.AMOUNT, new BigDecimal("50000.00"), new BigDecimal("80000"), "没收违法所得"),
                        p.levels().get(1)), p.mitigatingFactors(), List.of("拒不改正", "造成严重后果")),
                before.responsibilities(), before.riskPoints());

        List<Raw> lines = ContentComparison.compare(before, after);
        assertThat(lines).extracting(Raw::path, Raw::change).containsExactly(
                tuple("name", Change.CHANGED),
                tuple("assistingUnits[0]", Change.REMOVED),
                tuple("legalBases[1]", Change.ADDED),
                tuple("promisedLimit", Change.CHANGED),
                tuple("penalty.levels[0].max", Change.CHANGED),   // 50000 = 50000.00: only max changed
                tuple("penalty.aggravatingFactors[1]", Change.ADDED));
        Raw max = lines.get(4);
        assertThat(max.entry()).containsExactly("一般");
        assertThat((BigDecimal) max.before()).isEqualByComparingTo("70000");
        assertThat((BigDecimal) max.after()).isEqualByComparingTo("80000");
    }

    /** Property: reordering any list of a content shows no difference (entries are matched by what they are). */
    @Test
    void reorderingListsChangesNothing() {
        Random random = new Random(7L);
        for (int i = 0; i < 100; i++) {
            PowerItemContent c = CatalogTestData.penalty("x" + i);
            List<LegalBasis> bases = new ArrayList<>(List.of(new LegalBasis("法A", "第" + i + "条", null, null),
                    new LegalBasis("法B", "第二条", "第一款", "x"), new LegalBasis("法C", "第三条", null, null)));
            List<BenchmarkLevel> levels = new ArrayList<>(c.penalty().levels());
            PowerItemContent a = withLists(c, bases, levels);
            Collections.shuffle(bases, random);
            Collections.shuffle(levels, random);
            PowerItemContent b = withLists(c, bases, levels);
            assertThat(ContentComparison.compare(a, b)).as("shuffle #%d: %s", i, bases).isEmpty();
        }
    }

    private static PowerItemContent withLists(PowerItemContent c, List<LegalBasis> bases, List<BenchmarkLevel> levels) {
        Penalty p = c.penalty();
        return new PowerItemContent(c.name(), c.category(), c.basicCode(), c.implementationCode(), c.businessItemCode(), c.level(),
                c.hostUnit(), c.assistingUnits(), List.copyOf(bases), c.statutoryLimit(), c.promisedLimit(), c.fees(), c.conditions(),
                c.materials(), c.service(), new Penalty(p.violation(), p.penaltyArticle(), List.copyOf(levels), p.mitigatingFactors(),
                        p.aggravatingFactors()), c.responsibilities(), c.riskPoints());
    }
}

package org.sunlight.catalog.publicweb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.sunlight.catalog.PowerCategory;
import org.sunlight.catalog.PowerItemContent;
import org.sunlight.catalog.PowerItemContent.Material;
import org.sunlight.catalog.PowerItemContent.MaterialForm;
import org.sunlight.catalog.search.CatalogFixture;

/** The stand-in diff: only the sections that changed, with exactly the lines removed and added. */
class SimpleVersionChangesTests {

    private final SimpleVersionChanges changes = new SimpleVersionChanges(new Labels(new StaticMessageSource()));

    private static PowerItemContent withMaterials(PowerItemContent c, List<Material> materials) {
        return new PowerItemContent(c.name(), c.category(), c.basicCode(), c.implementationCode(), c.businessItemCode(), c.level(),
                c.hostUnit(), c.assistingUnits(), c.legalBases(), c.statutoryLimit(), c.promisedLimit(), c.fees(), c.conditions(),
                materials, c.service(), c.penalty(), c.responsibilities(), c.riskPoints());
    }

    @Test
    void oneChangedMaterialIsOneLineOutAndOneIn() {
        PowerItemContent v1 = CatalogFixture.content("对违规行为的处罚", PowerCategory.PENALTY);
        List<Material> materials = new ArrayList<>(v1.materials());
        materials.set(0, new Material("营业执照原件", MaterialForm.PAPER, 1, "申请人自备", true));
        List<VersionChanges.Change> diff = changes.between(v1, withMaterials(v1, materials), Locale.SIMPLIFIED_CHINESE);
        assertThat(diff).hasSize(1);
        assertThat(diff.get(0).sectionKey()).isEqualTo("materials");
        assertThat(diff.get(0).removed()).singleElement().asString().startsWith("营业执照副本复印件");
        assertThat(diff.get(0).added()).singleElement().asString().startsWith("营业执照原件");
        assertThat(changes.between(v1, v1, Locale.SIMPLIFIED_CHINESE)).isEmpty();
    }

    /** Property: the lines kept by the LCS are a common subsequence, and removed + kept = old, added + kept = new. */
    @Test
    void theLinesKeptAreACommonSubsequenceOfBothSides() {
        Random random = new Random(7);
        for (int run = 0; run < 500; run++) {
            List<String> a = lines(random);
            List<String> b = lines(random);
            boolean[][] kept = SimpleVersionChanges.lcs(a, b);
            List<String> keptA = new ArrayList<>();
            List<String> keptB = new ArrayList<>();
            for (int i = 0; i < a.size(); i++) {
                if (kept[0][i]) {
                    keptA.add(a.get(i));
                }
            }
            for (int j = 0; j < b.size(); j++) {
                if (kept[1][j]) {
                    keptB.add(b.get(j));
                }
            }
            assertThat(keptA).as("run %d: %s vs %s", run, a, b).isEqualTo(keptB);
            assertThat(keptA.size()).as("run %d: %s vs %s", run, a, b).isEqualTo(lcsLength(a, b));
        }
    }

    private static List<String> lines(Random random) {
        List<String> lines = new ArrayList<>();
        int n = random.nextInt(8);
        for (int i = 0; i < n; i++) {
            lines.add("第" + random.nextInt(4) + "条");
        }
        return lines;
    }

    /** Plain recursive LCS length as the reference. */
    private static int lcsLength(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (a.get(0).equals(b.get(0))) {
            return 1 + lcsLength(a.subList(1, a.size()), b.subList(1, b.size()));
        }
        return Math.max(lcsLength(a.subList(1, a.size()), b), lcsLength(a, b.subList(1, b.size())));
    }
}

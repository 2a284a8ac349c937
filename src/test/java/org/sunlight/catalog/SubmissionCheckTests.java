package org.sunlight.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.sunlight.catalog.PowerItemContent.BenchmarkLevel;
import org.sunlight.catalog.PowerItemContent.FineKind;
import org.sunlight.catalog.PowerItemContent.Penalty;
import org.sunlight.catalog.internal.ContentRules;
import org.sunlight.catalog.internal.SubmissionCheck;
import org.sunlight.common.FieldProblem;

/** What submission requires, field by field: each gap is named with its own path. */
class SubmissionCheckTests {

    private static List<String> fields(PowerItemContent c) {
        return SubmissionCheck.problems(ContentRules.normalize(c)).stream().map(FieldProblem::field).toList();
    }

    @Test
    void completeContentsPass() {
        assertThat(fields(CatalogTestData.penalty("对未取得资质从事物业管理的处罚"))).isEmpty();
        assertThat(fields(CatalogTestData.licensing("商品房预售许可"))).isEmpty();
    }

    @Test
    void anEmptyDraftNamesEveryRequiredField() {
        assertThat(fields(ContentRules.empty())).containsExactly("name", "category", "level", "hostUnit.name", "hostUnit.phone",
                "legalBases", "promisedLimit.days", "promisedLimit.unit", "service.consultationPhone",
                "service.complaintPhone", "responsibilities");
    }

    @Test
    void aPenaltyNeedsItsViolationArticleAndBenchmark() {
        PowerItemContent c = CatalogTestData.penalty("x");
        PowerItemContent noPenalty = with(c, null);
        assertThat(fields(noPenalty)).containsExactly("penalty.violation", "penalty.penaltyArticle", "penalty.levels");
    }

    @Test
    void eachBenchmarkLevelIsCheckedAndNamedByItsIndex() {
        PowerItemContent c = CatalogTestData.penalty("x");
        Penalty p = new Penalty("违法行为", "第六十条", List.of(
                new BenchmarkLevel("一般", "首次", FineKind.AMOUNT, new BigDecimal("5000"), new BigDecimal("10000"), null),
                new BenchmarkLevel("较重", "再次", FineKind.AMOUNT, new BigDecimal("30000"), new BigDecimal("20000"), null),
                new BenchmarkLevel(null, "情形", null, null, null, null),
                new BenchmarkLevel("一般", "重复", FineKind.MULTIPLE_OF_GAINS, null, new BigDecimal("3"), null),
                new BenchmarkLevel("轻微", "初次", FineKind.NONE, null, null, null)),
                List.of(), List.of());
        assertThat(fields(with(c, p))).containsExactly(
                "penalty.levels[1].max",          // 30000 > 20000
                "penalty.levels[2].name", "penalty.levels[2].fineKind",
                "penalty.levels[3].name",         // 一般 twice
                "penalty.levels[3].min",          // a multiple needs both bounds
                "penalty.levels[4].otherSanctions"); // no fine: say what instead
    }

    @Test
    void aLicenceNeedsConditionsAndMaterials() {
        PowerItemContent l = CatalogTestData.licensing("x");
        PowerItemContent bare = new PowerItemContent(l.name(), l.category(), null, null, null, l.level(), l.hostUnit(), List.of(),
                l.legalBases(), l.statutoryLimit(), l.promisedLimit(), List.of(), null, List.of(), l.service(), null,
                l.responsibilities(), List.of());
        assertThat(fields(bare)).containsExactlyInAnyOrder("conditions", "materials");
    }

    @Test
    void onlyPenaltiesCarryABenchmark() {
        PowerItemContent l = CatalogTestData.licensing("x");
        PowerItemContent withPenalty = new PowerItemContent(l.name(), l.category(), null, null, null, l.level(), l.hostUnit(), List.of(),
                l.legalBases(), l.statutoryLimit(), l.promisedLimit(), l.fees(), l.conditions(), l.materials(), l.service(),
                CatalogTestData.penalty("x").penalty(), l.responsibilities(), List.of());
        assertThat(fields(withPenalty)).containsExactly("penalty");
    }

    @Test
    void thePromiseMayNotExceedTheLawInTheSameUnit() {
        PowerItemContent l = CatalogTestData.licensing("x");
        PowerItemContent slow = new PowerItemContent(l.name(), l.category(), null, null, null, l.level(), l.hostUnit(), List.of(),
                l.legalBases(), new TimeLimit(20, LimitUnit.WORKING_DAYS), new TimeLimit(25, LimitUnit.WORKING_DAYS), l.fees(),
                l.conditions(), l.materials(), l.service(), null, l.responsibilities(), List.of());
        assertThat(fields(slow)).containsExactly("promisedLimit.days");
    }

    /**
     * Property: removing any one required scalar from a complete penalty item makes submission name
     * exactly that field (checked over many seeded-random choices and blank spellings).
     */
    @Test
    void removingAnyRequiredFieldNamesExactlyThatField() {
        Random random = new Random(20261102L);
        String[] blanks = {null, "", "   ", "\t"};
        for (int i = 0; i < 200; i++) {
            PowerItemContent c = CatalogTestData.penalty("处罚事项" + i);
            int which = random.nextInt(6);
            String blank = blanks[random.nextInt(blanks.length)];
            PowerItemContent broken = switch (which) {
                case 0 -> new PowerItemContent(blank, c.category(), c.basicCode(), c.implementationCode(), c.businessItemCode(), c.level(),
                        c.hostUnit(), c.assistingUnits(), c.legalBases(), c.statutoryLimit(), c.promisedLimit(), c.fees(), c.conditions(),
                        c.materials(), c.service(), c.penalty(), c.responsibilities(), c.riskPoints());
                case 1 -> new PowerItemContent(c.name(), c.category(), c.basicCode(), c.implementationCode(), c.businessItemCode(), c.level(),
                        new PowerItemContent.Contact(c.hostUnit().name(), c.hostUnit().person(), blank), c.assistingUnits(),
                        c.legalBases(), c.statutoryLimit(), c.promisedLimit(), c.fees(), c.conditions(), c.materials(), c.service(),
                        c.penalty(), c.responsibilities(), c.riskPoints());
                case 2 -> new PowerItemContent(c.name(), c.category(), c.basicCode(), c.implementationCode(), c.businessItemCode(), c.level(),
                        c.hostUnit(), c.assistingUnits(), List.of(new PowerItemContent.LegalBasis("《物业管理条例》", blank, null, null)),
                        c.statutoryLimit(), c.promisedLimit(), c.fees(), c.conditions(), c.materials(), c.service(), c.penalty(),
                        c.responsibilities(), c.riskPoints());
                case 3 -> with(c, new Penalty(blank, c.penalty().penaltyArticle(), c.penalty().levels(), List.of(), List.of()));
                case 4 -> new PowerItemContent(c.name(), c.category(), c.basicCode(), c.implementationCode(), c.businessItemCode(), c.level(),
                        c.hostUnit(), c.assistingUnits(), c.legalBases(), c.statutoryLimit(), c.promisedLimit(), c.fees(), c.conditions(),
                        c.materials(), new PowerItemContent.Service(null, null, null, null, "0514-1", blank), c.penalty(),
                        c.responsibilities(), c.riskPoints());
                default -> new PowerItemContent(c.name(), c.category(), c.basicCode(), c.implementationCode(), c.businessItemCode(), c.level(),
                        c.hostUnit(), c.assistingUnits(), c.legalBases(), c.statutoryLimit(), c.promisedLimit(), c.fees(), c.conditions(),
                        c.materials(), c.service(), c.penalty(),
                        List.of(new PowerItemContent.Responsibility(PowerItemContent.ResponsibilityStage.REVIEW, "审查", blank)),
                        c.riskPoints());
            };
            String expected = switch (which) {
                case 0 -> "name";
                case 1 -> "hostUnit.phone";
                case 2 -> "legalBases[0].article";
                case 3 -> "penalty.violation";
                case 4 -> "service.complaintPhone";
                default -> "responsibilities[0].accountability";
            };
            assertThat(fields(broken)).as("case %d, blank %s", which, blank == null ? "null" : "'" + blank + "'").containsExactly(expected);
        }
    }

    private static PowerItemContent with(PowerItemContent c, Penalty p) {
        return new PowerItemContent(c.name(), c.category(), c.basicCode(), c.implementationCode(), c.businessItemCode(), c.level(),
                c.hostUnit(), c.assistingUnits(), c.legalBases(), c.statutoryLimit(), c.promisedLimit(), c.fees(), c.conditions(),
                c.materials(), c.service(), p, c.responsibilities(), c.riskPoints());
    }
}

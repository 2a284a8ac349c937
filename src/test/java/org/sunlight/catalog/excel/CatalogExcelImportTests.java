package org.sunlight.catalog.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.sunlight.catalog.excel.ExcelSchema.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.sunlight.IntegrationTest;
import org.sunlight.TestUsers;
import org.sunlight.catalog.CatalogQueries;
import org.sunlight.catalog.LimitUnit;
import org.sunlight.catalog.PowerCategory;
import org.sunlight.catalog.PowerItemContent;
import org.sunlight.catalog.PowerItemContent.BenchmarkLevel;
import org.sunlight.catalog.PowerItemContent.Contact;
import org.sunlight.catalog.PowerItemContent.Fee;
import org.sunlight.catalog.PowerItemContent.FineKind;
import org.sunlight.catalog.PowerItemContent.LegalBasis;
import org.sunlight.catalog.PowerItemContent.Penalty;
import org.sunlight.catalog.PowerItemView;
import org.sunlight.catalog.TimeLimit;
import org.sunlight.catalog.VersionState;
import org.sunlight.catalog.excel.ExcelFixtures.TestDepartment;
import org.sunlight.catalog.internal.CatalogStore;
import org.sunlight.organization.OrganizationAdmin;
import org.sunlight.organization.OrganizationDirectory;

import tools.jackson.databind.json.JsonMapper;

/** Importing workbooks into a department: the error report, dry runs, drafts, changes, the API's answers. */
@IntegrationTest
class CatalogExcelImportTests {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired OrganizationAdmin admin;
    @Autowired OrganizationDirectory organization;
    @Autowired CatalogImporter importer;
    @Autowired CatalogExporter exporter;
    @Autowired CatalogQueries catalog;
    @Autowired CatalogStore store;
    @Autowired JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    static PowerItemContent item(String name, PowerCategory category, String unit, boolean nested) {
        Penalty penalty = category != PowerCategory.PENALTY ? null
                : new Penalty("违法行为" + name, "《物业管理条例》第五十八条",
                        List.of(new BenchmarkLevel("轻微", "初次违法", FineKind.NONE, null, null, "不予处罚"),
                                new BenchmarkLevel("一般", "首次", FineKind.AMOUNT, new BigDecimal("10000.00"), new BigDecimal("37000"), "责令改正")),
                        List.of("主动消除危害后果的"), List.of("拒不改正的"));
        return new PowerItemContent(name, category, "0201", null, null, PowerItemContent.ExerciseLevel.COUNTY,
                new Contact(unit, "王晓明", "0514-83421234"), List.of(),
                nested ? List.of(new LegalBasis("《物业管理条例》", "第五十八条", null, "违反本条例的规定……")) : List.of(),
                new TimeLimit(20, LimitUnit.WORKING_DAYS), new TimeLimit(10, LimitUnit.WORKING_DAYS),
                nested && category == PowerCategory.LICENSING ? List.of(new Fee("工本费", null, "每件10元", BigDecimal.TEN, BigDecimal.TEN)) : List.of(),
                null, List.of(), null, penalty, List.of(), List.of());
    }

    private List<CatalogRow> sixItems(TestDepartment d) {
        return List.of(
                new CatalogRow(d.code(1), 1, item("许可一", PowerCategory.LICENSING, "法规科", true)),
                new CatalogRow(d.code(2), 2, item("处罚二", PowerCategory.PENALTY, "物管科", true)),
                new CatalogRow(d.code(3), 3, item("其他三", PowerCategory.OTHER, "法规科", false)),
                new CatalogRow(d.code(4), 4, item("其他四", PowerCategory.OTHER, "法规科", false)),
                new CatalogRow(d.code(5), 5, item("其他五", PowerCategory.OTHER, "法规科", false)),
                new CatalogRow(d.code(6), 6, item("其他六", PowerCategory.OTHER, "法规科", false)));
    }

    @Test
    void brokenRowsAcrossSheetsAreEachReportedWithSheetRowAndColumnAndNothingIsImported() throws Exception {
        TestDepartment d = ExcelFixtures.department(admin);
        List<CatalogRow> rows = sixItems(d);
        byte[] xlsx = ExcelFixtures.edit(ExcelFixtures.workbook(d.name(), ExcelFixtures.UNITS, rows), wb -> {
            ExcelFixtures.set(wb, MAIN_SHEET, 2, CATEGORY, "行政处理");
            ExcelFixtures.set(wb, MAIN_SHEET, 3, SEQ, "abc");
            ExcelFixtures.set(wb, MAIN_SHEET, 4, NAME, null);
            ExcelFixtures.set(wb, MAIN_SHEET, 5, CODE, d.code(1));
            ExcelFixtures.set(wb, MAIN_SHEET, 6, HOST_UNIT, "不存在科");
            ExcelFixtures.set(wb, MAIN_SHEET, 7, PROMISED_DAYS, 99);
            ExcelFixtures.append(wb, BASES_SHEET, CODE, "NOPE-1", LAW, "《不存在法》");
            ExcelFixtures.append(wb, FEES_SHEET, CODE, d.code(1), FEE_ITEM, "测试费", AMOUNT_MIN, 5000, AMOUNT_MAX, 100);
            ExcelFixtures.append(wb, LEVELS_SHEET, CODE, d.code(2), LEVEL_NAME, "一般", FINE_KIND, "罚金", FINE_MAX, 10);
            ExcelFixtures.append(wb, RISKS_SHEET, CODE, d.code(3), RISK_DESCRIPTION, "描述", GRADE, "D");
            ExcelFixtures.append(wb, MATERIALS_SHEET, CODE, d.code(3), MATERIAL, "申请书", COPIES, -1);
            ExcelFixtures.append(wb, FACTORS_SHEET, CODE, d.code(3), FACTOR_KIND, "从轻减轻", FACTOR, "主动改正");
        });

        var result = mvc.perform(multipart("/api/v1/catalog/excel/import").file(file(xlsx)).param("department", String.valueOf(d.id()))
                        .with(d.clerk()).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andReturn();
        Map<?, ?> body = json.readValue(result.getResponse().getContentAsByteArray(), Map.class);
        assertThat(body.get("imported")).isEqualTo(false);
        List<?> problems = (List<?>) body.get("problems");
        assertThat(problems).extracting(p -> ((Map<?, ?>) p).get("sheet"), p -> ((Map<?, ?>) p).get("row"),
                p -> ((Map<?, ?>) p).get("column"), p -> ((Map<?, ?>) p).get("code")).containsExactlyInAnyOrder(
                tuple(MAIN, 2, CATEGORY, "catalog-excel.error.unknown-category"),
                tuple(MAIN, 3, SEQ, "catalog-excel.error.not-integer"),
                tuple(MAIN, 4, NAME, "catalog-excel.error.required"),
                tuple(MAIN, 5, CODE, "catalog-excel.error.duplicate-code"),
                tuple(MAIN, 6, HOST_UNIT, "catalog-excel.error.unknown-unit"),
                tuple(MAIN, 7, PROMISED_DAYS, "catalog-excel.error.promised-exceeds-statutory"),
                tuple(BASES, 4, CODE, "catalog-excel.error.unknown-code"),
                tuple(FEES, 3, AMOUNT_MIN, "catalog-excel.error.min-greater-than-max"),
                tuple(LEVELS, 4, FINE_KIND, "catalog-excel.error.unknown-choice"),
                tuple(RISKS, 2, GRADE, "catalog-excel.error.unknown-choice"),
                tuple(MATERIALS, 2, COPIES, "catalog-excel.error.integer-min"),
                tuple(FACTORS, 4, CODE, "catalog-excel.error.penalty-only"));
        // Problem+json convention: errors as {field, message}, the field naming the cell; messages in Chinese.
        List<?> errors = (List<?>) body.get("errors");
        assertThat(errors).hasSize(12);
        assertThat(errors).extracting(e -> (Object) ((Map<?, ?>) e).get("field")).contains("权力事项!D2", "收费!E3", "廉政风险点!D2");
        assertThat(errors).extracting(e -> (Object) ((Map<?, ?>) e).get("message")).contains("“不存在科”不是本部门在用的科室", "下限 5000 大于上限 100")
                .doesNotContainNull();
        assertThat(body.get("title").toString()).contains("12");
        // Nothing at all was written.
        assertThat(catalog.itemsOf(d.id())).isEmpty();
        assertThat(store.codeTaken(d.code(2))).isFalse();
    }

    @Test
    void aDryRunReportsWhatWouldHappenAndWritesNothing() throws Exception {
        TestDepartment d = ExcelFixtures.department(admin);
        byte[] xlsx = ExcelFixtures.workbook(d.name(), ExcelFixtures.UNITS, sixItems(d));
        long auditBefore = auditEntries(d);

        var result = mvc.perform(multipart("/api/v1/catalog/excel/import").file(file(xlsx)).param("department", String.valueOf(d.id()))
                        .param("dryRun", "true").with(d.clerk()).with(csrf()))
                .andExpect(status().isOk()).andReturn();
        Map<?, ?> body = json.readValue(result.getResponse().getContentAsByteArray(), Map.class);
        assertThat(body.get("dryRun")).isEqualTo(true);
        assertThat(body.get("imported")).isEqualTo(false);
        assertThat(body.get("created")).isEqualTo(6);
        assertThat((List<?>) body.get("problems")).isEmpty();

        assertThat(catalog.itemsOf(d.id())).isEmpty();
        assertThat(store.codeTaken(d.code(1))).isFalse();
        assertThat(auditEntries(d)).isEqualTo(auditBefore);
    }

    @Test
    void aClerkImportCreatesDraftsAssignedToUnitsAndReimportingChangesOnlyWhatDiffers() throws Exception {
        TestDepartment d = ExcelFixtures.department(admin);
        List<CatalogRow> rows = sixItems(d);
        byte[] xlsx = ExcelFixtures.workbook(d.name(), ExcelFixtures.UNITS, rows);

        ImportReport first = d.asClerk(() -> importer.importWorkbook(d.id(), xlsx, "清单.xlsx", ImportOptions.clerk(false)));
        assertThat(first.imported()).isTrue();
        assertThat(first.created()).isEqualTo(6);
        List<PowerItemView> items = catalog.itemsOf(d.id());
        assertThat(items).extracting(PowerItemView::code).containsExactly(d.code(1), d.code(2), d.code(3), d.code(4), d.code(5), d.code(6));
        long wuguan = organization.unitsOf(d.id()).stream().filter(u -> u.name().equals("物管科")).findFirst().orElseThrow().id();
        assertThat(items.get(1).unitId()).isEqualTo(wuguan);
        var versions = catalog.versions(items.get(1).id());
        assertThat(versions).singleElement().satisfies(v -> {
            assertThat(v.state()).isEqualTo(VersionState.DRAFT);
            assertThat(v.content()).isEqualTo(ContentNormalizer.normalize(rows.get(1).content()));
            // 10000.00 was stored as 10000: one canonical scale
            assertThat(v.content().penalty().levels().get(1).min()).isEqualTo(new BigDecimal("10000"));
        });
        assertThat(store.signOffs(items.get(0).id())).singleElement().satisfies(s -> {
            assertThat(s.action()).isEqualTo("IMPORT");
            assertThat(s.toState()).isEqualTo("DRAFT");
            assertThat(s.actor()).isEqualTo("excel_clerk_" + d.id());
        });
        assertThat(auditEntries(d)).isEqualTo(1);

        ImportReport again = d.asClerk(() -> importer.importWorkbook(d.id(), xlsx, "清单.xlsx", ImportOptions.clerk(false)));
        assertThat(again.unchanged()).isEqualTo(6);
        assertThat(again.created() + again.changed()).isZero();

        byte[] changed = ExcelFixtures.edit(xlsx, wb -> {
            ExcelFixtures.set(wb, MAIN_SHEET, 3, NAME, "处罚二（修订）");
            ExcelFixtures.set(wb, MAIN_SHEET, 4, HOST_UNIT, "物管科");
        });
        ImportReport third = d.asClerk(() -> importer.importWorkbook(d.id(), changed, "清单.xlsx", ImportOptions.clerk(false)));
        // the host unit is part of the content too: both rows changed, one item moved to another unit
        assertThat(third.changed()).isEqualTo(2);
        assertThat(third.reassigned()).isEqualTo(1);
        assertThat(third.unchanged()).isEqualTo(4);
        // The draft was replaced, not versioned again.
        assertThat(catalog.versions(items.get(1).id())).singleElement().extracting(v -> v.content().name()).isEqualTo("处罚二（修订）");
        assertThat(catalog.item(items.get(2).id()).orElseThrow().unitId()).isEqualTo(wuguan);
    }

    @Test
    void aSystemImportPublishesAndALaterClerkImportStartsANewDraftVersion() throws Exception {
        TestDepartment d = ExcelFixtures.department(admin);
        List<CatalogRow> rows = sixItems(d);
        byte[] xlsx = ExcelFixtures.workbook(d.name(), ExcelFixtures.UNITS, rows);
        ImportReport published = importer.importWorkbook(d.id(), xlsx, "迁移.xlsx",
                ImportOptions.system("ops-zhang", ImportMode.PUBLISH, false, null));
        assertThat(published.created()).isEqualTo(6);
        long itemId = catalog.itemByCode(d.code(1)).orElseThrow().id();
        assertThat(catalog.versions(itemId)).singleElement().satisfies(v -> {
            assertThat(v.state()).isEqualTo(VersionState.PUBLISHED);
            assertThat(v.effectiveFrom()).isNotNull();
            assertThat(v.publishedAt()).isNotNull();
        });
        assertThat(store.signOffs(itemId)).singleElement().satisfies(s -> {
            assertThat(s.action()).isEqualTo("IMPORT");
            assertThat(s.actor()).isEqualTo("ops-zhang");
            assertThat(s.toState()).isEqualTo("PUBLISHED");
        });
        assertThat(jdbc.sql("select actor from audit_entry where action = 'catalog.excel.import' and object_id = ?")
                .param(String.valueOf(d.id())).query(String.class).list()).containsExactly("ops-zhang");

        byte[] changed = ExcelFixtures.edit(xlsx, wb -> ExcelFixtures.set(wb, MAIN_SHEET, 2, NAME, "许可一（变更）"));
        ImportReport draft = d.asClerk(() -> importer.importWorkbook(d.id(), changed, "变更.xlsx", ImportOptions.clerk(false)));
        assertThat(draft.changed()).isEqualTo(1);
        assertThat(catalog.versions(itemId)).extracting(v -> v.versionNo(), v -> v.state())
                .containsExactly(tuple(2, VersionState.DRAFT), tuple(1, VersionState.PUBLISHED));

        // The published version is what the export of published versions still carries.
        assertThat(exporter.rows(d.id(), CatalogExporter.Versions.PUBLISHED).get(0).content().name()).isEqualTo("许可一");
        assertThat(exporter.rows(d.id(), CatalogExporter.Versions.LATEST).get(0).content().name()).isEqualTo("许可一（变更）");
    }

    @Test
    void checksAgainstTheDatabaseAreReportedToo() throws Exception {
        TestDepartment d = ExcelFixtures.department(admin);
        ImportReport setup = importer.importRows(d.id(), sixItems(d).subList(0, 2),
                ImportOptions.system("ops", ImportMode.PUBLISH, false, null));
        assertThat(setup.created()).isEqualTo(2);
        String demoCode = catalog.itemsOf(organization.departmentsNamed("仪征市住房和城乡建设局").get(0).id()).get(0).code();
        List<CatalogRow> next = List.of(
                new CatalogRow(demoCode, 10, item("别人的", PowerCategory.OTHER, "法规科", false)),
                new CatalogRow(d.code(1), 7, item("许可一", PowerCategory.LICENSING, "法规科", true)),
                new CatalogRow(d.code(9), 2, item("新九", PowerCategory.OTHER, "法规科", false)));
        byte[] xlsx = ExcelFixtures.workbook(d.name(), ExcelFixtures.UNITS, next);
        ImportReport report = d.asClerk(() -> importer.importWorkbook(d.id(), xlsx, "x.xlsx", ImportOptions.clerk(true)));
        assertThat(report.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::code).containsExactlyInAnyOrder(
                tuple(2, CODE, "catalog-excel.error.code-other-department"),
                tuple(3, SEQ, "catalog-excel.error.seq-changed"),
                tuple(4, SEQ, "catalog-excel.error.seq-taken"));
        assertThat(report.imported()).isFalse();
    }

    @Test
    void onlyTheDepartmentsOwnCatalogClerkMayImport() throws Exception {
        TestDepartment d = ExcelFixtures.department(admin);
        byte[] xlsx = ExcelFixtures.workbook(d.name(), ExcelFixtures.UNITS, sixItems(d));
        mvc.perform(multipart("/api/v1/catalog/excel/import").file(file(xlsx)).param("department", String.valueOf(d.id()))
                .with(users.as("handler")).with(csrf())).andExpect(status().isForbidden());
        // the demo clerk keeps 仪征市住建局's list, not this department's
        mvc.perform(multipart("/api/v1/catalog/excel/import").file(file(xlsx)).param("department", String.valueOf(d.id()))
                .with(users.as("catalog_clerk")).with(csrf())).andExpect(status().isForbidden());
        // the system administrator does not touch business data (三员分立)
        mvc.perform(multipart("/api/v1/catalog/excel/import").file(file(xlsx)).param("department", String.valueOf(d.id()))
                .with(users.as("system_admin")).with(csrf())).andExpect(status().isForbidden());
        assertThat(catalog.itemsOf(d.id())).isEmpty();
    }

    @Test
    void aFileThatIsNotAWorkbookOrNoFileIsAnAnswerNotAnError() throws Exception {
        TestDepartment d = ExcelFixtures.department(admin);
        mvc.perform(multipart("/api/v1/catalog/excel/import").file(new MockMultipartFile("file", "x.xlsx", "text/plain", "hello".getBytes()))
                        .param("department", String.valueOf(d.id())).with(d.clerk()).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("catalog-excel.error.not-xlsx")));
        mvc.perform(multipart("/api/v1/catalog/excel/import").param("department", String.valueOf(d.id())).with(d.clerk()).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private long auditEntries(TestDepartment d) {
        return jdbc.sql("select count(*) from audit_entry where action = 'catalog.excel.import' and object_id = ?")
                .param(String.valueOf(d.id())).query(Long.class).single();
    }

    static MockMultipartFile file(byte[] xlsx) {
        return new MockMultipartFile("file", "清单.xlsx", CatalogExcelApi.XLSX.toString(), xlsx);
    }
}

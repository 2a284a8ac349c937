package org.sunlight.catalog.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.sunlight.IntegrationTest;
import org.sunlight.TestUsers;
import org.sunlight.catalog.PowerCategory;
import org.sunlight.catalog.excel.ExcelFixtures.TestDepartment;
import org.sunlight.organization.DepartmentView;
import org.sunlight.organization.OrganizationAdmin;
import org.sunlight.organization.OrganizationDirectory;
import org.sunlight.organization.UnitView;

/** The template's drop-downs, the export, and the round trip export › import › identical content. */
@IntegrationTest
class CatalogExcelExportTests {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired OrganizationAdmin admin;
    @Autowired OrganizationDirectory organization;
    @Autowired CatalogImporter importer;
    @Autowired CatalogExporter exporter;

    private DepartmentView yizhengHousing() {
        return organization.departmentsNamed("仪征市住房和城乡建设局").get(0);
    }

    @Test
    void theTemplateHasEverySheetAndDropDownsForCategoriesUnitsAndEnums() throws Exception {
        DepartmentView d = yizhengHousing();
        byte[] xlsx = mvc.perform(get("/api/v1/catalog/excel/template").with(users.as("catalog_clerk")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(CatalogExcelApi.XLSX))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("filename*=UTF-8''")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheetName(0)).isEqualTo(ExcelSchema.INSTRUCTIONS);
            for (ExcelSchema.SheetDef def : ExcelSchema.DATA_SHEETS) {
                XSSFSheet sheet = wb.getSheet(def.name());
                assertThat(sheet).as(def.name()).isNotNull();
                Row header = sheet.getRow(0);
                for (int i = 0; i < def.columns().size(); i++) {
                    assertThat(header.getCell(i).getStringCellValue()).isEqualTo(def.columns().get(i).header());
                }
                assertThat(sheet.getLastRowNum()).as("template has no data rows").isZero();
            }
            XSSFSheet options = wb.getSheet(ExcelSchema.OPTIONS);
            assertThat(wb.isSheetHidden(wb.getSheetIndex(options))).isTrue();

            XSSFSheet main = wb.getSheet(ExcelSchema.MAIN);
            assertThat(listAt(wb, main, ExcelSchema.MAIN_SHEET.indexOf(ExcelSchema.CATEGORY)))
                    .containsExactlyElementsOf(Arrays.stream(PowerCategory.values()).map(PowerCategory::chineseName).toList());
            assertThat(listAt(wb, main, ExcelSchema.MAIN_SHEET.indexOf(ExcelSchema.HOST_UNIT)))
                    .containsExactlyElementsOf(organization.unitsOf(d.id()).stream().filter(UnitView::active).map(UnitView::name).toList())
                    .contains("法规科", "物管科", "住保科", "白蚁所", "交易与权属管理中心", "档案馆");
            assertThat(listAt(wb, main, ExcelSchema.MAIN_SHEET.indexOf(ExcelSchema.LEVEL))).containsExactly("省级", "设区的市级", "县级", "乡镇级");
            assertThat(listAt(wb, main, ExcelSchema.MAIN_SHEET.indexOf(ExcelSchema.STATUTORY_UNIT))).containsExactly("工作日", "自然日");
            XSSFSheet levels = wb.getSheet(ExcelSchema.LEVELS);
            assertThat(listAt(wb, levels, ExcelSchema.LEVELS_SHEET.indexOf(ExcelSchema.FINE_KIND)))
                    .containsExactly("罚款金额", "违法所得倍数", "货值金额倍数", "不罚款");
            XSSFSheet risks = wb.getSheet(ExcelSchema.RISKS);
            assertThat(listAt(wb, risks, ExcelSchema.RISKS_SHEET.indexOf(ExcelSchema.GRADE))).containsExactly("A", "B", "C");
        }
    }

    /** The values of the list validation covering column {@code col} of the sheet (from its range on the options sheet). */
    private static List<String> listAt(XSSFWorkbook wb, XSSFSheet sheet, int col) {
        for (DataValidation v : sheet.getDataValidations()) {
            boolean covers = Arrays.stream(v.getRegions().getCellRangeAddresses())
                    .anyMatch(r -> r.getFirstColumn() == col && r.getFirstRow() == 1 && r.getLastRow() >= 999);
            if (covers && v.getValidationConstraint().getValidationType() == ValidationType.LIST) {
                String formula = v.getValidationConstraint().getFormula1();
                assertThat(formula).startsWith("'" + ExcelSchema.OPTIONS + "'!");
                CellRangeAddress range = CellRangeAddress.valueOf(formula.substring(formula.indexOf('!') + 1));
                XSSFSheet options = wb.getSheet(ExcelSchema.OPTIONS);
                return java.util.stream.IntStream.rangeClosed(range.getFirstRow(), range.getLastRow())
                        .mapToObj(r -> options.getRow(r).getCell(range.getFirstColumn()).getStringCellValue()).toList();
            }
        }
        throw new AssertionError("no drop-down on column " + col + " of " + sheet.getSheetName());
    }

    @Test
    void exportingTheDemoBureauGivesBackEveryItemExactlyAsStored() throws Exception {
        DepartmentView d = yizhengHousing();
        byte[] xlsx = mvc.perform(get("/api/v1/catalog/excel/export").param("department", String.valueOf(d.id()))
                        .with(users.as("catalog_clerk")))
                .andExpect(status().isOk()).andExpect(content().contentType(CatalogExcelApi.XLSX))
                .andReturn().getResponse().getContentAsByteArray();
        Set<String> units = new HashSet<>(organization.unitsOf(d.id()).stream().map(UnitView::name).toList());
        CatalogWorkbookReader.Result parsed = new CatalogWorkbookReader(units).read(xlsx);
        assertThat(parsed.problems()).isEmpty();
        List<CatalogRow> stored = exporter.rows(d.id(), CatalogExporter.Versions.PUBLISHED);
        assertThat(stored).hasSizeGreaterThanOrEqualTo(126);
        assertThat(parsed.items()).hasSameSizeAs(stored);
        for (int i = 0; i < stored.size(); i++) {
            assertThat(parsed.items().get(i)).as("item %s", stored.get(i).code()).isEqualTo(stored.get(i));
        }
    }

    @Test
    void roundTripExportThenImportIntoAnEmptyDepartmentGivesIdenticalContent() throws Exception {
        // a department's list, published
        TestDepartment source = ExcelFixtures.department(admin);
        List<CatalogRow> original = new RandomContent(2026, ExcelFixtures.UNITS).rows("T" + source.tag(), 40);
        ImportReport loaded = importer.importRows(source.id(), original, ImportOptions.system("ops", ImportMode.PUBLISH, false, null));
        assertThat(loaded.created()).isEqualTo(40);

        byte[] exported = mvc.perform(get("/api/v1/catalog/excel/export").param("department", String.valueOf(source.id()))
                .with(source.clerk())).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        // the same file imported again changes nothing (the codes are the department's own) …
        ImportReport again = source.asClerk(() -> importer.importWorkbook(source.id(), exported, "导出.xlsx", ImportOptions.clerk(true)));
        assertThat(again.problems()).isEmpty();
        assertThat(again.unchanged()).isEqualTo(40);

        // … and, with its codes renamed (codes are unique across the catalog), into an empty department
        TestDepartment target = ExcelFixtures.department(admin);
        byte[] renamed = ExcelFixtures.edit(exported, wb -> {
            for (ExcelSchema.SheetDef def : ExcelSchema.DATA_SHEETS) {
                XSSFSheet sheet = wb.getSheet(def.name());
                int col = def.indexOf(ExcelSchema.CODE);
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    String code = sheet.getRow(r).getCell(col).getStringCellValue();
                    sheet.getRow(r).createCell(col).setCellValue(code.replace("T" + source.tag(), "T" + target.tag()));
                }
            }
        });
        ImportReport imported = target.asClerk(() -> importer.importWorkbook(target.id(), renamed, "导出.xlsx", ImportOptions.clerk(false)));
        assertThat(imported.problems()).isEmpty();
        assertThat(imported.created()).isEqualTo(40);
        List<CatalogRow> back = exporter.rows(target.id(), CatalogExporter.Versions.LATEST);
        assertThat(back).hasSize(40);
        for (int i = 0; i < 40; i++) {
            CatalogRow o = original.get(i);
            assertThat(back.get(i).code()).isEqualTo(o.code().replace("T" + source.tag(), "T" + target.tag()));
            assertThat(back.get(i).seqNo()).isEqualTo(o.seqNo());
            assertThat(back.get(i).content()).as("item %s", o.code()).isEqualTo(ContentNormalizer.normalize(o.content()));
        }
    }

    @Test
    void theExcelPageOffersDownloadsAndShowsTheReportOfAnUpload() throws Exception {
        TestDepartment d = ExcelFixtures.department(admin);
        mvc.perform(get("/catalog/excel").with(d.clerk()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"download-template\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"import-form\"")));
        byte[] broken = ExcelFixtures.edit(ExcelFixtures.workbook(d.name(), ExcelFixtures.UNITS,
                        new RandomContent(5, ExcelFixtures.UNITS).rows("T" + d.tag(), 3)),
                wb -> ExcelFixtures.set(wb, ExcelSchema.MAIN_SHEET, 3, ExcelSchema.CATEGORY, "行政处理"));
        mvc.perform(multipart("/catalog/excel/import").file(CatalogExcelImportTests.file(broken)).param("department", String.valueOf(d.id()))
                        .param("dryRun", "true").with(d.clerk()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"problem-table\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("未知的权力类别“行政处理”")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-imported=\"false\"")));
        mvc.perform(get("/catalog/excel").with(users.as("handler"))).andExpect(status().isForbidden());
    }

    @Test
    void catalogClerksSeeTheExcelLinkOthersDoNot() throws Exception {
        mvc.perform(get("/workspace").with(users.as("catalog_clerk")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/catalog/excel")));
        mvc.perform(get("/workspace").with(users.as("handler")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("/catalog/excel"))));
    }
}

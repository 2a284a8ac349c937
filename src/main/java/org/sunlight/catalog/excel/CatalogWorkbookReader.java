package org.sunlight.catalog.excel;

import static org.sunlight.catalog.excel.ExcelSchema.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import org.sunlight.catalog.PowerCategory;
import org.sunlight.catalog.PowerItemContent;
import org.sunlight.catalog.PowerItemContent.BenchmarkLevel;
import org.sunlight.catalog.PowerItemContent.Contact;
import org.sunlight.catalog.PowerItemContent.Fee;
import org.sunlight.catalog.PowerItemContent.FineKind;
import org.sunlight.catalog.PowerItemContent.LegalBasis;
import org.sunlight.catalog.PowerItemContent.Material;
import org.sunlight.catalog.PowerItemContent.MaterialForm;
import org.sunlight.catalog.PowerItemContent.Penalty;
import org.sunlight.catalog.PowerItemContent.Responsibility;
import org.sunlight.catalog.PowerItemContent.RiskPoint;
import org.sunlight.catalog.PowerItemContent.Service;
import org.sunlight.catalog.TimeLimit;
import org.sunlight.catalog.excel.ExcelLabels.FactorKind;
import org.sunlight.catalog.excel.ExcelLabels.YesNo;
import org.sunlight.catalog.excel.ExcelSchema.SheetDef;
import org.sunlight.catalog.excel.WorkbookSheets.RawCell;
import org.sunlight.catalog.excel.WorkbookSheets.RawRow;

/**
 * Parses and checks a catalog workbook without touching the database: every row of every sheet is
 * read and every problem recorded (sheet, row, column, reason), then the items are assembled. The
 * caller imports only when the problem list is empty. Checks that need the database (a code owned by
 * another department, a number already taken) are the importer's.
 */
final class CatalogWorkbookReader {

    /** What came out of a workbook: the items (in main-sheet order), where each was, and what is wrong. */
    record Result(List<CatalogRow> items, Map<String, Integer> rowOfCode, List<ImportProblem> problems, int problemTotal) {

        boolean ok() {
            return problemTotal == 0;
        }
    }

    private final Set<String> unitNames;

    /** @param unitNames the department's units in use; a host unit outside them is an error */
    CatalogWorkbookReader(Set<String> unitNames) {
        this.unitNames = unitNames;
    }

    Result read(byte[] xlsx) {
        ProblemList problems = new ProblemList();
        Map<String, List<RawRow>> sheets;
        try {
            sheets = WorkbookSheets.read(xlsx);
        } catch (WorkbookSheets.NotAWorkbook e) {
            problems.add(ImportProblem.file("catalog-excel.error.not-xlsx"));
            return new Result(List.of(), Map.of(), problems.list(), problems.total());
        }
        Map<String, Draft> drafts = new LinkedHashMap<>();
        Map<String, Integer> rowOfCode = new HashMap<>();
        Sheet main = sheet(sheets, MAIN_SHEET, problems);
        if (main != null) {
            readMain(main, drafts, rowOfCode, problems);
        }
        nested(sheets, BASES_SHEET, drafts, problems, this::basis);
        nested(sheets, FEES_SHEET, drafts, problems, this::fee);
        nested(sheets, MATERIALS_SHEET, drafts, problems, this::material);
        nested(sheets, ASSISTING_SHEET, drafts, problems, this::assisting);
        nested(sheets, LEVELS_SHEET, drafts, problems, this::level);
        nested(sheets, FACTORS_SHEET, drafts, problems, this::factor);
        nested(sheets, RESPONSIBILITIES_SHEET, drafts, problems, this::responsibility);
        nested(sheets, RISKS_SHEET, drafts, problems, this::risk);
        List<CatalogRow> items = new ArrayList<>();
        if (problems.isEmpty()) {
            drafts.forEach((code, d) -> items.add(new CatalogRow(code, d.seqNo, ContentNormalizer.normalize(d.content()))));
        }
        return new Result(items, rowOfCode, problems.list(), problems.total());
    }

    // ---- sheets and headers

    /** A data sheet with its header row mapped: header text → column index. */
    private record Sheet(SheetDef def, Map<String, Integer> columns, List<RawRow> rows) {
    }

    /**
     * Finds the sheet and maps its header row. A missing sheet or missing column is a problem; when a
     * required column is missing the rows are not read (every row would repeat the same complaint).
     */
    private static Sheet sheet(Map<String, List<RawRow>> sheets, SheetDef def, ProblemList problems) {
        List<RawRow> rows = sheets.get(def.name());
        if (rows == null) {
            problems.add(new ImportProblem(def.name(), 0, "", "", "catalog-excel.error.sheet-missing", def.name()));
            return null;
        }
        Map<String, Integer> found = new HashMap<>();
        RawRow header = rows.isEmpty() || rows.get(0).rowNum() != 1 ? null : rows.get(0);
        if (header != null) {
            header.cells().forEach((col, cell) -> found.putIfAbsent(headerText(cell), col));
        }
        Map<String, Integer> columns = new HashMap<>();
        boolean usable = true;
        for (Column column : def.columns()) {
            Integer col = found.get(column.header());
            if (col == null) {
                problems.add(new ImportProblem(def.name(), 1, column.header(), "", "catalog-excel.error.column-missing", column.header()));
                usable &= !column.required();
            } else {
                columns.put(column.header(), col);
            }
        }
        if (!usable) {
            return null;
        }
        List<RawRow> data = header == null ? rows : rows.subList(1, rows.size());
        return new Sheet(def, columns, data);
    }

    /** Header text as written, without spaces and a trailing required mark (*). */
    private static String headerText(RawCell cell) {
        String t = cell.text().replaceAll("\\s+", "");
        while (t.endsWith("*") || t.endsWith("＊")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    // ---- main sheet

    private void readMain(Sheet sheet, Map<String, Draft> drafts, Map<String, Integer> rowOfCode, ProblemList problems) {
        Map<Integer, Integer> rowOfSeq = new HashMap<>();
        for (RawRow raw : sheet.rows()) {
            RowCells row = new RowCells(sheet.def(), sheet.columns(), raw, problems);
            Draft d = new Draft();
            String code = row.text(CODE, CODE_MAX);
            Integer seq = row.integer(SEQ, 1);
            d.name = row.text(NAME, NAME_MAX);
            d.category = row.choice(CATEGORY, ExcelLabels.CATEGORIES, "catalog-excel.error.unknown-category");
            d.basicCode = row.text(BASIC_CODE, CODE_MAX);
            d.implementationCode = row.text(IMPLEMENTATION_CODE, CODE_MAX);
            d.businessItemCode = row.text(BUSINESS_ITEM_CODE, CODE_MAX);
            d.level = row.choice(LEVEL, ExcelLabels.LEVELS);
            String unit = row.text(HOST_UNIT);
            if (unit != null && !unitNames.contains(unit)) {
                row.problem(HOST_UNIT, "catalog-excel.error.unknown-unit", unit);
            }
            d.host = new Contact(unit, row.text(HOST_PERSON), row.text(HOST_PHONE));
            d.statutory = limit(row, STATUTORY_DAYS, STATUTORY_UNIT);
            d.promised = limit(row, PROMISED_DAYS, PROMISED_UNIT);
            if (d.statutory != null && d.promised != null && d.statutory.unit() == d.promised.unit()
                    && d.promised.days() > d.statutory.days()) {
                row.problem(PROMISED_DAYS, "catalog-excel.error.promised-exceeds-statutory", d.statutory.days());
            }
            d.conditions = row.text(CONDITIONS);
            d.service = new Service(row.text(CHANNEL), row.text(PLACE), row.text(HOURS), row.text(ONLINE), row.text(CONSULTATION),
                    row.text(COMPLAINT));
            d.violation = row.text(VIOLATION);
            d.penaltyArticle = row.text(PENALTY_ARTICLE);
            if (d.category != null && d.category != PowerCategory.PENALTY) {
                if (d.violation != null) {
                    row.problem(VIOLATION, "catalog-excel.error.penalty-only");
                }
                if (d.penaltyArticle != null) {
                    row.problem(PENALTY_ARTICLE, "catalog-excel.error.penalty-only");
                }
            }
            if (seq != null) {
                Integer first = rowOfSeq.putIfAbsent(seq, row.rowNum());
                if (first != null) {
                    row.problem(SEQ, "catalog-excel.error.duplicate-seq", first);
                }
                d.seqNo = seq;
            }
            if (code != null) {
                Integer first = rowOfCode.putIfAbsent(code, row.rowNum());
                if (first != null) {
                    row.problem(CODE, "catalog-excel.error.duplicate-code", first);
                } else {
                    drafts.put(code, d);
                }
            }
        }
        if (sheet.rows().isEmpty()) {
            problems.add(new ImportProblem(MAIN, 0, "", "", "catalog-excel.error.no-items"));
        }
    }

    /** Days and unit: both or neither; days without a unit is an error. */
    private static TimeLimit limit(RowCells row, String daysColumn, String unitColumn) {
        Integer days = row.integer(daysColumn, 0);
        var unit = row.choice(unitColumn, ExcelLabels.LIMIT_UNITS);
        if (days != null && unit == null && row.blank(unitColumn)) {
            row.problem(unitColumn, "catalog-excel.error.limit-unit-required");
        }
        if (days == null && unit != null) {
            row.problem(daysColumn, "catalog-excel.error.limit-days-required");
        }
        return days == null || unit == null ? null : new TimeLimit(days, unit);
    }

    // ---- nested sheets

    private void nested(Map<String, List<RawRow>> sheets, SheetDef def, Map<String, Draft> drafts, ProblemList problems,
            BiConsumer<RowCells, Draft> reader) {
        Sheet sheet = sheet(sheets, def, problems);
        if (sheet == null) {
            return;
        }
        for (RawRow raw : sheet.rows()) {
            RowCells row = new RowCells(def, sheet.columns(), raw, problems);
            String code = row.text(CODE, CODE_MAX);
            Draft d = code == null ? null : drafts.get(code);
            if (code != null && d == null) {
                row.problem(CODE, "catalog-excel.error.unknown-code", code);
            }
            // Read the row even without its item, so its own mistakes are reported too.
            reader.accept(row, d == null ? new Draft() : d);
        }
    }

    private void basis(RowCells row, Draft d) {
        d.bases.add(new LegalBasis(row.text(LAW), row.text(ARTICLE), row.text(CLAUSE), row.text(EXCERPT)));
    }

    private void fee(RowCells row, Draft d) {
        String item = row.text(FEE_ITEM);
        BigDecimal min = row.decimal(AMOUNT_MIN, 2);
        BigDecimal max = row.decimal(AMOUNT_MAX, 2);
        checkRange(row, min, max, AMOUNT_MIN);
        d.fees.add(new Fee(item, row.text(FEE_BASIS), row.text(FEE_STANDARD), min, max));
    }

    private void material(RowCells row, Draft d) {
        String name = row.text(MATERIAL);
        MaterialForm form = row.choice(FORM, ExcelLabels.FORMS);
        Integer copies = row.integer(COPIES, 0);
        YesNo required = row.choice(REQUIRED, ExcelLabels.YES_NO);
        d.materials.add(new Material(name, form == null ? MaterialForm.PAPER : form, copies == null ? 1 : copies,
                row.text(SOURCE), required != YesNo.NO));
    }

    private void assisting(RowCells row, Draft d) {
        d.assisting.add(new Contact(row.text(UNIT_NAME), row.text(PERSON), row.text(PHONE)));
    }

    private void level(RowCells row, Draft d) {
        penaltyOnly(row, d);
        String name = row.text(LEVEL_NAME);
        String conditions = row.text(LEVEL_CONDITIONS);
        FineKind kind = row.choice(FINE_KIND, ExcelLabels.FINE_KINDS);
        int scale = kind == FineKind.AMOUNT ? 2 : 4;
        BigDecimal min = row.decimal(FINE_MIN, scale);
        BigDecimal max = row.decimal(FINE_MAX, scale);
        if (kind == FineKind.NONE) {
            if (!row.blank(FINE_MIN) || !row.blank(FINE_MAX)) {
                row.problem(FINE_MIN, "catalog-excel.error.fine-not-allowed");
            }
        } else if (kind != null && row.blank(FINE_MAX)) {
            row.problem(FINE_MAX, "catalog-excel.error.fine-max-required");
        }
        checkRange(row, min, max, FINE_MIN);
        d.levels.add(new BenchmarkLevel(name, conditions, kind, min, max, row.text(OTHER_SANCTIONS)));
    }

    private void factor(RowCells row, Draft d) {
        penaltyOnly(row, d);
        FactorKind kind = row.choice(FACTOR_KIND, ExcelLabels.FACTOR_KINDS);
        String text = row.text(FACTOR);
        if (kind == FactorKind.MITIGATING) {
            d.mitigating.add(text);
        } else if (kind == FactorKind.AGGRAVATING) {
            d.aggravating.add(text);
        }
    }

    private void responsibility(RowCells row, Draft d) {
        d.responsibilities.add(new Responsibility(row.choice(STAGE, ExcelLabels.STAGES), row.text(DUTY), row.text(ACCOUNTABILITY)));
    }

    private void risk(RowCells row, Draft d) {
        String step = row.text(RISK_STEP);
        String description = row.text(RISK_DESCRIPTION);
        var grade = row.choice(GRADE, ExcelLabels.GRADES);
        String prevention = row.text(PREVENTION);
        String post = row.text(POST);
        YesNo published = row.choice(PUBLISHED, ExcelLabels.YES_NO);
        d.risks.add(new RiskPoint(step, description, grade, prevention, post, published == YesNo.YES));
    }

    private static void penaltyOnly(RowCells row, Draft d) {
        if (d.category != null && d.category != PowerCategory.PENALTY) {
            row.problem(CODE, "catalog-excel.error.penalty-only");
        }
    }

    private static void checkRange(RowCells row, BigDecimal min, BigDecimal max, String minColumn) {
        if (min != null && max != null && min.compareTo(max) > 0) {
            row.problem(minColumn, "catalog-excel.error.min-greater-than-max", min.toPlainString(), max.toPlainString());
        }
    }

    /** An item being assembled from its main row and its nested rows. */
    private static final class Draft {
        int seqNo;
        String name;
        PowerCategory category;
        String basicCode;
        String implementationCode;
        String businessItemCode;
        PowerItemContent.ExerciseLevel level;
        Contact host;
        TimeLimit statutory;
        TimeLimit promised;
        String conditions;
        Service service;
        String violation;
        String penaltyArticle;
        final List<LegalBasis> bases = new ArrayList<>();
        final List<Fee> fees = new ArrayList<>();
        final List<Material> materials = new ArrayList<>();
        final List<Contact> assisting = new ArrayList<>();
        final List<BenchmarkLevel> levels = new ArrayList<>();
        final List<String> mitigating = new ArrayList<>();
        final List<String> aggravating = new ArrayList<>();
        final List<Responsibility> responsibilities = new ArrayList<>();
        final List<RiskPoint> risks = new ArrayList<>();

        PowerItemContent content() {
            Penalty penalty = category == PowerCategory.PENALTY
                    ? new Penalty(violation, penaltyArticle, levels, mitigating, aggravating)
                    : null;
            return new PowerItemContent(name, category, basicCode, implementationCode, businessItemCode, level, host, assisting,
                    bases, statutory, promised, fees, conditions, materials, service, penalty, responsibilities, risks);
        }
    }
}

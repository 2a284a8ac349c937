package org.sunlight.catalog.excel;

import static org.sunlight.catalog.excel.ExcelSchema.*;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
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
import org.sunlight.catalog.TimeLimit;
import org.sunlight.catalog.excel.ExcelLabels.FactorKind;
import org.sunlight.catalog.excel.ExcelLabels.YesNo;
import org.sunlight.catalog.excel.ExcelSchema.SheetDef;

/**
 * Writes the catalog workbook: an instructions sheet, the main sheet and one sheet per nested table,
 * with drop-down lists (categories, the department's units, the enums) taken from a hidden options
 * sheet. With no rows it is the empty template; with rows it is an export, which imports back as is.
 * Streams rows to disk (SXSSF), so a city-sized list does not have to fit in memory as cell objects.
 */
public final class CatalogWorkbookWriter {

    /** Rows below the data that still get the drop-downs, for items added by hand. */
    private static final int SPARE_ROWS = 500;
    private static final int MIN_VALIDATED_ROWS = 1000;

    private final String departmentName;
    private final List<String> unitNames;

    public CatalogWorkbookWriter(String departmentName, List<String> unitNames) {
        this.departmentName = departmentName;
        this.unitNames = List.copyOf(unitNames);
    }

    public void write(List<CatalogRow> rows, OutputStream out) throws IOException {
        // Inline strings: POI's shared-strings table costs seconds per few hundred items (it serialises every
        // string to find duplicates); Excel, WPS and LibreOffice read inline strings alike, and the zip
        // compresses the texts that repeat on every item.
        SXSSFWorkbook wb = new SXSSFWorkbook(null, 200, true, false);
        try {
            Styles styles = new Styles(wb);
            instructions(wb, styles, rows.isEmpty());
            Map<String, SXSSFSheet> sheets = new LinkedHashMap<>();
            for (SheetDef def : DATA_SHEETS) {
                sheets.put(def.name(), dataSheet(wb, def, styles));
            }
            Map<String, String> lists = options(wb);
            Counter counter = new Counter(sheets);
            for (CatalogRow row : rows) {
                writeItem(row, counter, styles);
            }
            for (SheetDef def : DATA_SHEETS) {
                validations(sheets.get(def.name()), def, lists, Math.max(MIN_VALIDATED_ROWS, counter.next(def.name()) + SPARE_ROWS));
            }
            wb.setActiveSheet(1);
            wb.getSheetAt(0).setSelected(false);
            wb.getSheetAt(1).setSelected(true);
            wb.write(out);
        } finally {
            wb.close();
            wb.dispose();
        }
    }

    // ---- structure

    private void instructions(SXSSFWorkbook wb, Styles styles, boolean template) {
        Sheet sheet = wb.createSheet(INSTRUCTIONS);
        sheet.setColumnWidth(0, 16 * 256);
        sheet.setColumnWidth(1, 20 * 256);
        sheet.setColumnWidth(2, 8 * 256);
        sheet.setColumnWidth(3, 90 * 256);
        int r = 0;
        cell(sheet.createRow(r++), 0, (template ? "权力事项导入模板" : "权力事项清单导出") + " — " + departmentName, styles.title);
        String[] notes = {
            "1. “权力事项”表每行一个事项；法律依据、收费、申请材料、协办单位、裁量基准、裁量情节、责任清单、廉政风险点各占一张表，每行用“权力编码”关联到事项。",
            "2. 带红色表头的列必填；类别、行使层级、承办科室、时限单位、材料形式、罚款方式等请从下拉列表选择。",
            "3. 导入时先逐行校验所有工作表，任何一处错误都会列出（工作表、行、列、原因），并且不导入任何内容；可先勾选“仅校验”试导入。",
            "4. 新的权力编码创建新事项；已存在的编码表示变更该事项：生成新的草稿版本，经科室负责人、分管领导、法制审核后发布。内容未变的事项不会产生新版本。",
            "5. 金额以元为单位，最多两位小数；倍数最多四位小数；下限不得大于上限。时限填写天数并选择工作日或自然日。",
            "6. 裁量基准与裁量情节只适用于行政处罚事项。请勿修改表名和表头。"
        };
        for (String note : notes) {
            cell(sheet.createRow(r++), 0, note, null);
        }
        r++;
        Row head = sheet.createRow(r++);
        String[] heads = {"工作表", "列", "必填", "说明"};
        for (int i = 0; i < heads.length; i++) {
            cell(head, i, heads[i], styles.header);
        }
        for (SheetDef def : DATA_SHEETS) {
            Row sheetRow = sheet.createRow(r++);
            cell(sheetRow, 0, def.name(), styles.bold);
            cell(sheetRow, 3, def.note(), null);
            for (Column c : def.columns()) {
                Row row = sheet.createRow(r++);
                cell(row, 1, c.header(), null);
                cell(row, 2, c.required() ? "是" : "", null);
                cell(row, 3, c.note(), null);
            }
        }
    }

    private static SXSSFSheet dataSheet(SXSSFWorkbook wb, SheetDef def, Styles styles) {
        SXSSFSheet sheet = wb.createSheet(def.name());
        Row header = sheet.createRow(0);
        for (int i = 0; i < def.columns().size(); i++) {
            Column c = def.columns().get(i);
            cell(header, i, c.header(), c.required() ? styles.requiredHeader : styles.header);
            sheet.setColumnWidth(i, Math.min(255, c.width() * 2) * 256);
            CellStyle columnStyle = switch (c.kind()) {
                case CODE, TEXT, CHOICE -> styles.text;
                case LONG_TEXT -> styles.wrap;
                case INTEGER, DECIMAL -> null;
            };
            if (columnStyle != null) {
                sheet.setDefaultColumnStyle(i, columnStyle);
            }
        }
        sheet.createFreezePane(1, 1);
        return sheet;
    }

    /** The hidden sheet of drop-down values; returns each list's range formula by column header. */
    private Map<String, String> options(SXSSFWorkbook wb) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        lists.put(CATEGORY, ExcelLabels.CATEGORIES.labels());
        lists.put(LEVEL, ExcelLabels.LEVELS.labels());
        lists.put(HOST_UNIT, unitNames);
        lists.put(STATUTORY_UNIT, ExcelLabels.LIMIT_UNITS.labels());
        lists.put(FORM, ExcelLabels.FORMS.labels());
        lists.put(REQUIRED, ExcelLabels.YES_NO.labels());
        lists.put(FINE_KIND, ExcelLabels.FINE_KINDS.labels());
        lists.put(FACTOR_KIND, ExcelLabels.FACTOR_KINDS.labels());
        lists.put(STAGE, ExcelLabels.STAGES.labels());
        lists.put(GRADE, ExcelLabels.GRADES.labels());
        Sheet sheet = wb.createSheet(OPTIONS);
        int longest = lists.values().stream().mapToInt(List::size).max().orElse(0);
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r <= longest; r++) {
            rows.add(sheet.createRow(r));
        }
        Map<String, String> formulas = new LinkedHashMap<>();
        int col = 0;
        for (Map.Entry<String, List<String>> e : lists.entrySet()) {
            cell(rows.get(0), col, e.getKey(), null);
            for (int i = 0; i < e.getValue().size(); i++) {
                cell(rows.get(i + 1), col, e.getValue().get(i), null);
            }
            if (!e.getValue().isEmpty()) {
                String letter = columnLetter(col);
                formulas.put(e.getKey(), "'" + OPTIONS + "'!$" + letter + "$2:$" + letter + "$" + (e.getValue().size() + 1));
            }
            col++;
        }
        formulas.put(PROMISED_UNIT, formulas.get(STATUTORY_UNIT));
        formulas.put(PUBLISHED, formulas.get(REQUIRED));
        wb.setSheetHidden(wb.getSheetIndex(sheet), true);
        return formulas;
    }

    private static void validations(SXSSFSheet sheet, SheetDef def, Map<String, String> lists, int lastRow) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        for (int i = 0; i < def.columns().size(); i++) {
            Column c = def.columns().get(i);
            DataValidationConstraint constraint = switch (c.kind()) {
                case CHOICE -> lists.containsKey(c.header()) ? helper.createFormulaListConstraint(lists.get(c.header())) : null;
                case INTEGER -> helper.createIntegerConstraint(OperatorType.GREATER_OR_EQUAL, c.header().equals(SEQ) ? "1" : "0", null);
                case DECIMAL -> helper.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, "0", null);
                default -> null;
            };
            if (constraint == null) {
                continue;
            }
            DataValidation v = helper.createValidation(constraint, new CellRangeAddressList(1, lastRow - 1, i, i));
            v.setShowErrorBox(true);
            v.setEmptyCellAllowed(true);
            if (c.kind() == Kind.CHOICE) {
                v.setSuppressDropDownArrow(true); // XSSF: true shows the arrow
                v.createErrorBox("无效的值", "请从下拉列表中选择");
            } else {
                v.createErrorBox("无效的数字", c.note());
            }
            sheet.addValidationData(v);
        }
    }

    // ---- rows

    /** The next free row of each data sheet. */
    private static final class Counter {
        private final Map<String, SXSSFSheet> sheets;
        private final Map<String, Integer> next = new LinkedHashMap<>();

        Counter(Map<String, SXSSFSheet> sheets) {
            this.sheets = sheets;
        }

        Row row(String sheet) {
            int r = next(sheet);
            next.put(sheet, r + 1);
            return sheets.get(sheet).createRow(r);
        }

        int next(String sheet) {
            return next.getOrDefault(sheet, 1);
        }
    }

    private void writeItem(CatalogRow item, Counter counter, Styles styles) {
        PowerItemContent c = item.content();
        String code = item.code();
        Row row = counter.row(MAIN);
        Cells main = new Cells(row, MAIN_SHEET, styles);
        main.put(CODE, code);
        main.put(SEQ, item.seqNo());
        main.put(NAME, c.name());
        main.put(CATEGORY, ExcelLabels.CATEGORIES.label(c.category()));
        main.put(BASIC_CODE, c.basicCode());
        main.put(IMPLEMENTATION_CODE, c.implementationCode());
        main.put(BUSINESS_ITEM_CODE, c.businessItemCode());
        main.put(LEVEL, ExcelLabels.LEVELS.label(c.level()));
        Contact host = c.hostUnit();
        if (host != null) {
            main.put(HOST_UNIT, host.name());
            main.put(HOST_PERSON, host.person());
            main.put(HOST_PHONE, host.phone());
        }
        limit(main, c.statutoryLimit(), STATUTORY_DAYS, STATUTORY_UNIT);
        limit(main, c.promisedLimit(), PROMISED_DAYS, PROMISED_UNIT);
        main.put(CONDITIONS, c.conditions());
        Service s = c.service();
        if (s != null) {
            main.put(CHANNEL, s.channel());
            main.put(PLACE, s.place());
            main.put(HOURS, s.hours());
            main.put(ONLINE, s.onlineAddress());
            main.put(CONSULTATION, s.consultationPhone());
            main.put(COMPLAINT, s.complaintPhone());
        }
        Penalty p = c.penalty();
        if (p != null) {
            main.put(VIOLATION, p.violation());
            main.put(PENALTY_ARTICLE, p.penaltyArticle());
        }
        for (LegalBasis b : list(c.legalBases())) {
            Cells r = nested(counter, BASES_SHEET, code, styles);
            r.put(LAW, b.law());
            r.put(ARTICLE, b.article());
            r.put(CLAUSE, b.clause());
            r.put(EXCERPT, b.excerpt());
        }
        for (Fee f : list(c.fees())) {
            Cells r = nested(counter, FEES_SHEET, code, styles);
            r.put(FEE_ITEM, f.item());
            r.put(FEE_BASIS, f.basis());
            r.put(FEE_STANDARD, f.standard());
            r.put(AMOUNT_MIN, f.amountMin());
            r.put(AMOUNT_MAX, f.amountMax());
        }
        for (Material m : list(c.materials())) {
            Cells r = nested(counter, MATERIALS_SHEET, code, styles);
            r.put(MATERIAL, m.name());
            r.put(FORM, ExcelLabels.FORMS.label(m.form()));
            r.put(COPIES, m.copies());
            r.put(SOURCE, m.source());
            r.put(REQUIRED, ExcelLabels.YES_NO.label(YesNo.of(m.required())));
        }
        for (Contact a : list(c.assistingUnits())) {
            Cells r = nested(counter, ASSISTING_SHEET, code, styles);
            r.put(UNIT_NAME, a.name());
            r.put(PERSON, a.person());
            r.put(PHONE, a.phone());
        }
        if (p != null) {
            for (BenchmarkLevel l : list(p.levels())) {
                Cells r = nested(counter, LEVELS_SHEET, code, styles);
                r.put(LEVEL_NAME, l.name());
                r.put(LEVEL_CONDITIONS, l.conditions());
                r.put(FINE_KIND, ExcelLabels.FINE_KINDS.label(l.fineKind()));
                r.put(FINE_MIN, l.min());
                r.put(FINE_MAX, l.max());
                r.put(OTHER_SANCTIONS, l.otherSanctions());
            }
            factors(counter, code, styles, FactorKind.MITIGATING, p.mitigatingFactors());
            factors(counter, code, styles, FactorKind.AGGRAVATING, p.aggravatingFactors());
        }
        for (Responsibility d : list(c.responsibilities())) {
            Cells r = nested(counter, RESPONSIBILITIES_SHEET, code, styles);
            r.put(STAGE, ExcelLabels.STAGES.label(d.stage()));
            r.put(DUTY, d.duty());
            r.put(ACCOUNTABILITY, d.accountability());
        }
        for (RiskPoint k : list(c.riskPoints())) {
            Cells r = nested(counter, RISKS_SHEET, code, styles);
            r.put(RISK_STEP, k.step());
            r.put(RISK_DESCRIPTION, k.description());
            r.put(GRADE, ExcelLabels.GRADES.label(k.grade()));
            r.put(PREVENTION, k.prevention());
            r.put(POST, k.responsiblePost());
            r.put(PUBLISHED, ExcelLabels.YES_NO.label(YesNo.of(k.published())));
        }
    }

    private static void factors(Counter counter, String code, Styles styles, FactorKind kind, List<String> factors) {
        for (String f : list(factors)) {
            Cells r = nested(counter, FACTORS_SHEET, code, styles);
            r.put(FACTOR_KIND, ExcelLabels.FACTOR_KINDS.label(kind));
            r.put(FACTOR, f);
        }
    }

    private static void limit(Cells cells, TimeLimit limit, String days, String unit) {
        if (limit != null && limit.days() != null) {
            cells.put(days, limit.days());
            cells.put(unit, ExcelLabels.LIMIT_UNITS.label(limit.unit()));
        }
    }

    private static Cells nested(Counter counter, SheetDef def, String code, Styles styles) {
        Cells cells = new Cells(counter.row(def.name()), def, styles);
        cells.put(CODE, code);
        return cells;
    }

    private static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l;
    }

    /** Puts values into one row by column header. */
    private record Cells(Row row, SheetDef def, Styles styles) {

        void put(String header, String value) {
            if (value != null) {
                int col = def.indexOf(header);
                CellStyle style = def.columns().get(col).kind() == Kind.LONG_TEXT ? styles.wrap : styles.text;
                cell(row, col, value, style);
            }
        }

        void put(String header, int value) {
            row.createCell(def.indexOf(header)).setCellValue(value);
        }

        /**
         * A number cell when the value survives the trip through a double exactly (always, for real
         * amounts); otherwise text, which the reader parses just the same.
         */
        void put(String header, BigDecimal value) {
            if (value == null) {
                return;
            }
            double d = value.doubleValue();
            if (value.precision() <= 15 && new BigDecimal(Double.toString(d)).compareTo(value) == 0) {
                row.createCell(def.indexOf(header)).setCellValue(d);
            } else {
                cell(row, def.indexOf(header), value.toPlainString(), styles.text);
            }
        }
    }

    private static void cell(Row row, int col, String value, CellStyle style) {
        var cell = row.createCell(col);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** The few cell styles of the workbook (a workbook has a limited number of styles: create once). */
    private static final class Styles {
        final CellStyle header;
        final CellStyle requiredHeader;
        final CellStyle text;
        final CellStyle wrap;
        final CellStyle bold;
        final CellStyle title;

        Styles(SXSSFWorkbook wb) {
            short textFormat = wb.createDataFormat().getFormat("@");
            Font boldFont = wb.createFont();
            boldFont.setBold(true);
            Font redFont = wb.createFont();
            redFont.setBold(true);
            redFont.setColor(IndexedColors.DARK_RED.getIndex());
            Font titleFont = wb.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            header = headerStyle(wb, boldFont);
            requiredHeader = headerStyle(wb, redFont);
            text = wb.createCellStyle();
            text.setDataFormat(textFormat);
            text.setVerticalAlignment(VerticalAlignment.TOP);
            wrap = wb.createCellStyle();
            wrap.setDataFormat(textFormat);
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            bold = wb.createCellStyle();
            bold.setFont(boldFont);
            title = wb.createCellStyle();
            title.setFont(titleFont);
        }

        private static CellStyle headerStyle(SXSSFWorkbook wb, Font font) {
            CellStyle s = wb.createCellStyle();
            s.setFont(font);
            s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            s.setBorderBottom(BorderStyle.THIN);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            return s;
        }
    }
}

package org.sunlight.catalog.excel;

import java.math.BigDecimal;
import java.util.Map;

import org.sunlight.catalog.excel.ExcelLabels.Labels;
import org.sunlight.catalog.excel.ExcelSchema.Column;
import org.sunlight.catalog.excel.ExcelSchema.SheetDef;
import org.sunlight.catalog.excel.WorkbookSheets.RawCell;
import org.sunlight.catalog.excel.WorkbookSheets.RawRow;

/**
 * Typed access to the cells of one data row. Every accessor checks its cell (required, length,
 * number format, choice) and records a problem with sheet, row and column instead of throwing, so one
 * pass reports everything wrong with the row; a bad cell reads as null.
 */
final class RowCells {

    private final SheetDef sheet;
    private final Map<String, Integer> columns;
    private final RawRow row;
    private final ProblemList problems;

    RowCells(SheetDef sheet, Map<String, Integer> columns, RawRow row, ProblemList problems) {
        this.sheet = sheet;
        this.columns = columns;
        this.row = row;
        this.problems = problems;
    }

    int rowNum() {
        return row.rowNum();
    }

    void problem(String header, String code, Object... args) {
        Integer col = columns.get(header);
        problems.add(new ImportProblem(sheet.name(), row.rowNum(), header, col == null ? "" : ExcelSchema.columnLetter(col), code, args));
    }

    /** Text of the cell (numbers in plain notation), null when blank; checks required and {@code max} length. */
    String text(String header, int max) {
        String value = raw(header);
        if (value == null) {
            if (column(header).required()) {
                problem(header, "catalog-excel.error.required");
            }
            return null;
        }
        if (value.length() > max) {
            problem(header, "catalog-excel.error.too-long", max);
            return null;
        }
        return value;
    }

    String text(String header) {
        return text(header, ExcelSchema.CELL_MAX);
    }

    /** An integer ≥ {@code min}; '3', 3 and 3.0 are all 3. */
    Integer integer(String header, int min) {
        String value = text(header);
        if (value == null) {
            return null;
        }
        BigDecimal n = parse(value);
        if (n == null || n.stripTrailingZeros().scale() > 0) {
            problem(header, "catalog-excel.error.not-integer");
            return null;
        }
        if (n.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0 || n.compareTo(BigDecimal.valueOf(min)) < 0) {
            problem(header, "catalog-excel.error.integer-min", min);
            return null;
        }
        return n.intValueExact();
    }

    /** A non-negative decimal with at most {@code maxScale} decimal places, in canonical form. */
    BigDecimal decimal(String header, int maxScale) {
        String value = text(header);
        if (value == null) {
            return null;
        }
        BigDecimal n = parse(value);
        if (n == null) {
            problem(header, "catalog-excel.error.not-number");
            return null;
        }
        if (n.signum() < 0) {
            problem(header, "catalog-excel.error.negative");
            return null;
        }
        BigDecimal canonical = ContentNormalizer.number(n);
        if (canonical.scale() > maxScale) {
            problem(header, "catalog-excel.error.too-many-decimals", maxScale);
            return null;
        }
        return canonical;
    }

    /** One of the drop-down values; an unknown one is reported with the allowed values. */
    <E extends Enum<E>> E choice(String header, Labels<E> labels, String unknownCode) {
        String value = text(header);
        if (value == null) {
            return null;
        }
        return labels.value(value).orElseGet(() -> {
            problem(header, unknownCode, value, String.join("、", labels.labels()));
            return null;
        });
    }

    <E extends Enum<E>> E choice(String header, Labels<E> labels) {
        return choice(header, labels, "catalog-excel.error.unknown-choice");
    }

    boolean blank(String header) {
        return raw(header) == null;
    }

    private Column column(String header) {
        return sheet.columns().get(sheet.indexOf(header));
    }

    /** The cell as trimmed text, null when absent or blank. */
    private String raw(String header) {
        Integer col = columns.get(header);
        if (col == null) {
            return null;
        }
        RawCell cell = row.cell(col);
        if (cell == null) {
            return null;
        }
        String value = switch (cell.type()) {
            case 'n' -> plainNumber(cell.text());
            case 'b' -> "1".equals(cell.text()) ? "TRUE" : "FALSE";
            case 'e' -> {
                problem(header, "catalog-excel.error.cell-error", cell.text());
                yield null;
            }
            default -> cell.text();
        };
        if (value == null) {
            return null;
        }
        value = value.strip();
        return value.isEmpty() ? null : value;
    }

    private static String plainNumber(String raw) {
        try {
            return ContentNormalizer.number(new BigDecimal(raw)).toPlainString();
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    /** A number typed as text: thousands separators and spaces allowed ('10,000'). */
    private static BigDecimal parse(String value) {
        try {
            return new BigDecimal(value.replace(",", "").replace("，", "").replace(" ", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

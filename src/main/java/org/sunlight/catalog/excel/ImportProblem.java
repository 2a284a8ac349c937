package org.sunlight.catalog.excel;

/**
 * One thing wrong in an uploaded workbook: where (sheet, 1-based row as Excel shows it, column header
 * and letter) and why ({@code code} is a message key of catalog-excel*.properties, {@code args} its
 * arguments). Row 0 and an empty column mean the whole sheet or file.
 */
public record ImportProblem(String sheet, int row, String column, String columnLetter, String code, Object... args) {

    static ImportProblem file(String code, Object... args) {
        return new ImportProblem("", 0, "", "", code, args);
    }

    /** '权力事项!D7'-style cell reference, for logs and the API's field name. */
    public String cell() {
        if (row == 0) {
            return sheet;
        }
        return sheet + "!" + columnLetter + row;
    }
}

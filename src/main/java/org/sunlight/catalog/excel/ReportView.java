package org.sunlight.catalog.excel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

/** An {@link ImportReport} with each problem's reason in the reader's language, for JSON and the page. */
final class ReportView {

    private ReportView() {
    }

    record ProblemLine(String sheet, int row, String column, String columnLetter, String cell, String code, String message) {
    }

    static List<ProblemLine> lines(ImportReport report, MessageSource messages, Locale locale) {
        return report.problems().stream().map(p -> new ProblemLine(p.sheet(), p.row(), p.column(), p.columnLetter(), p.cell(), p.code(),
                messages.getMessage(p.code(), p.args(), p.code(), locale))).toList();
    }

    static Map<String, Object> json(ImportReport report, MessageSource messages, Locale locale) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("dryRun", report.dryRun());
        body.put("mode", report.mode().name());
        body.put("imported", report.imported());
        body.put("items", report.items());
        body.put("created", report.created());
        body.put("changed", report.changed());
        body.put("unchanged", report.unchanged());
        body.put("reassigned", report.reassigned());
        body.put("problemTotal", report.problemTotal());
        body.put("problems", lines(report, messages, locale).stream().map(l -> {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("sheet", l.sheet());
            p.put("row", l.row());
            p.put("column", l.column());
            p.put("columnLetter", l.columnLetter());
            p.put("cell", l.cell());
            p.put("code", l.code());
            p.put("message", l.message());
            return p;
        }).toList());
        return body;
    }
}

package org.sunlight.catalog.publicweb;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.sunlight.catalog.PowerItemContent;
import org.sunlight.catalog.internal.ContentCodec;
import org.sunlight.catalog.search.PublicCatalogRows;
import org.sunlight.catalog.search.PublicCatalogRows.InForceRow;
import org.sunlight.catalog.search.PublicContent;
import org.sunlight.catalog.search.PublicVisibility;
import org.sunlight.common.InvalidInputException;
import org.sunlight.organization.DepartmentView;
import org.sunlight.organization.OrganizationDirectory;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open data: the listed items of the public catalog with their versions in force, as CSV (UTF-8 with a
 * byte-order mark so Excel opens the Chinese correctly) and as JSON, for everything or for a department
 * or a region (and below). Streamed straight from the database, so a province's catalog does not have to
 * fit in memory.
 */
@RestController
@Tag(name = "Public catalog")
class OpenDataExport {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    static final List<String> CSV_COLUMNS = List.of("code", "name", "category", "category-code", "department", "region",
            "version", "effective-from", "lifecycle", "statutory-limit", "promised-limit", "legal-basis", "conditions",
            "materials", "fees", "place", "consultation-phone", "complaint-phone", "url");

    private final PublicCatalogRows rows;
    private final ContentCodec codec;
    private final OrganizationDirectory directory;
    private final Labels labels;
    private final JsonMapper json;
    private final Clock clock;
    private final TransactionTemplate readOnly;

    OpenDataExport(PublicCatalogRows rows, ContentCodec codec, OrganizationDirectory directory, Labels labels, JsonMapper json,
            Clock clock, PlatformTransactionManager transactions) {
        this.rows = rows;
        this.codec = codec;
        this.directory = directory;
        this.labels = labels;
        this.json = json;
        this.clock = clock;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    @GetMapping("/public/catalog/export.csv")
    @Operation(summary = "The public catalog as CSV (UTF-8 with BOM)", description = "One row per listed item, its version in force.")
    void csv(@Parameter(description = "department id") @RequestParam(required = false) String department,
            @Parameter(description = "region code (and below)") @RequestParam(required = false) String region,
            Locale locale, HttpServletResponse response) throws IOException {
        Scope scope = scope(department, region);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"catalog.csv\"; filename*=UTF-8''" + scope.fileName() + ".csv");
        OutputStream out = response.getOutputStream();
        out.write(BOM);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(CSV_COLUMNS.stream().map(c -> csvCell(labels.msg("catalog-public.export.column." + c, locale))).collect(Collectors.joining(",")));
        w.write("\r\n");
        each(scope, (row, content, department1) -> {
            try {
                w.write(csvRow(row, content, department1, locale));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        w.flush();
    }

    @GetMapping(value = "/public/catalog/export.json", produces = "application/json")
    @Operation(summary = "The public catalog as JSON", description = "{generatedOn, items: [...], count}; each item with its public content.")
    void json(@RequestParam(required = false) String department, @RequestParam(required = false) String region,
            Locale locale, HttpServletResponse response) throws IOException {
        Scope scope = scope(department, region);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"catalog.json\"; filename*=UTF-8''" + scope.fileName() + ".json");
        try (JsonGenerator g = json.createGenerator(response.getOutputStream())) {
            g.writeStartObject();
            g.writeStringProperty("generatedOn", LocalDate.now(clock).toString());
            g.writeName("items");
            g.writeStartArray();
            int[] count = {0};
            each(scope, (row, content, dept) -> {
                g.writePOJO(new ExportItem(row.code(), content.name(), content.category().name(), content.category().code(),
                        labels.category(content.category(), locale), dept == null ? null : dept.name(), row.departmentId(),
                        dept == null ? null : dept.regionCode(), row.versionNo(), row.effectiveFrom(), row.lifecycle().name(),
                        row.abolishedOn(), PublicJson.itemUrl(row.code()), content));
                count[0]++;
            });
            g.writeEndArray();
            g.writeNumberProperty("count", count[0]);
            g.writeEndObject();
        }
    }

    record ExportItem(String code, String name, String category, String categoryCode, String categoryName, String department,
            long departmentId, String region, int versionNo, LocalDate effectiveFrom, String lifecycle, LocalDate abolishedOn,
            String url, PowerItemContent content) {
    }

    // ---- scope and rows

    /** All departments (null) or the chosen ones. */
    private record Scope(Set<Long> departments, String fileName) {
    }

    private Scope scope(String department, String region) {
        SearchParams.Parsed parsed = SearchParams.parse(null, null, department, region, null, null, directory);
        if (!parsed.ok()) {
            throw new InvalidInputException(parsed.problems());
        }
        if (parsed.query().departmentId() != null) {
            return new Scope(Set.of(parsed.query().departmentId()), "catalog-" + parsed.query().departmentId());
        }
        if (parsed.query().regionCode() != null) {
            return new Scope(directory.departmentsWithin(parsed.query().regionCode()).stream().map(DepartmentView::id).collect(Collectors.toSet()),
                    "catalog-" + parsed.query().regionCode());
        }
        return new Scope(null, "catalog");
    }

    private interface RowAction {
        void accept(InForceRow row, PowerItemContent content, DepartmentView department);
    }

    private void each(Scope scope, RowAction action) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, DepartmentView> departments = new HashMap<>();
        Consumer<InForceRow> consumer = row -> {
            if (PublicVisibility.listed(row.lifecycle(), row.abolishedOn(), today)) {
                DepartmentView d = departments.computeIfAbsent(row.departmentId(), id -> directory.department(id).orElse(null));
                action.accept(row, PublicContent.of(codec.read(row.contentJson())), d);
            }
        };
        readOnly.executeWithoutResult(tx -> {
            if (scope.departments() == null) {
                rows.eachInForceInOrder(today, consumer);
            } else {
                rows.eachInForce(today, scope.departments(), consumer);
            }
        });
    }

    // ---- CSV

    private String csvRow(InForceRow row, PowerItemContent c, DepartmentView d, Locale l) {
        List<String> cells = List.of(
                row.code(), c.name(), labels.category(c.category(), l), c.category().code(), d == null ? "" : d.name(),
                d == null ? "" : d.regionCode(), Integer.toString(row.versionNo()), row.effectiveFrom().toString(),
                labels.of(row.lifecycle(), l), labels.limit(c.statutoryLimit(), l), labels.limit(c.promisedLimit(), l),
                c.legalBases().stream().map(b -> String.join(" ", nn(b.law()), nn(b.article()), nn(b.clause())).strip()).collect(Collectors.joining("；")),
                nn(c.conditions()),
                c.materials().stream().map(PowerItemContent.Material::name).collect(Collectors.joining("；")),
                c.fees().stream().map(f -> String.join(" ", nn(f.item()), labels.feeAmount(f, l)).strip()).collect(Collectors.joining("；")),
                c.service() == null ? "" : nn(c.service().place()),
                c.service() == null ? "" : nn(c.service().consultationPhone()),
                c.service() == null ? "" : nn(c.service().complaintPhone()),
                PublicJson.itemUrl(row.code()));
        return cells.stream().map(OpenDataExport::csvCell).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String nn(String s) {
        return s == null ? "" : s;
    }

    /**
     * RFC 4180 quoting; a cell that a spreadsheet would read as a formula (=, +, @, or - before a non-digit)
     * gets a leading apostrophe so opening the file never runs anything.
     */
    static String csvCell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && (v.charAt(0) == '=' || v.charAt(0) == '+' || v.charAt(0) == '@'
                || (v.charAt(0) == '-' && (v.length() == 1 || !Character.isDigit(v.charAt(1)))))) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}

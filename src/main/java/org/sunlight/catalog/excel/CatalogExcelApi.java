package org.sunlight.catalog.excel;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.sunlight.common.InvalidInputException;
import org.sunlight.organization.OrganizationDirectory;

/**
 * The catalog clerk's Excel API: the template, the export of the department's list, and the import
 * ({@code dryRun=true} only checks). An import with problems answers 422 as problem+json carrying the
 * whole report: {@code errors} as {@code {field: '权力事项!D7', message, sheet, row, column}}.
 */
@RestController
@RequestMapping("/api/v1/catalog/excel")
@PreAuthorize("hasRole('CATALOG_CLERK')")
class CatalogExcelApi {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final CatalogImporter importer;
    private final CatalogExporter exporter;
    private final ExcelAccess access;
    private final OrganizationDirectory organization;
    private final MessageSource messages;
    private final Clock clock;

    CatalogExcelApi(CatalogImporter importer, CatalogExporter exporter, ExcelAccess access, OrganizationDirectory organization,
            MessageSource messages, Clock clock) {
        this.importer = importer;
        this.exporter = exporter;
        this.access = access;
        this.organization = organization;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/template")
    ResponseEntity<byte[]> template(@RequestParam(required = false) Long department) {
        long id = access.resolve(department);
        return xlsx(exporter.template(id), fileName(id, "权力事项导入模板"));
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) Long department,
            @RequestParam(defaultValue = "published") String versions) {
        long id = access.resolve(department);
        CatalogExporter.Versions which = versions(versions);
        String suffix = (which == CatalogExporter.Versions.PUBLISHED ? "权力事项清单-" : "权力事项清单(含草稿)-")
                + LocalDate.now(clock).format(DateTimeFormatter.BASIC_ISO_DATE);
        return xlsx(exporter.export(id, which), fileName(id, suffix));
    }

    @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> importWorkbook(@RequestParam(required = false) Long department,
            @RequestParam(defaultValue = "false") boolean dryRun, @RequestParam(name = "file", required = false) MultipartFile file,
            Locale locale) throws IOException {
        long id = access.resolve(department);
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "catalog-excel.error.file-required");
        }
        ImportReport report = importer.importWorkbook(id, file.getBytes(), file.getOriginalFilename(), ImportOptions.clerk(dryRun));
        Map<String, Object> body = ReportView.json(report, messages, locale);
        if (report.ok()) {
            return ResponseEntity.ok(body);
        }
        ProblemDetail pd = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        pd.setType(URI.create("urn:sunlight:problem:catalog-excel.import-refused"));
        pd.setTitle(messages.getMessage("catalog-excel.import.refused", new Object[] {report.problemTotal()},
                "catalog-excel.import.refused", locale));
        body.forEach(pd::setProperty);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> problems = (List<Map<String, Object>>) body.get("problems");
        pd.setProperty("errors", problems.stream().map(p -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("field", p.get("cell"));
            e.put("message", p.get("message"));
            e.put("sheet", p.get("sheet"));
            e.put("row", p.get("row"));
            e.put("column", p.get("column"));
            return e;
        }).toList());
        return ResponseEntity.status(pd.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
    }

    static CatalogExporter.Versions versions(String value) {
        return switch (value == null ? "" : value.trim().toLowerCase(Locale.ROOT)) {
            case "", "published" -> CatalogExporter.Versions.PUBLISHED;
            case "latest" -> CatalogExporter.Versions.LATEST;
            default -> throw new InvalidInputException("versions", "catalog-excel.error.versions");
        };
    }

    private String fileName(long departmentId, String suffix) {
        String dept = organization.department(departmentId).map(d -> d.name()).orElse(String.valueOf(departmentId));
        return dept + "-" + suffix + ".xlsx";
    }

    static ResponseEntity<byte[]> xlsx(byte[] bytes, String fileName) {
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(bytes);
    }
}

package org.sunlight.catalog.excel;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.sunlight.common.SunlightException;
import org.sunlight.organization.DepartmentView;

/**
 * The catalog clerk's Excel page: download the template or the department's list, upload a workbook
 * (optionally only to check it) and read the report, every problem with its sheet, row and column.
 */
@Controller
@RequestMapping("/catalog/excel")
@PreAuthorize("hasRole('CATALOG_CLERK')")
class CatalogExcelPage {

    private final CatalogImporter importer;
    private final ExcelAccess access;
    private final MessageSource messages;

    CatalogExcelPage(CatalogImporter importer, ExcelAccess access, MessageSource messages) {
        this.importer = importer;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping
    String page(@RequestParam(required = false) Long department, Model model) {
        fill(model, department);
        return "catalog/excel";
    }

    @PostMapping("/import")
    String importWorkbook(@RequestParam(required = false) Long department, @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(name = "file", required = false) MultipartFile file, Model model, Locale locale) throws IOException {
        Long selected = fill(model, department);
        model.addAttribute("dryRun", dryRun);
        if (selected == null) {
            return "catalog/excel";
        }
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", messages.getMessage("catalog-excel.error.file-required", null, locale));
            return "catalog/excel";
        }
        try {
            // The importer checks the clerk's scope over the department asked for.
            long target = department != null ? department : selected;
            ImportReport report = importer.importWorkbook(target, file.getBytes(), file.getOriginalFilename(), ImportOptions.clerk(dryRun));
            model.addAttribute("report", report);
            model.addAttribute("fileName", file.getOriginalFilename());
            model.addAttribute("problems", ReportView.lines(report, messages, locale));
        } catch (SunlightException e) {
            model.addAttribute("fileError", messages.getMessage(e.code(), e.args(), e.code(), locale));
        }
        return "catalog/excel";
    }

    /** Puts the clerk's departments and the selected one (the asked-for one if allowed, else the first). */
    private Long fill(Model model, Long department) {
        List<DepartmentView> departments = access.departments();
        model.addAttribute("departments", departments);
        Long selected = departments.stream().map(DepartmentView::id).filter(id -> id.equals(department)).findFirst()
                .orElse(departments.isEmpty() ? null : departments.get(0).id());
        model.addAttribute("selected", selected);
        return selected;
    }
}

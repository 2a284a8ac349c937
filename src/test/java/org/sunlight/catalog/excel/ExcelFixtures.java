package org.sunlight.catalog.excel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.sunlight.identity.Actor;
import org.sunlight.identity.Grant;
import org.sunlight.identity.Role;
import org.sunlight.identity.ScopeKind;
import org.sunlight.identity.internal.AccountPrincipal;
import org.sunlight.organization.DepartmentKind;
import org.sunlight.organization.OrganizationAdmin;

/**
 * Test departments of their own (so imports never touch the demo lists other tests read) and a catalog
 * clerk scoped to such a department: a signed-in principal built directly, with a real department grant,
 * so the scope checks are the production ones.
 */
final class ExcelFixtures {

    static final List<String> UNITS = List.of("法规科", "物管科", "交易与权属管理中心");

    record TestDepartment(long id, String name, String tag) {

        RequestPostProcessor clerk() {
            return SecurityMockMvcRequestPostProcessors.authentication(token(id));
        }

        <T> T asClerk(Callable<T> action) {
            var previous = SecurityContextHolder.getContext();
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(token(id));
            SecurityContextHolder.setContext(context);
            try {
                return action.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        }

        /** Codes unique to this department, so tests never collide. */
        String code(int n) {
            return "T" + tag + "-" + n;
        }
    }

    private ExcelFixtures() {
    }

    static TestDepartment department(OrganizationAdmin admin) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String name = "导入测试局" + tag;
        long id = admin.createDepartment("321081", name, null, DepartmentKind.ADMINISTRATIVE).value().id();
        for (String unit : UNITS) {
            admin.createUnit(id, unit);
        }
        return new TestDepartment(id, name, tag);
    }

    private static UsernamePasswordAuthenticationToken token(long departmentId) {
        Actor actor = new Actor(-departmentId, "excel_clerk_" + departmentId, "导入测试录入员", null,
                List.of(new Grant(-departmentId, Role.CATALOG_CLERK, ScopeKind.DEPARTMENT, String.valueOf(departmentId))));
        AccountPrincipal p = new AccountPrincipal(actor, false);
        return UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities());
    }

    static byte[] workbook(String departmentName, List<String> units, List<CatalogRow> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CatalogWorkbookWriter(departmentName, units).write(rows, out);
        return out.toByteArray();
    }

    /** Opens the workbook, lets {@code edit} change it, returns the saved bytes. */
    static byte[] edit(byte[] xlsx, Consumer<XSSFWorkbook> edit) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            edit.accept(wb);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** Sets a cell by sheet, 1-based row as Excel shows it, and column header; null clears it. */
    static void set(XSSFWorkbook wb, ExcelSchema.SheetDef def, int row, String header, Object value) {
        Sheet sheet = wb.getSheet(def.name());
        Row r = sheet.getRow(row - 1) == null ? sheet.createRow(row - 1) : sheet.getRow(row - 1);
        int col = def.indexOf(header);
        if (value == null) {
            if (r.getCell(col) != null) {
                r.removeCell(r.getCell(col));
            }
        } else if (value instanceof Number n) {
            r.createCell(col).setCellValue(n.doubleValue());
        } else {
            r.createCell(col).setCellValue(value.toString());
        }
    }

    /** Appends a row to a sheet with the given header → value pairs. */
    static int append(XSSFWorkbook wb, ExcelSchema.SheetDef def, Object... headerValuePairs) {
        Sheet sheet = wb.getSheet(def.name());
        int row = sheet.getLastRowNum() + 2; // 1-based number of the new row
        for (int i = 0; i < headerValuePairs.length; i += 2) {
            set(wb, def, row, (String) headerValuePairs[i], headerValuePairs[i + 1]);
        }
        return row;
    }
}

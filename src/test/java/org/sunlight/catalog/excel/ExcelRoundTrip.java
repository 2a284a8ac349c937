package org.sunlight.catalog.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;

/** For tests outside this package: rows written to a workbook and read back, failing on any problem. */
public final class ExcelRoundTrip {

    private ExcelRoundTrip() {
    }

    public static List<CatalogRow> readBack(String department, List<String> units, List<CatalogRow> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CatalogWorkbookWriter(department, units).write(rows, out);
        CatalogWorkbookReader.Result result = new CatalogWorkbookReader(new HashSet<>(units)).read(out.toByteArray());
        if (!result.ok()) {
            throw new AssertionError(result.problemTotal() + " problems, first: " + result.problems().subList(0, Math.min(5, result.problems().size())));
        }
        return result.items();
    }
}

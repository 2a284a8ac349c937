package org.sunlight.catalog.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Writer and reader without Spring: whatever the writer writes, the reader reads back as the same content. */
class WorkbookRoundTripTests {

    private static final List<String> UNITS = List.of("法规科", "物管科", "交易与权属管理中心");

    static byte[] write(List<CatalogRow> rows, List<String> units) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CatalogWorkbookWriter("测试部门", units).write(rows, out);
        return out.toByteArray();
    }

    @Test
    void randomCatalogsComeBackIdenticalAfterNormalising() throws IOException {
        for (long seed = 1; seed <= 40; seed++) {
            List<CatalogRow> rows = new RandomContent(seed, UNITS).rows("T" + seed, 1 + (int) (seed % 7) * 3);
            CatalogWorkbookReader.Result result = new CatalogWorkbookReader(Set.copyOf(UNITS)).read(write(rows, UNITS));
            assertThat(result.problems()).as("seed %d", seed).isEmpty();
            assertThat(result.items()).as("seed %d", seed).hasSameSizeAs(rows);
            for (int i = 0; i < rows.size(); i++) {
                CatalogRow expected = rows.get(i);
                CatalogRow actual = result.items().get(i);
                assertThat(actual.code()).isEqualTo(expected.code());
                assertThat(actual.seqNo()).isEqualTo(expected.seqNo());
                assertThat(actual.content()).as("seed %d item %s: %s", seed, expected.code(), expected.content())
                        .isEqualTo(ContentNormalizer.normalize(expected.content()));
            }
        }
    }

    @Test
    void normalisingIsIdempotentAndWritingNormalisedContentChangesNothing() throws IOException {
        for (long seed = 100; seed < 120; seed++) {
            List<CatalogRow> rows = new RandomContent(seed, UNITS).rows("N" + seed, 5).stream()
                    .map(r -> new CatalogRow(r.code(), r.seqNo(), ContentNormalizer.normalize(r.content()))).toList();
            rows.forEach(r -> assertThat(ContentNormalizer.normalize(r.content())).isEqualTo(r.content()));
            List<CatalogRow> back = new CatalogWorkbookReader(Set.copyOf(UNITS)).read(write(rows, UNITS)).items();
            assertThat(back).as("seed %d", seed).isEqualTo(rows);
        }
    }

    @Test
    void emptyTemplateReadsAsNoItemsWithOnlyThatProblem() throws IOException {
        CatalogWorkbookReader.Result result = new CatalogWorkbookReader(Set.copyOf(UNITS)).read(write(List.of(), UNITS));
        assertThat(result.items()).isEmpty();
        assertThat(result.problems()).extracting(ImportProblem::code).containsExactly("catalog-excel.error.no-items");
    }

    @Test
    void somethingThatIsNotAWorkbookIsOneProblem() {
        CatalogWorkbookReader.Result result = new CatalogWorkbookReader(Set.of()).read("not a spreadsheet".getBytes());
        assertThat(result.problems()).extracting(ImportProblem::code).containsExactly("catalog-excel.error.not-xlsx");
    }
}

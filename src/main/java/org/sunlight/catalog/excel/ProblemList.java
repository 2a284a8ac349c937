package org.sunlight.catalog.excel;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems found in one import, in the order found. A wrong file (say, a different spreadsheet
 * uploaded by mistake) could yield one problem per cell; past {@link #LIMIT} the list stops growing and
 * ends with a note saying so, so the report stays readable and the response small.
 */
final class ProblemList {

    static final int LIMIT = 1000;

    private final List<ImportProblem> problems = new ArrayList<>();
    private int total;

    void add(ImportProblem problem) {
        total++;
        if (problems.size() < LIMIT) {
            problems.add(problem);
        }
    }

    boolean isEmpty() {
        return total == 0;
    }

    int total() {
        return total;
    }

    List<ImportProblem> list() {
        if (total <= LIMIT) {
            return List.copyOf(problems);
        }
        List<ImportProblem> out = new ArrayList<>(problems);
        out.add(ImportProblem.file("catalog-excel.error.too-many", LIMIT, total));
        return List.copyOf(out);
    }
}

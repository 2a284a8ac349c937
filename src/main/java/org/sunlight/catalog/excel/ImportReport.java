package org.sunlight.catalog.excel;

import java.util.List;

/**
 * The answer to an import: whether anything was written ({@code imported}; never when there is a
 * problem, never in a dry run), what was (or, in a dry run, would be) done per item, and every problem
 * found. {@code problemTotal} counts all problems; {@code problems} lists at most the first thousand.
 *
 * @param created new items (with their first version)
 * @param changed existing items given a new version, or whose draft was replaced
 * @param unchanged existing items whose content is already the same
 * @param reassigned existing items moved to another host unit
 */
public record ImportReport(boolean dryRun, ImportMode mode, boolean imported, int items, int created, int changed,
        int unchanged, int reassigned, List<ImportProblem> problems, int problemTotal) {

    public boolean ok() {
        return problemTotal == 0;
    }
}

package org.sunlight.catalog.excel;

import java.time.LocalDate;

/**
 * How an import runs. Only three kinds exist, built by the factory methods:
 * <ul>
 * <li>{@link #clerk}: the department's catalog clerk uploading a workbook (pages and API). Always
 * creates DRAFT versions, which then go through the normal review (unit head › leader › legal
 * review › publish): nothing reaches the public catalog unreviewed.</li>
 * <li>{@link #system}: an operator's import from the command line (a migration of a list that was
 * already reviewed and approved outside the platform, the generator, the benchmark). May publish
 * directly; each version gets a sign-off 'IMPORT' and the import an audit entry naming the operator.</li>
 * <li>{@link #demo}: the demo data, published directly with sign-off 'DEMO' (the starting state, not
 * audited, like the rest of the demo data).</li>
 * </ul>
 * No web path can build the last two.
 */
public record ImportOptions(boolean dryRun, ImportMode mode, Origin origin, String actor, String signOffAction,
        LocalDate effectiveFrom) {

    public enum Origin { CLERK, SYSTEM, DEMO }

    public static ImportOptions clerk(boolean dryRun) {
        return new ImportOptions(dryRun, ImportMode.DRAFT, Origin.CLERK, null, "IMPORT", null);
    }

    /** @param effectiveFrom for PUBLISH: the date the versions take effect; null means today */
    public static ImportOptions system(String operator, ImportMode mode, boolean dryRun, LocalDate effectiveFrom) {
        if (operator == null || operator.isBlank()) {
            throw new IllegalArgumentException("a system import names its operator");
        }
        return new ImportOptions(dryRun, mode, Origin.SYSTEM, operator, "IMPORT", effectiveFrom);
    }

    public static ImportOptions demo(LocalDate effectiveFrom) {
        return new ImportOptions(false, ImportMode.PUBLISH, Origin.DEMO, "demo", "DEMO", effectiveFrom);
    }
}

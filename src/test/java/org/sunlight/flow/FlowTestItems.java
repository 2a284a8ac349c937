package org.sunlight.flow;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.sunlight.catalog.LimitUnit;
import org.sunlight.catalog.PowerCategory;
import org.sunlight.catalog.PowerItemContent;
import org.sunlight.catalog.PowerItemContent.RiskGrade;
import org.sunlight.catalog.PowerItemContent.RiskPoint;
import org.sunlight.catalog.TimeLimit;
import org.sunlight.catalog.VersionState;
import org.sunlight.catalog.internal.CatalogStore;
import org.sunlight.organization.OrganizationDirectory;

/**
 * Catalog items for flowchart tests, written straight through {@link CatalogStore} (the catalog's own
 * services are being built elsewhere), in the demo department 仪征市住房和城乡建设局 whose catalog clerk
 * is the demo account catalog_clerk. Codes are unique per test run.
 */
public final class FlowTestItems {

    public static final String DEPARTMENT = "仪征市住房和城乡建设局";
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    private final CatalogStore store;
    private final OrganizationDirectory organization;
    private final Clock clock;

    public FlowTestItems(CatalogStore store, OrganizationDirectory organization, Clock clock) {
        this.store = store;
        this.organization = organization;
        this.clock = clock;
    }

    /** An item and its id, code and first (published) version. */
    public record Item(long id, String code, long versionId, long departmentId) {
    }

    public long department() {
        return organization.departmentsNamed(DEPARTMENT).get(0).id();
    }

    public Item published(PowerCategory category, String name, TimeLimit promised, LocalDate effectiveFrom) {
        long dept = department();
        String code = "FLOWTEST-" + RUN + "-" + SEQ.incrementAndGet();
        Instant now = clock.instant();
        long itemId = store.insertItem(code, dept, null, store.nextSeqNo(dept), now);
        long versionId = addVersion(itemId, 1, content(category, name, promised), VersionState.PUBLISHED, effectiveFrom);
        return new Item(itemId, code, versionId, dept);
    }

    public Item published(PowerCategory category, String name) {
        return published(category, name, new TimeLimit(20, LimitUnit.WORKING_DAYS), LocalDate.now(clock));
    }

    public long addVersion(long itemId, int no, PowerItemContent content, VersionState state, LocalDate effectiveFrom) {
        Instant now = clock.instant();
        long versionId = store.insertVersion(itemId, no, VersionState.DRAFT, content, now, "test");
        if (state != VersionState.DRAFT) {
            store.setState(versionId, 0, state, effectiveFrom, state == VersionState.PUBLISHED ? now : null, now);
        }
        return versionId;
    }

    public static PowerItemContent content(PowerCategory category, String name, TimeLimit promised) {
        return new PowerItemContent(name, category, null, null, null, PowerItemContent.ExerciseLevel.COUNTY,
                new PowerItemContent.Contact("法规科", "陈静", "0514-83421234"), List.of(), List.of(),
                new TimeLimit(20, LimitUnit.WORKING_DAYS), promised, List.of(), "无", List.of(), null, null, List.of(),
                List.of(new RiskPoint("受理", "对符合条件的申请不予受理或拖延受理", RiskGrade.B, "一次性告知，限时办结", "受理岗", true),
                        new RiskPoint("决定", "擅自降低标准作出许可决定", RiskGrade.A, "集体研究，法制审核", "分管领导", true)));
    }
}

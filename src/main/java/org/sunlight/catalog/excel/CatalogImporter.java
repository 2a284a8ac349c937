package org.sunlight.catalog.excel;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunlight.audit.AuditEntry;
import org.sunlight.audit.AuditTrail;
import org.sunlight.catalog.ItemLifecycle;
import org.sunlight.catalog.PowerItemVersionPublished;
import org.sunlight.catalog.VersionState;
import org.sunlight.catalog.excel.ExcelQueries.ExistingItem;
import org.sunlight.catalog.excel.ExcelQueries.LatestVersion;
import org.sunlight.catalog.excel.ImportOptions.Origin;
import org.sunlight.catalog.internal.CatalogStore;
import org.sunlight.common.ConflictException;
import org.sunlight.common.NotFoundException;
import org.sunlight.identity.CurrentUser;
import org.sunlight.identity.Role;
import org.sunlight.organization.DepartmentView;
import org.sunlight.organization.OrganizationDirectory;
import org.sunlight.organization.UnitView;

/**
 * Imports a department's list, all or nothing: the workbook is read and every row of every sheet
 * checked, then the items are checked against the database (a code owned by another department, a
 * list number taken, an item under review or abolished); only when nothing at all is wrong is
 * anything written, in the one transaction of this call. A dry run stops after the checks and reports
 * what would happen.
 * <p>
 * Per item: a new code creates the item and its first version; a known code of this department gets a
 * new version when its content differs from the newest one (or, if that newest one is a draft, the
 * draft's content is replaced), and nothing when it is the same. Versions are DRAFT for clerks; system
 * and demo imports may publish them directly (see {@link ImportOptions}).
 */
@Service
public class CatalogImporter {

    private static final String ROLE_SYSTEM = "system";

    private final CatalogStore store;
    private final ExcelQueries queries;
    private final OrganizationDirectory organization;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CatalogImporter(CatalogStore store, ExcelQueries queries, OrganizationDirectory organization, CurrentUser currentUser,
            AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.queries = queries;
        this.organization = organization;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Imports an uploaded workbook into the department. */
    @Transactional
    public ImportReport importWorkbook(long departmentId, byte[] xlsx, String fileName, ImportOptions options) {
        DepartmentView department = department(departmentId);
        String actor = authorize(department, options);
        Map<String, Long> units = activeUnits(departmentId);
        CatalogWorkbookReader.Result parsed = new CatalogWorkbookReader(units.keySet()).read(xlsx);
        if (!parsed.ok()) {
            return new ImportReport(options.dryRun(), options.mode(), false, parsed.rowOfCode().size(), 0, 0, 0, 0,
                    parsed.problems(), parsed.problemTotal());
        }
        return apply(department, units, parsed.items(), parsed.rowOfCode(), options, actor, fileName, sha256(xlsx));
    }

    /**
     * Imports items built in code (demo data, the generator). They get the checks against the database
     * and the list's own consistency (unique codes and numbers, known units); their content is trusted
     * to be well-formed and is normalised.
     */
    @Transactional
    public ImportReport importRows(long departmentId, List<CatalogRow> rows, ImportOptions options) {
        DepartmentView department = department(departmentId);
        String actor = authorize(department, options);
        Map<String, Long> units = activeUnits(departmentId);
        ProblemList problems = new ProblemList();
        Map<String, Integer> rowOfCode = new LinkedHashMap<>();
        Map<Integer, Integer> rowOfSeq = new HashMap<>();
        List<CatalogRow> normalised = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            CatalogRow r = rows.get(i);
            int rowNum = i + 2; // as if on the main sheet, below its header
            if (rowOfCode.putIfAbsent(r.code(), rowNum) != null) {
                problems.add(main(rowNum, ExcelSchema.CODE, "catalog-excel.error.duplicate-code", rowOfCode.get(r.code())));
            }
            if (rowOfSeq.putIfAbsent(r.seqNo(), rowNum) != null) {
                problems.add(main(rowNum, ExcelSchema.SEQ, "catalog-excel.error.duplicate-seq", rowOfSeq.get(r.seqNo())));
            }
            if (r.unitName() != null && !units.containsKey(r.unitName())) {
                problems.add(main(rowNum, ExcelSchema.HOST_UNIT, "catalog-excel.error.unknown-unit", r.unitName()));
            }
            normalised.add(new CatalogRow(r.code(), r.seqNo(), ContentNormalizer.normalize(r.content())));
        }
        if (!problems.isEmpty()) {
            return new ImportReport(options.dryRun(), options.mode(), false, rows.size(), 0, 0, 0, 0, problems.list(), problems.total());
        }
        return apply(department, units, normalised, rowOfCode, options, actor, null, null);
    }

    // ---- checks against the database, then the writes

    private enum Kind { CREATE, REPLACE_DRAFT, NEW_VERSION, UNCHANGED }

    private record Step(CatalogRow row, Kind kind, ExistingItem item, LatestVersion latest, Long unitId) {

        boolean reassign() {
            return item != null && !Objects.equals(item.unitId(), unitId);
        }
    }

    private ImportReport apply(DepartmentView department, Map<String, Long> units, List<CatalogRow> rows,
            Map<String, Integer> rowOfCode, ImportOptions options, String actor, String fileName, String digest) {
        ProblemList problems = new ProblemList();
        Map<String, ExistingItem> existing = queries.itemsByCode(rowOfCode.keySet());
        Map<Long, LatestVersion> latest = queries.latestVersions(existing.values().stream()
                .filter(i -> i.departmentId() == department.id()).map(ExistingItem::id).toList());
        Map<Integer, String> seqTaken = queries.seqNumbers(department.id());
        List<Step> steps = new ArrayList<>();
        for (CatalogRow row : rows) {
            int rowNum = rowOfCode.get(row.code());
            Long unitId = row.unitName() == null ? null : units.get(row.unitName());
            ExistingItem item = existing.get(row.code());
            if (item == null) {
                String holder = seqTaken.get(row.seqNo());
                if (holder != null) {
                    problems.add(main(rowNum, ExcelSchema.SEQ, "catalog-excel.error.seq-taken", row.seqNo(), holder));
                }
                steps.add(new Step(row, Kind.CREATE, null, null, unitId));
                continue;
            }
            if (item.departmentId() != department.id()) {
                String owner = organization.department(item.departmentId()).map(DepartmentView::name).orElse("#" + item.departmentId());
                problems.add(main(rowNum, ExcelSchema.CODE, "catalog-excel.error.code-other-department", row.code(), owner));
                continue;
            }
            if (item.lifecycle() == ItemLifecycle.ABOLISHED || item.lifecycle() == ItemLifecycle.DELEGATED) {
                String code = item.lifecycle() == ItemLifecycle.ABOLISHED ? "catalog-excel.error.item-abolished"
                        : "catalog-excel.error.item-delegated";
                problems.add(main(rowNum, ExcelSchema.CODE, code, row.code()));
                continue;
            }
            if (item.seqNo() != row.seqNo()) {
                problems.add(main(rowNum, ExcelSchema.SEQ, "catalog-excel.error.seq-changed", item.seqNo()));
            }
            LatestVersion v = latest.get(item.id());
            Kind kind = kindFor(v, row, options.mode());
            if (kind == null) {
                String code = v.state() == VersionState.DRAFT ? "catalog-excel.error.draft-open" : "catalog-excel.error.in-review";
                problems.add(main(rowNum, ExcelSchema.CODE, code, row.code()));
                continue;
            }
            steps.add(new Step(row, kind, item, v, unitId));
        }
        int created = count(steps, Kind.CREATE);
        int changed = count(steps, Kind.NEW_VERSION) + count(steps, Kind.REPLACE_DRAFT);
        int unchanged = count(steps, Kind.UNCHANGED);
        int reassigned = (int) steps.stream().filter(Step::reassign).count();
        boolean write = problems.isEmpty() && !options.dryRun();
        if (write) {
            write(department, steps, options, actor, fileName);
            if (options.origin() != Origin.DEMO && created + changed + reassigned > 0) {
                audit(department, options, actor, fileName, digest, rows.size(), created, changed, unchanged, reassigned);
            }
        }
        return new ImportReport(options.dryRun(), options.mode(), write, rows.size(), created, changed, unchanged, reassigned,
                problems.list(), problems.total());
    }

    /** What to do with an existing item given its newest version; null when it is in review (or, publishing, a draft). */
    private static Kind kindFor(LatestVersion v, CatalogRow row, ImportMode mode) {
        if (v == null) {
            return Kind.NEW_VERSION;
        }
        boolean same = ContentNormalizer.normalize(v.content()).equals(row.content());
        return switch (v.state()) {
            case PUBLISHED, SUPERSEDED -> same ? Kind.UNCHANGED : Kind.NEW_VERSION;
            case DRAFT -> mode == ImportMode.DRAFT ? (same ? Kind.UNCHANGED : Kind.REPLACE_DRAFT) : null;
            default -> null;
        };
    }

    private void write(DepartmentView department, List<Step> steps, ImportOptions options, String actor, String fileName) {
        Instant now = clock.instant();
        boolean publish = options.mode() == ImportMode.PUBLISH;
        LocalDate effective = options.effectiveFrom() != null ? options.effectiveFrom() : LocalDate.now(clock);
        VersionState state = publish ? VersionState.PUBLISHED : VersionState.DRAFT;
        String role = options.origin() == Origin.CLERK ? Role.CATALOG_CLERK.key() : ROLE_SYSTEM;
        String opinion = fileName == null ? null : "Excel: " + fileName;
        for (Step step : steps) {
            CatalogRow row = step.row();
            if (step.reassign()) {
                store.assignUnit(step.item().id(), step.item().version(), step.unitId());
            }
            switch (step.kind()) {
                case UNCHANGED -> {
                }
                case REPLACE_DRAFT -> {
                    store.updateContent(step.latest().id(), step.latest().version(), row.content(), now);
                    store.signOff(step.item().id(), step.latest().id(), options.signOffAction(), VersionState.DRAFT, VersionState.DRAFT,
                            actor, role, opinion, now);
                }
                case CREATE, NEW_VERSION -> {
                    long itemId = step.kind() == Kind.CREATE
                            ? store.insertItem(row.code(), department.id(), step.unitId(), row.seqNo(), now)
                            : step.item().id();
                    int versionNo = step.latest() == null ? (step.kind() == Kind.CREATE ? 1 : store.nextVersionNo(itemId))
                            : step.latest().versionNo() + 1;
                    long versionId = store.insertVersion(itemId, versionNo, state, row.content(), now, actor);
                    if (publish) {
                        store.setState(versionId, 0, VersionState.PUBLISHED, effective, now, now);
                        if (step.latest() != null && step.latest().state() == VersionState.PUBLISHED) {
                            store.setState(step.latest().id(), step.latest().version(), VersionState.SUPERSEDED, null, null, now);
                        }
                    }
                    store.signOff(itemId, versionId, options.signOffAction(), null, state, actor, role, opinion, now);
                    if (publish) {
                        events.publishEvent(new PowerItemVersionPublished(itemId, versionId, row.code(), department.id(), versionNo,
                                effective));
                    }
                }
            }
        }
    }

    private void audit(DepartmentView department, ImportOptions options, String actor, String fileName, String digest, int items,
            int created, int changed, int unchanged, int reassigned) {
        String after = "{\"department\":" + department.id() + ",\"mode\":\"" + options.mode() + "\",\"file\":" + json(fileName)
                + ",\"sha256\":" + json(digest) + ",\"items\":" + items + ",\"created\":" + created + ",\"changed\":" + changed
                + ",\"unchanged\":" + unchanged + ",\"reassigned\":" + reassigned + "}";
        AuditEntry entry = AuditEntry.of("catalog.excel.import", "department", department.id()).after(after);
        audit.record(options.origin() == Origin.SYSTEM ? entry.by(actor, ROLE_SYSTEM) : entry);
    }

    // ---- helpers

    private DepartmentView department(long id) {
        DepartmentView d = organization.department(id).orElseThrow(() -> new NotFoundException("organization.department.not-found", id));
        if (!d.active()) {
            throw new ConflictException("catalog-excel.department-inactive", d.name());
        }
        return d;
    }

    /** Clerks need the catalog-clerk role over the whole department; returns who is acting. */
    private String authorize(DepartmentView department, ImportOptions options) {
        if (options.origin() == Origin.CLERK) {
            currentUser.require(Role.CATALOG_CLERK, currentUser.targetOfDepartment(department.id()));
            return currentUser.actor().username();
        }
        return options.actor();
    }

    Map<String, Long> activeUnits(long departmentId) {
        Map<String, Long> units = new LinkedHashMap<>();
        organization.unitsOf(departmentId).stream().filter(UnitView::active).forEach(u -> units.putIfAbsent(u.name(), u.id()));
        return units;
    }

    private static ImportProblem main(int row, String column, String code, Object... args) {
        int col = ExcelSchema.MAIN_SHEET.indexOf(column);
        return new ImportProblem(ExcelSchema.MAIN, row, column, ExcelSchema.columnLetter(col), code, args);
    }

    private static int count(List<Step> steps, Kind kind) {
        return (int) steps.stream().filter(s -> s.kind() == kind).count();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String json(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (ch < 0x20) {
                        b.append(String.format("\\u%04x", (int) ch));
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}

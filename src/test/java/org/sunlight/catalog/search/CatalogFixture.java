package org.sunlight.catalog.search;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.sunlight.catalog.ItemLifecycle;
import org.sunlight.catalog.LimitUnit;
import org.sunlight.catalog.PowerCategory;
import org.sunlight.catalog.PowerItemContent;
import org.sunlight.catalog.PowerItemContent.BenchmarkLevel;
import org.sunlight.catalog.PowerItemContent.Contact;
import org.sunlight.catalog.PowerItemContent.Fee;
import org.sunlight.catalog.PowerItemContent.FineKind;
import org.sunlight.catalog.PowerItemContent.LegalBasis;
import org.sunlight.catalog.PowerItemContent.Material;
import org.sunlight.catalog.PowerItemContent.MaterialForm;
import org.sunlight.catalog.PowerItemContent.Penalty;
import org.sunlight.catalog.PowerItemContent.Responsibility;
import org.sunlight.catalog.PowerItemContent.ResponsibilityStage;
import org.sunlight.catalog.PowerItemContent.RiskGrade;
import org.sunlight.catalog.PowerItemContent.RiskPoint;
import org.sunlight.catalog.PowerItemContent.Service;
import org.sunlight.catalog.PowerItemLifecycleChanged;
import org.sunlight.catalog.PowerItemVersionPublished;
import org.sunlight.catalog.TimeLimit;
import org.sunlight.catalog.VersionState;
import org.sunlight.catalog.internal.CatalogStore;

/**
 * Test data for the public catalog until the lifecycle services exist in this branch: items and versions
 * written through {@link CatalogStore}, and the catalog's events published after the commit as the
 * lifecycle service will publish them. Every name carries a {@link #uniqueWord()} so tests sharing one
 * database (and the demo catalog) find only their own items.
 */
public final class CatalogFixture {

    private static final String RARE = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥";
    private static final AtomicInteger COUNTER = new AtomicInteger(new java.util.Random().nextInt(100_000));

    private final CatalogStore store;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    public CatalogFixture(CatalogStore store, ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
        this.store = store;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Four characters no real item name contains, different on every call (e.g. 癸丑甲子). */
    public static String uniqueWord() {
        int n = COUNTER.incrementAndGet();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            sb.append(RARE.charAt(n % RARE.length()));
            n /= RARE.length();
        }
        return sb.toString();
    }

    public static String uniqueCode(String prefix) {
        return prefix + "-" + Integer.toString(COUNTER.incrementAndGet(), 36).toUpperCase() + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public static PowerItemContent content(String name, PowerCategory category) {
        return new PowerItemContent(name, category, "000123", "11321081MB1234567X" + "0001", null,
                PowerItemContent.ExerciseLevel.COUNTY,
                new Contact("法规科", "王科长", "0514-83421234"),
                List.of(new Contact("物业管理科", "李工", "0514-83425678")),
                List.of(new LegalBasis("《物业管理条例》", "第五十九条", "第一款",
                        "违反本条例的规定，不移交有关资料的，由县级以上地方人民政府房地产行政主管部门责令限期改正")),
                new TimeLimit(20, LimitUnit.WORKING_DAYS), new TimeLimit(10, LimitUnit.WORKING_DAYS),
                List.of(new Fee("不收费", "", "", BigDecimal.ZERO, BigDecimal.ZERO)),
                "申请人应当具有独立法人资格",
                List.of(new Material("营业执照副本复印件", MaterialForm.PAPER, 1, "申请人自备", true),
                        new Material("法定代表人身份证明", MaterialForm.BOTH, 1, "申请人自备", true)),
                new Service("窗口办理", "仪征市政务服务中心三楼住建窗口", "工作日 9:00-17:00", "https://zwfw.example.gov.cn",
                        "0514-83420000", "0514-83429999"),
                category == PowerCategory.PENALTY ? new Penalty("建设单位未按规定移交资料", "《物业管理条例》第五十九条",
                        List.of(new BenchmarkLevel("轻微", "逾期未满30日且主动改正", FineKind.AMOUNT, new BigDecimal("10000"), new BigDecimal("30000"), "责令限期改正"),
                                new BenchmarkLevel("严重", "拒不改正", FineKind.AMOUNT, new BigDecimal("70000"), new BigDecimal("100000"), "通报批评")),
                        List.of("主动消除违法行为危害后果"), List.of("拒不配合调查")) : null,
                List.of(new Responsibility(ResponsibilityStage.ACCEPTANCE, "依法受理或不予受理", "无正当理由不予受理的"),
                        new Responsibility(ResponsibilityStage.DECISION, "作出决定", "违法作出决定的")),
                List.of());
    }

    public static PowerItemContent withRiskPoints(PowerItemContent c, List<RiskPoint> risks) {
        return new PowerItemContent(c.name(), c.category(), c.basicCode(), c.implementationCode(), c.businessItemCode(), c.level(),
                c.hostUnit(), c.assistingUnits(), c.legalBases(), c.statutoryLimit(), c.promisedLimit(), c.fees(), c.conditions(),
                c.materials(), c.service(), c.penalty(), c.responsibilities(), risks);
    }

    public static PowerItemContent withConditions(PowerItemContent c, String conditions) {
        return new PowerItemContent(c.name(), c.category(), c.basicCode(), c.implementationCode(), c.businessItemCode(), c.level(),
                c.hostUnit(), c.assistingUnits(), c.legalBases(), c.statutoryLimit(), c.promisedLimit(), c.fees(), conditions,
                c.materials(), c.service(), c.penalty(), c.responsibilities(), c.riskPoints());
    }

    public static RiskPoint risk(String description, boolean published) {
        return new RiskPoint("受理", description, RiskGrade.B, "双人审核", "法规科科长", published);
    }

    /** A created item and the ids of its versions, oldest first. */
    public record Created(long itemId, String code, List<Long> versionIds) {
    }

    /** An item with one published version in force since {@code effectiveFrom}; the event is published after commit. */
    public Created published(long departmentId, String code, PowerItemContent content, LocalDate effectiveFrom) {
        Created created = tx.execute(s -> {
            Instant now = clock.instant();
            long itemId = store.insertItem(code, departmentId, null, store.nextSeqNo(departmentId), now);
            long versionId = insertPublished(itemId, 1, content, effectiveFrom, now);
            return new Created(itemId, code, new ArrayList<>(List.of(versionId)));
        });
        announce(created.itemId(), created.versionIds().get(0), code, departmentId, 1, effectiveFrom);
        return created;
    }

    /** An item that has only a draft (never public). */
    public Created draftOnly(long departmentId, String code, PowerItemContent content) {
        return tx.execute(s -> {
            Instant now = clock.instant();
            long itemId = store.insertItem(code, departmentId, null, store.nextSeqNo(departmentId), now);
            long versionId = store.insertVersion(itemId, 1, VersionState.DRAFT, content, now, "catalog_clerk");
            return new Created(itemId, code, new ArrayList<>(List.of(versionId)));
        });
    }

    /**
     * Publishes the next version of an item. When it is already in force the older published one becomes
     * SUPERSEDED (as the lifecycle service does); a future one leaves the current version PUBLISHED.
     */
    public long publishNext(Created item, long departmentId, PowerItemContent content, LocalDate effectiveFrom) {
        long versionId = tx.execute(s -> {
            Instant now = clock.instant();
            int no = store.nextVersionNo(item.itemId());
            long id = insertPublished(item.itemId(), no, content, effectiveFrom, now);
            if (!effectiveFrom.isAfter(today())) {
                store.versions(item.itemId()).stream()
                        .filter(v -> v.id() != id && v.state() == VersionState.PUBLISHED)
                        .forEach(v -> store.setState(v.id(), v.version(), VersionState.SUPERSEDED, null, null, now));
            }
            return id;
        });
        item.versionIds().add(versionId);
        int no = store.version(versionId).orElseThrow().versionNo();
        announce(item.itemId(), versionId, item.code(), departmentId, no, effectiveFrom);
        return versionId;
    }

    /** Adds a draft version on top (e.g. a change being written): it must not become public. */
    public long draftNext(Created item, PowerItemContent content) {
        return tx.execute(s -> store.insertVersion(item.itemId(), store.nextVersionNo(item.itemId()), VersionState.DRAFT, content,
                clock.instant(), "catalog_clerk"));
    }

    public void setLifecycle(Created item, long departmentId, ItemLifecycle lifecycle, String reason, LocalDate abolishedOn) {
        tx.executeWithoutResult(s -> {
            long version = store.item(item.itemId()).orElseThrow().version();
            store.setLifecycle(item.itemId(), version, lifecycle, reason, abolishedOn, null);
            events.publishEvent(new PowerItemLifecycleChanged(item.itemId(), item.code(), departmentId, lifecycle, reason));
        });
    }

    private long insertPublished(long itemId, int no, PowerItemContent content, LocalDate effectiveFrom, Instant now) {
        long versionId = store.insertVersion(itemId, no, VersionState.DRAFT, content, now, "catalog_clerk");
        store.setState(versionId, 0, VersionState.PUBLISHED, effectiveFrom, now, now);
        return versionId;
    }

    /** The event inside a transaction, so listeners run after its commit exactly as in production. */
    private void announce(long itemId, long versionId, String code, long departmentId, int versionNo, LocalDate effectiveFrom) {
        tx.executeWithoutResult(s -> events.publishEvent(new PowerItemVersionPublished(itemId, versionId, code, departmentId,
                versionNo, effectiveFrom)));
    }
}

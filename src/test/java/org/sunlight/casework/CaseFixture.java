package org.sunlight.casework;

import java.util.List;
import java.util.Map;

import org.springframework.boot.test.context.TestComponent;
import org.sunlight.TestUsers;
import org.sunlight.casework.CaseCommands.NewApplication;
import org.sunlight.casework.CaseCommands.NewPenaltyCase;
import org.sunlight.casework.CaseCommands.PartyInput;
import org.sunlight.casework.CaseCommands.StepCompletion;
import org.sunlight.catalog.CatalogQueries;
import org.sunlight.catalog.PowerItemView;
import org.sunlight.identity.Actor;
import org.sunlight.identity.CurrentUser;
import org.sunlight.organization.OrganizationDirectory;
import org.sunlight.organization.StaffView;

/** Demo items and people for casework tests: the 仪住建 licensing item of 物管科 and the penalties of 法规科. */
@TestComponent
public class CaseFixture {

    public static final String LICENCE = "物业服务企业资质核定（三级）";

    private final TestUsers users;
    private final CurrentUser currentUser;
    private final CatalogQueries catalog;
    private final OrganizationDirectory organization;
    private final CaseHandling cases;

    public CaseFixture(TestUsers users, CurrentUser currentUser, CatalogQueries catalog, OrganizationDirectory organization,
            CaseHandling cases) {
        this.users = users;
        this.currentUser = currentUser;
        this.catalog = catalog;
        this.organization = organization;
        this.cases = cases;
    }

    public Actor actor(String username) {
        return users.callAs(username, currentUser::actor);
    }

    public long housingDepartment() {
        return organization.departmentsNamed("仪征市住房和城乡建设局").get(0).id();
    }

    public PowerItemView item(String name) {
        long dept = housingDepartment();
        return catalog.itemsOf(dept).stream()
                .filter(i -> catalog.versionInForce(i.id(), java.time.LocalDate.of(2026, 11, 2))
                        .map(v -> v.content().name().equals(name)).orElse(false))
                .findFirst().orElseThrow(() -> new IllegalStateException("no demo item " + name));
    }

    /** A penalty item of 法规科 (handler, handler2 and unit_head work there) with an amount benchmark. */
    public PowerItemView faguiPenalty() {
        long fagui = organization.unitsOf(housingDepartment()).stream().filter(u -> u.name().equals("法规科")).findFirst().orElseThrow().id();
        return catalog.itemsOf(housingDepartment()).stream().filter(i -> i.unitId() != null && i.unitId() == fagui)
                .filter(i -> catalog.versionInForce(i.id(), java.time.LocalDate.of(2026, 11, 2))
                        .map(v -> v.content().penalty() != null && v.content().penalty().levels().stream().anyMatch(CaseFixture::ordinaryAmount))
                        .orElse(false))
                .findFirst().orElseThrow();
    }

    /** The 一般 level counted in yuan, below the 50,000 major threshold. */
    public static boolean ordinaryAmount(org.sunlight.catalog.PowerItemContent.BenchmarkLevel l) {
        return l.name().equals("一般") && l.fineKind() == org.sunlight.catalog.PowerItemContent.FineKind.AMOUNT
                && l.max().compareTo(new java.math.BigDecimal("50000")) < 0;
    }

    public long staffId(String name) {
        return organization.staffNamed(name).stream().findFirst().map(StaffView::id).orElseThrow();
    }

    public static PartyInput company() {
        return new PartyInput(PartyType.LEGAL_PERSON, "仪征市恒信物业管理有限公司", "91321081MA1XXXXX0K", "0514-83421234", "仪征市真州镇解放东路8号");
    }

    /** A window receipt by 张伟 (物管科 受理岗) for the licensing item. */
    public CaseView receiveLicence() {
        return cases.apply(actor("wg_handler"), new NewApplication(item(LICENCE).id(), Channel.WINDOW, company(), null, Map.of(),
                null, null, List.of()));
    }

    public CaseView accept(CaseView c) {
        return cases.complete(actor("wg_handler"), c.id(), new StepCompletion(c.version(), "accept", "受理", "材料齐全，予以受理", null, null, null));
    }

    public CaseView acceptedLicence() {
        return accept(receiveLicence());
    }

    public CaseView filePenalty() {
        return cases.file(actor("handler"), new NewPenaltyCase(faguiPenalty().id(), FilingSource.INSPECTION,
                new PartyInput(PartyType.LEGAL_PERSON, "仪征市某某建筑工程有限公司", null, null, null), null,
                "2026年11月2日执法人员检查时发现该公司未按规定办理相关手续即擅自施工。",
                List.of(staffId("王晓明"), staffId("刘海燕")), null, List.of()));
    }

}

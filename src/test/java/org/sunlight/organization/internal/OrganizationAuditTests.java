package org.sunlight.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import org.sunlight.IntegrationTest;
import org.sunlight.audit.AuditEntry;
import org.sunlight.audit.AuditTrail;
import org.sunlight.common.InvalidInputException;
import org.sunlight.organization.OrganizationAdmin;
import org.sunlight.organization.OrganizationDirectory;
import org.sunlight.organization.OrgFixture;
import org.sunlight.organization.RegionLevel;

/**
 * Every change reaches the audit trail with its before and after state, and a change the trail
 * refuses to record does not happen. Uses commands wired to a recording trail of its own (not the
 * application's bean), so it holds whatever AuditTrail implementation the application runs with.
 */
@IntegrationTest
class OrganizationAuditTests {

    @Autowired RegionStore regions;
    @Autowired DepartmentStore departments;
    @Autowired UnitStore units;
    @Autowired PostStore posts;
    @Autowired StaffStore staff;
    @Autowired JdbcOrganizationDirectory directoryImpl;
    @Autowired OrganizationDirectory directory;
    @Autowired OrganizationAdmin admin;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired TransactionTemplate tx;

    final List<AuditEntry> recorded = new ArrayList<>();
    RegionCommands regionCommands;
    DepartmentCommands departmentCommands;
    StaffCommands staffCommands;
    OrgFixture fixture;

    @BeforeEach
    void wire() {
        Changes changes = new Changes(recorded::add, publisher);
        regionCommands = new RegionCommands(regions, departments, directoryImpl, changes);
        departmentCommands = new DepartmentCommands(regions, departments, units, changes);
        staffCommands = new StaffCommands(units, posts, staff, changes);
        fixture = new OrgFixture(admin);
    }

    @Test
    void createRenameMoveAndDeactivateAreRecordedWithBeforeAndAfter() {
        String city = fixture.city();
        String county = city.substring(0, 4) + "21";
        tx.executeWithoutResult(s -> regionCommands.create(county, "审计县", RegionLevel.COUNTY, city));
        tx.executeWithoutResult(s -> regionCommands.rename(county, 0, "审计\"县\""));
        tx.executeWithoutResult(s -> regionCommands.deactivate(county));

        assertThat(recorded).extracting(AuditEntry::action).containsExactly("region.create", "region.rename", "region.deactivate");
        assertThat(recorded).extracting(AuditEntry::objectType).containsOnly("region");
        assertThat(recorded).extracting(AuditEntry::objectId).containsOnly(county);
        assertThat(recorded.get(0).before()).isNull();
        assertThat(recorded.get(0).after()).isEqualTo("{\"code\":\"" + county + "\",\"name\":\"审计县\",\"level\":\"COUNTY\",\"parentCode\":\""
                + city + "\",\"active\":true}");
        assertThat(recorded.get(1).before()).contains("\"name\":\"审计县\"");
        assertThat(recorded.get(1).after()).as("quotes are escaped").contains("\"name\":\"审计\\\"县\\\"\"");
        assertThat(recorded.get(2).before()).contains("\"active\":true");
        assertThat(recorded.get(2).after()).contains("\"active\":false");
    }

    @Test
    void departmentMovesAndPostGrantsAreRecorded() {
        OrgFixture.Chain chain = fixture.chain();
        String target = fixture.county();
        tx.executeWithoutResult(s -> departmentCommands.move(chain.department(), 0, target));
        tx.executeWithoutResult(s -> staffCommands.revoke(chain.staff(), chain.post()));
        tx.executeWithoutResult(s -> staffCommands.grant(chain.staff(), chain.post()));

        assertThat(recorded).extracting(AuditEntry::action).containsExactly("department.move", "staff.revoke-post", "staff.grant-post");
        assertThat(recorded.get(0).objectId()).isEqualTo(String.valueOf(chain.department()));
        assertThat(recorded.get(0).before()).contains("\"regionCode\":\"" + chain.region() + "\"");
        assertThat(recorded.get(0).after()).contains("\"regionCode\":\"" + target + "\"");
        assertThat(recorded.get(1).before()).contains("\"postIds\":[" + chain.post() + "]");
        assertThat(recorded.get(1).after()).contains("\"postIds\":[]");
        assertThat(recorded.get(2).after()).contains("\"postIds\":[" + chain.post() + "]");
    }

    @Test
    void refusedAndNoOpCommandsRecordNothing() {
        String city = fixture.city();
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> regionCommands.create("12", "坏", RegionLevel.COUNTY, city)))
                .isInstanceOf(InvalidInputException.class);
        tx.executeWithoutResult(s -> regionCommands.rename(city, 0, directory.region(city).orElseThrow().name()));
        assertThat(recorded).isEmpty();
    }

    @Test
    void aChangeTheTrailCannotRecordDoesNotHappen() {
        String city = fixture.city();
        String county = city.substring(0, 4) + "22";
        AuditTrail broken = entry -> {
            throw new IllegalStateException("audit store down");
        };
        RegionCommands unrecorded = new RegionCommands(regions, departments, directoryImpl, new Changes(broken, publisher));
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> unrecorded.create(county, "无痕县", RegionLevel.COUNTY, city)))
                .hasMessageContaining("audit store down");
        assertThat(directory.region(county)).isEmpty();
    }
}

package org.sunlight.legal.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.sunlight.legal.CertificateView;
import org.sunlight.legal.EnforcementBodyView;
import org.sunlight.legal.internal.BodyStore.BodyRow;
import org.sunlight.legal.internal.CertificateStore.CertificateRow;
import org.sunlight.organization.DepartmentView;
import org.sunlight.organization.OrganizationDirectory;
import org.sunlight.organization.StaffView;

/**
 * Turns rows into views, reading names from the organisation (the register stores only ids, so a
 * renamed department or person shows under the new name). One {@link Lookup} per answer remembers
 * what it has read, so a list asks for each person and department once.
 */
@Component
class Views {

    private final OrganizationDirectory organization;

    Views(OrganizationDirectory organization) {
        this.organization = organization;
    }

    Lookup lookup() {
        return new Lookup();
    }

    CertificateView certificate(CertificateRow row) {
        return lookup().certificate(row);
    }

    List<CertificateView> certificates(List<CertificateRow> rows) {
        Lookup lookup = lookup();
        return rows.stream().map(lookup::certificate).toList();
    }

    EnforcementBodyView body(BodyRow row) {
        return lookup().body(row);
    }

    final class Lookup {
        private final Map<Long, Optional<StaffView>> staff = new HashMap<>();
        private final Map<Long, Optional<DepartmentView>> departments = new HashMap<>();

        Optional<StaffView> staff(long id) {
            return staff.computeIfAbsent(id, organization::staff);
        }

        Optional<DepartmentView> department(long id) {
            return departments.computeIfAbsent(id, organization::department);
        }

        String staffName(long id) {
            return staff(id).map(StaffView::name).orElse("#" + id);
        }

        String departmentName(long id) {
            return department(id).map(DepartmentView::name).orElse("#" + id);
        }

        CertificateView certificate(CertificateRow r) {
            return new CertificateView(r.id(), r.staffId(), staffName(r.staffId()), r.number(), r.issuingAuthority(), r.field(),
                    r.bodyId(), r.departmentId(), departmentName(r.departmentId()), r.bodyActive(), r.validFrom(), r.validUntil(),
                    r.status(), r.statusReason(), r.version());
        }

        EnforcementBodyView body(BodyRow r) {
            Optional<DepartmentView> d = department(r.departmentId());
            return new EnforcementBodyView(r.id(), r.departmentId(), d.map(DepartmentView::name).orElse("#" + r.departmentId()),
                    d.map(DepartmentView::regionCode).orElse(null), r.legalBasis(), r.scope(), r.active(), r.version());
        }
    }
}

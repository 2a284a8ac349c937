package org.sunlight.legal.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunlight.legal.CertificateView;
import org.sunlight.legal.EnforcementBodyView;
import org.sunlight.legal.EnforcementField;
import org.sunlight.legal.EnforcementOfficers;
import org.sunlight.legal.OfficerCheck;
import org.sunlight.legal.OfficerProblem;
import org.sunlight.legal.OfficerReason;
import org.sunlight.legal.OfficerVerdict;
import org.sunlight.legal.PublishedOfficer;
import org.sunlight.legal.internal.BodyStore.BodyRow;
import org.sunlight.legal.internal.CertificateStore.CertificateRow;
import org.sunlight.legal.internal.OfficerRules.Person;
import org.sunlight.organization.StaffView;

/** The register as other modules query it (not limited to the signed-in user's scope; see the interface). */
@Service
@Transactional(readOnly = true)
class OfficerQueries implements EnforcementOfficers {

    private final CertificateStore certificates;
    private final BodyStore bodies;
    private final Views views;

    OfficerQueries(CertificateStore certificates, BodyStore bodies, Views views) {
        this.certificates = certificates;
        this.bodies = bodies;
        this.views = views;
    }

    @Override
    public List<CertificateView> certificatesOf(long staffId) {
        return views.certificates(certificates.ofStaff(staffId));
    }

    @Override
    public List<CertificateView> validCertificates(long staffId, LocalDate on) {
        return certificatesOf(staffId).stream().filter(c -> c.validOn(on)).toList();
    }

    @Override
    public boolean isCertifiedFor(long staffId, long departmentId, EnforcementField field, LocalDate on) {
        return checkOfficers(List.of(staffId), departmentId, field, on).passes(1);
    }

    @Override
    public OfficerCheck checkOfficers(List<Long> staffIds, long departmentId, LocalDate on) {
        return checkOfficers(staffIds, departmentId, null, on);
    }

    @Override
    public OfficerCheck checkOfficers(List<Long> staffIds, long departmentId, EnforcementField field, LocalDate on) {
        Views.Lookup lookup = views.lookup();
        String departmentName = lookup.departmentName(departmentId);
        List<OfficerReason> general = new ArrayList<>();
        Optional<BodyRow> body = bodies.ofDepartment(departmentId);
        if (body.isEmpty()) {
            general.add(new OfficerReason(OfficerProblem.NOT_A_BODY, null, List.of(departmentName)));
        } else if (!body.get().active()) {
            general.add(new OfficerReason(OfficerProblem.BODY_INACTIVE, null, List.of(departmentName)));
        }
        Set<Long> distinct = new LinkedHashSet<>();
        for (Long id : staffIds) {
            if (id != null && !distinct.add(id)) {
                general.add(new OfficerReason(OfficerProblem.DUPLICATE, null, List.of(lookup.staffName(id))));
            }
        }
        Map<Long, List<CertificateRow>> held = certificates.ofStaff(distinct).stream()
                .collect(Collectors.groupingBy(CertificateRow::staffId));
        List<OfficerVerdict> verdicts = new ArrayList<>();
        for (long id : distinct) {
            Person person = lookup.staff(id).map(OfficerQueries::person).orElse(null);
            List<CertificateView> theirs = held.getOrDefault(id, List.of()).stream().map(lookup::certificate).toList();
            verdicts.add(OfficerRules.verdict(id, person, theirs, departmentId, departmentName, field, on));
        }
        return new OfficerCheck(departmentId, field, on, List.copyOf(general), List.copyOf(verdicts));
    }

    @Override
    public List<EnforcementBodyView> activeBodies() {
        Views.Lookup lookup = views.lookup();
        return bodies.all().stream().filter(BodyRow::active).map(lookup::body)
                .sorted(Comparator.comparing((EnforcementBodyView b) -> String.valueOf(b.regionCode()))
                        .thenComparing(EnforcementBodyView::departmentName))
                .toList();
    }

    @Override
    public List<PublishedOfficer> published(Long departmentId, LocalDate on) {
        Views.Lookup lookup = views.lookup();
        List<PublishedOfficer> list = new ArrayList<>();
        for (CertificateRow r : certificates.usable(departmentId, on)) {
            Optional<StaffView> staff = lookup.staff(r.staffId());
            if (staff.isEmpty() || !staff.get().active()) {
                continue; // someone who left the service is not an officer any more
            }
            list.add(new PublishedOfficer(staff.get().name(), r.departmentId(), lookup.departmentName(r.departmentId()), r.number(),
                    r.field(), r.validFrom(), r.validUntil()));
        }
        return list;
    }

    private static Person person(StaffView s) {
        return new Person(s.id(), s.name(), s.active());
    }
}

package org.sunlight.legal.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunlight.audit.AuditEntry;
import org.sunlight.audit.AuditTrail;
import org.sunlight.common.Checks;
import org.sunlight.common.ConflictException;
import org.sunlight.common.FieldProblem;
import org.sunlight.common.ForbiddenException;
import org.sunlight.common.InvalidInputException;
import org.sunlight.common.NotFoundException;
import org.sunlight.legal.BodyInput;
import org.sunlight.legal.CertificateFilter;
import org.sunlight.legal.CertificateInput;
import org.sunlight.legal.CertificateStatus;
import org.sunlight.legal.CertificateView;
import org.sunlight.legal.EnforcementBodyView;
import org.sunlight.legal.LegalEvent;
import org.sunlight.legal.LegalEvent.CertificateChanged;
import org.sunlight.legal.LegalEvent.CertificateIssued;
import org.sunlight.legal.LegalEvent.CertificateReinstated;
import org.sunlight.legal.LegalEvent.CertificateRevoked;
import org.sunlight.legal.LegalEvent.CertificateSuspended;
import org.sunlight.legal.LegalEvent.EnforcementBodyChanged;
import org.sunlight.legal.LegalEvent.EnforcementBodyDeactivated;
import org.sunlight.legal.LegalEvent.EnforcementBodyReactivated;
import org.sunlight.legal.LegalEvent.EnforcementBodyRegistered;
import org.sunlight.legal.OfficerRegister;
import org.sunlight.legal.OfficerView;
import org.sunlight.legal.internal.BodyStore.BodyRow;
import org.sunlight.legal.internal.CertificateStore.CertificateRow;
import org.sunlight.legal.internal.CertificateStore.Departments;
import org.sunlight.organization.DepartmentView;
import org.sunlight.organization.OrganizationDirectory;
import org.sunlight.organization.StaffView;

/**
 * The register's transaction boundary: each command checks its input (400, every field at once), the
 * user's scope (403), the state (409), then writes, audits and announces in one transaction, so a
 * refusal anywhere leaves nothing written.
 */
@Service
@Transactional
class RegisterService implements OfficerRegister {

    private final BodyStore bodies;
    private final CertificateStore certificates;
    private final RegisterScope scope;
    private final Views views;
    private final OrganizationDirectory organization;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RegisterService(BodyStore bodies, CertificateStore certificates, RegisterScope scope, Views views,
            OrganizationDirectory organization, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.bodies = bodies;
        this.certificates = certificates;
        this.scope = scope;
        this.views = views;
        this.organization = organization;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    // ---- bodies

    @Override
    @Transactional(readOnly = true)
    public List<EnforcementBodyView> bodies() {
        Departments readable = scope.readable();
        List<BodyRow> rows = readable.all() ? bodies.all() : bodies.ofDepartments(readable.ids());
        Views.Lookup lookup = views.lookup();
        return rows.stream().map(lookup::body)
                .sorted(Comparator.comparing((EnforcementBodyView b) -> String.valueOf(b.regionCode()))
                        .thenComparing(EnforcementBodyView::departmentName))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public EnforcementBodyView body(long id) {
        BodyRow row = bodyRow(id);
        if (!scope.mayRead(row.departmentId())) {
            throw new ForbiddenException("legal.forbidden.read");
        }
        return views.body(row);
    }

    @Override
    public EnforcementBodyView registerBody(BodyInput input) {
        String legalBasis = Inputs.clean(input.legalBasis());
        String scopeText = Inputs.clean(input.scope());
        Checks checks = Checks.start();
        checks.require(input.departmentId() != null, "departmentId", "error.required");
        Optional<DepartmentView> department = input.departmentId() == null ? Optional.empty() : organization.department(input.departmentId());
        if (input.departmentId() != null && department.isEmpty()) {
            checks.add(FieldProblem.of("departmentId", "legal.department.not-found", String.valueOf(input.departmentId())));
        }
        checks.text(legalBasis, "legalBasis", LEGAL_BASIS_MAX).text(scopeText, "scope", SCOPE_MAX).throwIfAny();
        DepartmentView d = department.get();
        requireKeeper(d.id());
        if (!d.active()) {
            throw new ConflictException("departmentId", "legal.department.inactive", d.name());
        }
        if (bodies.ofDepartment(d.id()).isPresent()) {
            throw new ConflictException("departmentId", "legal.body.duplicate", d.name());
        }
        long id;
        try {
            id = bodies.insert(d.id(), legalBasis, scopeText, now());
        } catch (DuplicateKeyException e) {
            throw new ConflictException("departmentId", "legal.body.duplicate", d.name());
        }
        EnforcementBodyView after = views.body(bodyRow(id));
        done("legal.body.register", "enforcement_body", id, null, AuditJson.of(after), new EnforcementBodyRegistered(id, d.id()));
        return after;
    }

    @Override
    public EnforcementBodyView updateBody(long id, long version, BodyInput input) {
        BodyRow row = bodyRow(id);
        String legalBasis = Inputs.clean(input.legalBasis());
        String scopeText = Inputs.clean(input.scope());
        Checks.start().text(legalBasis, "legalBasis", LEGAL_BASIS_MAX).text(scopeText, "scope", SCOPE_MAX).throwIfAny();
        requireKeeper(row.departmentId());
        requireVersion(row.version(), version);
        EnforcementBodyView before = views.body(row);
        if (!bodies.update(id, version, legalBasis, scopeText, now())) {
            throw stale();
        }
        EnforcementBodyView after = views.body(bodyRow(id));
        done("legal.body.update", "enforcement_body", id, AuditJson.of(before), AuditJson.of(after),
                new EnforcementBodyChanged(id, row.departmentId()));
        return after;
    }

    @Override
    public EnforcementBodyView deactivateBody(long id, long version) {
        return setBodyActive(id, version, false);
    }

    @Override
    public EnforcementBodyView reactivateBody(long id, long version) {
        return setBodyActive(id, version, true);
    }

    private EnforcementBodyView setBodyActive(long id, long version, boolean active) {
        BodyRow row = bodyRow(id);
        requireKeeper(row.departmentId());
        requireVersion(row.version(), version);
        if (row.active() == active) {
            return views.body(row);
        }
        EnforcementBodyView before = views.body(row);
        if (!bodies.setActive(id, version, active, now())) {
            throw stale();
        }
        EnforcementBodyView after = views.body(bodyRow(id));
        done(active ? "legal.body.reactivate" : "legal.body.deactivate", "enforcement_body", id, AuditJson.of(before),
                AuditJson.of(after), active ? new EnforcementBodyReactivated(id, row.departmentId())
                        : new EnforcementBodyDeactivated(id, row.departmentId()));
        return after;
    }

    // ---- certificates: reads

    @Override
    @Transactional(readOnly = true)
    public List<CertificateView> certificates(CertificateFilter filter, int offset, int limit) {
        String query = Inputs.clean(filter.query());
        String numberPart = query == null || query.isEmpty() ? null : CertificateNumbers.normalise(query);
        List<Long> named = numberPart == null ? List.of() : organization.staffNamed(query).stream().map(StaffView::id).toList();
        List<CertificateRow> rows = certificates.search(scope.readable(), filter.departmentId(), filter.field(), filter.standing(),
                numberPart, named, filter.staffId(), today(), Math.max(0, offset), Math.max(1, Math.min(limit, 500)));
        return views.certificates(rows);
    }

    @Override
    @Transactional(readOnly = true)
    public CertificateView certificate(long id) {
        CertificateRow row = certificateRow(id);
        boolean own = scope.myStaffId().map(s -> s == row.staffId()).orElse(false);
        if (!own && !scope.mayRead(row.departmentId())) {
            throw new ForbiddenException("legal.forbidden.read");
        }
        return views.certificate(row);
    }

    @Override
    @Transactional(readOnly = true)
    public OfficerView officer(long staffId) {
        StaffView staff = organization.staff(staffId)
                .orElseThrow(() -> new NotFoundException("legal.officer.not-found", String.valueOf(staffId)));
        boolean own = scope.myStaffId().map(s -> s == staffId).orElse(false);
        if (!own && !scope.mayRead(staff.departmentId())) {
            throw new ForbiddenException("legal.forbidden.read");
        }
        return new OfficerView(staff.id(), staff.name(), staff.departmentId(),
                organization.department(staff.departmentId()).map(DepartmentView::name).orElse("#" + staff.departmentId()),
                staff.active(), views.certificates(certificates.ofStaff(staffId)));
    }

    @Override
    @Transactional(readOnly = true)
    public List<CertificateView> myCertificates() {
        return scope.myStaffId().map(id -> views.certificates(certificates.ofStaff(id))).orElse(List.of());
    }

    // ---- certificates: changes

    @Override
    public CertificateView issue(CertificateInput input) {
        Checks checks = Checks.start();
        checks.require(input.staffId() != null, "staffId", "error.required");
        Optional<StaffView> staff = input.staffId() == null ? Optional.empty() : organization.staff(input.staffId());
        if (input.staffId() != null && staff.isEmpty()) {
            checks.add(FieldProblem.of("staffId", "legal.officer.not-found", String.valueOf(input.staffId())));
        }
        Inputs.Certificate in = Inputs.certificate(input, checks);
        checks.throwIfAny();
        StaffView officer = staff.get();
        BodyRow body = bodyFor(in.departmentId() != null ? in.departmentId() : officer.departmentId());
        requireKeeper(officer.departmentId());
        requireKeeper(body.departmentId());
        if (!officer.active()) {
            throw new ConflictException("staffId", "legal.officer.inactive", officer.name());
        }
        requireActiveBody(body);
        requireFreeNumber(in.number(), null);
        long id;
        try {
            id = certificates.insert(officer.id(), in.number(), in.issuingAuthority(), in.field(), body.id(), in.validFrom(),
                    in.validUntil(), now());
        } catch (DuplicateKeyException e) {
            throw new ConflictException("number", "legal.certificate.number-taken", in.number());
        }
        CertificateView after = views.certificate(certificateRow(id));
        done("legal.certificate.issue", "enforcement_certificate", id, null, AuditJson.of(after),
                new CertificateIssued(id, officer.id(), after.number(), after.departmentId(), after.field(), after.validFrom(),
                        after.validUntil()));
        return after;
    }

    @Override
    public CertificateView update(long id, long version, CertificateInput input) {
        CertificateRow row = certificateRow(id);
        Checks checks = Checks.start();
        Inputs.Certificate in = Inputs.certificate(input, checks);
        checks.throwIfAny();
        requireKeeper(row.departmentId());
        StaffView officer = organization.staff(row.staffId())
                .orElseThrow(() -> new NotFoundException("legal.officer.not-found", String.valueOf(row.staffId())));
        BodyRow body = bodyFor(in.departmentId() != null ? in.departmentId() : officer.departmentId());
        requireKeeper(body.departmentId());
        requireVersion(row.version(), version);
        if (row.status() == CertificateStatus.REVOKED) {
            throw new ConflictException("legal.certificate.revoked-final", new Object[] {row.number()});
        }
        if (body.id() != row.bodyId()) {
            requireActiveBody(body);
        }
        requireFreeNumber(in.number(), id);
        CertificateView before = views.certificate(row);
        try {
            if (!certificates.update(id, version, in.number(), in.issuingAuthority(), in.field(), body.id(), in.validFrom(),
                    in.validUntil(), now())) {
                throw stale();
            }
        } catch (DuplicateKeyException e) {
            throw new ConflictException("number", "legal.certificate.number-taken", in.number());
        }
        CertificateView after = views.certificate(certificateRow(id));
        done("legal.certificate.update", "enforcement_certificate", id, AuditJson.of(before), AuditJson.of(after),
                new CertificateChanged(id, row.staffId(), after.number(), after.departmentId(), after.field(), after.validFrom(),
                        after.validUntil()));
        return after;
    }

    @Override
    public CertificateView suspend(long id, long version, String reason) {
        return changeStatus(id, version, reason, CertificateStatus.SUSPENDED, "legal.certificate.suspend");
    }

    @Override
    public CertificateView reinstate(long id, long version, String reason) {
        return changeStatus(id, version, reason, CertificateStatus.ACTIVE, "legal.certificate.reinstate");
    }

    @Override
    public CertificateView revoke(long id, long version, String reason) {
        return changeStatus(id, version, reason, CertificateStatus.REVOKED, "legal.certificate.revoke");
    }

    /** The status machine: ACTIVE → SUSPENDED → ACTIVE; ACTIVE or SUSPENDED → REVOKED (final). */
    private CertificateView changeStatus(long id, long version, String rawReason, CertificateStatus to, String action) {
        CertificateRow row = certificateRow(id);
        String reason = Inputs.clean(rawReason);
        Checks checks = Checks.start().text(reason, "reason", REASON_MAX);
        if (reason != null && !reason.isEmpty() && reason.codePointCount(0, reason.length()) < REASON_MIN) {
            checks.add(FieldProblem.of("reason", "legal.reason.too-short", REASON_MIN));
        }
        checks.throwIfAny();
        requireKeeper(row.departmentId());
        requireVersion(row.version(), version);
        boolean allowed = switch (to) {
            case SUSPENDED -> row.status() == CertificateStatus.ACTIVE;
            case ACTIVE -> row.status() == CertificateStatus.SUSPENDED;
            case REVOKED -> row.status() != CertificateStatus.REVOKED;
        };
        if (!allowed) {
            // (code, Object[]): a plain String second argument would be taken for (field, code)
            throw new ConflictException("legal.certificate.move." + to.name().toLowerCase(), new Object[] {row.number(),
                    new DefaultMessageSourceResolvable(new String[] {"legal.status." + row.status().name()}, row.status().name())});
        }
        CertificateView before = views.certificate(row);
        if (!certificates.setStatus(id, version, to, reason, now())) {
            throw stale();
        }
        CertificateView after = views.certificate(certificateRow(id));
        LegalEvent event = switch (to) {
            case SUSPENDED -> new CertificateSuspended(id, row.staffId(), row.number(), reason);
            case ACTIVE -> new CertificateReinstated(id, row.staffId(), row.number(), reason);
            case REVOKED -> new CertificateRevoked(id, row.staffId(), row.number(), reason);
        };
        done(action, "enforcement_certificate", id, AuditJson.of(before), AuditJson.of(after), event);
        return after;
    }

    // ---- for pages

    @Override
    @Transactional(readOnly = true)
    public boolean mayKeep(long departmentId) {
        return scope.mayKeep(departmentId);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean keepsAny() {
        return scope.keepsAny();
    }

    @Override
    @Transactional(readOnly = true)
    public int expiringSoonCount() {
        if (!scope.keepsAny()) {
            return 0;
        }
        LocalDate today = today();
        return certificates.countActiveEnding(scope.kept(), today, today.plusDays(CertificateView.EXPIRING_DAYS));
    }

    // ---- helpers

    private BodyRow bodyRow(long id) {
        return bodies.find(id).orElseThrow(() -> new NotFoundException("legal.body.not-found", String.valueOf(id)));
    }

    private CertificateRow certificateRow(long id) {
        return certificates.find(id).orElseThrow(() -> new NotFoundException("legal.certificate.not-found", String.valueOf(id)));
    }

    /** The enforcement body of a department, or a 400 on "departmentId" when it has none. */
    private BodyRow bodyFor(long departmentId) {
        return bodies.ofDepartment(departmentId).orElseThrow(() -> new InvalidInputException("departmentId",
                "legal.body.none-for-department", organization.department(departmentId).map(DepartmentView::name)
                        .orElse("#" + departmentId)));
    }

    private void requireActiveBody(BodyRow body) {
        if (!body.active()) {
            throw new ConflictException("departmentId", "legal.body.inactive",
                    organization.department(body.departmentId()).map(DepartmentView::name).orElse("#" + body.departmentId()));
        }
    }

    private void requireFreeNumber(String number, Long exceptId) {
        if (certificates.numberTaken(number, exceptId)) {
            throw new ConflictException("number", "legal.certificate.number-taken", number);
        }
    }

    private void requireKeeper(long departmentId) {
        if (!scope.mayKeep(departmentId)) {
            throw new ForbiddenException("legal.forbidden.keep",
                    organization.department(departmentId).map(DepartmentView::name).orElse("#" + departmentId));
        }
    }

    private static void requireVersion(long stored, long given) {
        if (stored != given) {
            throw stale();
        }
    }

    private static ConflictException stale() {
        return new ConflictException("version", "error.stale");
    }

    private void done(String action, String type, long id, String before, String after, LegalEvent event) {
        audit.record(AuditEntry.of(action, type, id).before(before).after(after));
        events.publishEvent(event);
    }

    private Instant now() {
        return clock.instant();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}

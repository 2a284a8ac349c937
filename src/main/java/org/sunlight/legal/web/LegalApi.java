package org.sunlight.legal.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.sunlight.common.Checks;
import org.sunlight.common.FieldProblem;
import org.sunlight.legal.BodyInput;
import org.sunlight.legal.CertificateFilter;
import org.sunlight.legal.EnforcementField;
import org.sunlight.legal.EnforcementOfficers;
import org.sunlight.legal.OfficerRegister;
import org.sunlight.legal.Standing;
import org.sunlight.legal.web.ApiModels.BodyChange;
import org.sunlight.legal.web.ApiModels.BodyJson;
import org.sunlight.legal.web.ApiModels.CertificateChange;
import org.sunlight.legal.web.ApiModels.CertificateJson;
import org.sunlight.legal.web.ApiModels.CheckJson;
import org.sunlight.legal.web.ApiModels.CheckRequest;
import org.sunlight.legal.web.ApiModels.NewBody;
import org.sunlight.legal.web.ApiModels.NewCertificate;
import org.sunlight.legal.web.ApiModels.OfficerJson;
import org.sunlight.legal.web.ApiModels.StatusChange;
import org.sunlight.legal.web.ApiModels.VersionOnly;

/**
 * The officer register as JSON. Errors are application/problem+json naming the fields: 400 bad input,
 * 403 outside the caller's scope (with the reason), 404 unknown id, 409 duplicate number, stale
 * version or a status change the certificate's state does not allow.
 */
@RestController
@RequestMapping("/api/v1/legal")
@Tag(name = "Legal: enforcement officers", description = "Enforcement bodies (执法主体), officers (执法人员) and their certificates (执法证)")
class LegalApi {

    private final OfficerRegister register;
    private final EnforcementOfficers officers;
    private final MessageSource messages;
    private final Clock clock;

    LegalApi(OfficerRegister register, EnforcementOfficers officers, MessageSource messages, Clock clock) {
        this.register = register;
        this.officers = officers;
        this.messages = messages;
        this.clock = clock;
    }

    // ---- bodies

    @GetMapping("/bodies")
    @PreAuthorize(LegalAccess.READ)
    @Operation(summary = "Enforcement bodies within the caller's scope")
    List<BodyJson> bodies() {
        return register.bodies().stream().map(BodyJson::of).toList();
    }

    @GetMapping("/bodies/{id}")
    @PreAuthorize(LegalAccess.READ)
    BodyJson body(@PathVariable long id) {
        return BodyJson.of(register.body(id));
    }

    @PostMapping("/bodies")
    @PreAuthorize(LegalAccess.KEEP)
    @Operation(summary = "Register a department as an enforcement body",
            responses = {@ApiResponse(responseCode = "201"), @ApiResponse(responseCode = "409", description = "already registered")})
    ResponseEntity<BodyJson> registerBody(@RequestBody NewBody body) {
        BodyJson created = BodyJson.of(register.registerBody(new BodyInput(body.departmentId(), body.legalBasis(), body.scope())));
        return ResponseEntity.created(URI.create("/api/v1/legal/bodies/" + created.id())).body(created);
    }

    @PutMapping("/bodies/{id}")
    @PreAuthorize(LegalAccess.KEEP)
    @Operation(summary = "Change a body's legal basis and scope description")
    BodyJson updateBody(@PathVariable long id, @Valid @RequestBody BodyChange body) {
        return BodyJson.of(register.updateBody(id, body.version(), new BodyInput(null, body.legalBasis(), body.scope())));
    }

    @PostMapping("/bodies/{id}/deactivate")
    @PreAuthorize(LegalAccess.KEEP)
    @Operation(summary = "Deactivate a body: its certificates stop covering anything until it is reactivated")
    BodyJson deactivateBody(@PathVariable long id, @Valid @RequestBody VersionOnly body) {
        return BodyJson.of(register.deactivateBody(id, body.version()));
    }

    @PostMapping("/bodies/{id}/reactivate")
    @PreAuthorize(LegalAccess.KEEP)
    BodyJson reactivateBody(@PathVariable long id, @Valid @RequestBody VersionOnly body) {
        return BodyJson.of(register.reactivateBody(id, body.version()));
    }

    // ---- certificates

    @GetMapping("/certificates")
    @PreAuthorize(LegalAccess.READ)
    @Operation(summary = "Certificates within the caller's scope, filtered and paged")
    List<CertificateJson> certificates(@RequestParam(required = false) Long departmentId,
            @Parameter(description = "EnforcementField name") @RequestParam(required = false) String field,
            @Parameter(description = "REVOKED, EXPIRED, SUSPENDED, NOT_YET_VALID, EXPIRING_SOON, VALID (= usable today)")
            @RequestParam(required = false) String standing,
            @Parameter(description = "part of a certificate number, or an officer's exact name") @RequestParam(required = false) String q,
            @RequestParam(required = false) Long staffId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size, Locale locale) {
        Checks checks = Checks.start();
        EnforcementField f = parse(EnforcementField.class, field, "field", checks);
        Standing s = parse(Standing.class, standing, "standing", checks);
        checks.require(size >= 1 && size <= 500, "size", "legal.api.size");
        checks.throwIfAny();
        LocalDate today = today();
        return register.certificates(new CertificateFilter(departmentId, f, s, q, staffId), Math.max(0, page) * size, size).stream()
                .map(c -> CertificateJson.of(c, today, messages, locale)).toList();
    }

    @GetMapping("/certificates/{id}")
    @PreAuthorize(LegalAccess.STAFF)
    @Operation(summary = "One certificate (the holder's own, or within the caller's scope)")
    CertificateJson certificate(@PathVariable long id, Locale locale) {
        return CertificateJson.of(register.certificate(id), today(), messages, locale);
    }

    @PostMapping("/certificates")
    @PreAuthorize(LegalAccess.KEEP)
    @Operation(summary = "Issue a certificate to an officer",
            responses = {@ApiResponse(responseCode = "201"), @ApiResponse(responseCode = "409", description = "number already registered")})
    ResponseEntity<CertificateJson> issue(@RequestBody NewCertificate body, Locale locale) {
        CertificateJson created = CertificateJson.of(register.issue(body.input()), today(), messages, locale);
        return ResponseEntity.created(URI.create("/api/v1/legal/certificates/" + created.id())).body(created);
    }

    @PutMapping("/certificates/{id}")
    @PreAuthorize(LegalAccess.KEEP)
    @Operation(summary = "Change a certificate's number, authority, field, body or dates (not once revoked)")
    CertificateJson update(@PathVariable long id, @Valid @RequestBody CertificateChange body, Locale locale) {
        return CertificateJson.of(register.update(id, body.version(), body.input()), today(), messages, locale);
    }

    @PostMapping("/certificates/{id}/suspend")
    @PreAuthorize(LegalAccess.KEEP)
    @Operation(summary = "Suspend an active certificate (暂扣), with a reason")
    CertificateJson suspend(@PathVariable long id, @Valid @RequestBody StatusChange body, Locale locale) {
        return CertificateJson.of(register.suspend(id, body.version(), body.reason()), today(), messages, locale);
    }

    @PostMapping("/certificates/{id}/reinstate")
    @PreAuthorize(LegalAccess.KEEP)
    @Operation(summary = "Reinstate a suspended certificate, with a reason")
    CertificateJson reinstate(@PathVariable long id, @Valid @RequestBody StatusChange body, Locale locale) {
        return CertificateJson.of(register.reinstate(id, body.version(), body.reason()), today(), messages, locale);
    }

    @PostMapping("/certificates/{id}/revoke")
    @PreAuthorize(LegalAccess.KEEP)
    @Operation(summary = "Revoke a certificate for good (吊销/注销), with a reason")
    CertificateJson revoke(@PathVariable long id, @Valid @RequestBody StatusChange body, Locale locale) {
        return CertificateJson.of(register.revoke(id, body.version(), body.reason()), today(), messages, locale);
    }

    // ---- officers

    @GetMapping("/officers/me")
    @PreAuthorize(LegalAccess.STAFF)
    @Operation(summary = "The caller's own certificates")
    List<CertificateJson> mine(Locale locale) {
        LocalDate today = today();
        return register.myCertificates().stream().map(c -> CertificateJson.of(c, today, messages, locale)).toList();
    }

    @GetMapping("/officers/{staffId}")
    @PreAuthorize(LegalAccess.STAFF)
    @Operation(summary = "An officer with all their certificates (oneself, or within the caller's scope)")
    OfficerJson officer(@PathVariable long staffId, Locale locale) {
        return OfficerJson.of(register.officer(staffId), today(), messages, locale);
    }

    @PostMapping("/officer-checks")
    @PreAuthorize(LegalAccess.STAFF)
    @Operation(summary = "Whether the officers named may act for the department on the day, with every reason they may not",
            description = "The same verdict casework applies to penalty cases: penaltyReady = every officer certified and at least two.")
    CheckJson check(@Valid @RequestBody CheckRequest body, Locale locale) {
        Checks checks = Checks.start();
        checks.require(body.staffIds() != null && !body.staffIds().isEmpty(), "staffIds", "error.required");
        EnforcementField field = parse(EnforcementField.class, body.field(), "field", checks);
        LocalDate on = today();
        if (body.on() != null && !body.on().isBlank()) {
            try {
                on = LocalDate.parse(body.on().strip());
            } catch (DateTimeParseException e) {
                checks.add(FieldProblem.of("on", "legal.date.format"));
            }
        }
        checks.throwIfAny();
        return CheckJson.of(officers.checkOfficers(body.staffIds(), body.departmentId(), field, on), messages, locale);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String name, Checks checks) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            checks.add(FieldProblem.of(name, "error.format"));
            return null;
        }
    }
}

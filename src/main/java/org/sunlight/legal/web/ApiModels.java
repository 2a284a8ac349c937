package org.sunlight.legal.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

import org.springframework.context.MessageSource;
import org.sunlight.legal.CertificateInput;
import org.sunlight.legal.CertificateStatus;
import org.sunlight.legal.CertificateView;
import org.sunlight.legal.EnforcementBodyView;
import org.sunlight.legal.EnforcementField;
import org.sunlight.legal.OfficerCheck;
import org.sunlight.legal.OfficerProblem;
import org.sunlight.legal.OfficerReason;
import org.sunlight.legal.OfficerVerdict;
import org.sunlight.legal.OfficerView;
import org.sunlight.legal.PublishedOfficer;
import org.sunlight.legal.Standing;

/**
 * The JSON the register's API reads and writes. Dates are yyyy-MM-dd; fields are
 * {@link EnforcementField} names. Answers carry the {@code version} to send back with the next change.
 */
final class ApiModels {

    private ApiModels() {
    }

    // ---- requests

    record NewBody(@Schema(description = "organisation department id", example = "5") Long departmentId,
            @Schema(description = "legal basis of its enforcement authority") String legalBasis,
            @Schema(description = "what it enforces") String scope) {
    }

    record BodyChange(String legalBasis, String scope, @NotNull(message = "{error.required}") Long version) {
    }

    record VersionOnly(@NotNull(message = "{error.required}") Long version) {
    }

    record NewCertificate(@Schema(description = "organisation staff id of the officer") Long staffId,
            @Schema(description = "certificate number, e.g. 苏执法证字第32108100101号", example = "苏执法证字第32108100199号") String number,
            @Schema(example = "江苏省人民政府") String issuingAuthority,
            @Schema(description = "enforcement field", example = "HOUSING_CONSTRUCTION") String field,
            @Schema(description = "department of the enforcement body it is issued for; empty = the officer's department") Long departmentId,
            @Schema(example = "2026-01-01") String validFrom,
            @Schema(example = "2030-12-31") String validUntil) {

        CertificateInput input() {
            return new CertificateInput(staffId, number, issuingAuthority, field, departmentId, validFrom, validUntil);
        }
    }

    record CertificateChange(String number, String issuingAuthority, String field, Long departmentId, String validFrom,
            String validUntil, @NotNull(message = "{error.required}") Long version) {

        CertificateInput input() {
            return new CertificateInput(null, number, issuingAuthority, field, departmentId, validFrom, validUntil);
        }
    }

    record StatusChange(@Schema(description = "why (at least 4 characters)") String reason,
            @NotNull(message = "{error.required}") Long version) {
    }

    record CheckRequest(@Schema(description = "staff ids of the officers named") List<Long> staffIds,
            @NotNull(message = "{error.required}") Long departmentId,
            @Schema(description = "enforcement field; empty = any") String field,
            @Schema(description = "the day that counts; empty = today") String on) {
    }

    // ---- answers

    record BodyJson(long id, long departmentId, String department, String regionCode, String legalBasis, String scope,
            boolean active, long version) {
        static BodyJson of(EnforcementBodyView b) {
            return new BodyJson(b.id(), b.departmentId(), b.departmentName(), b.regionCode(), b.legalBasis(), b.scope(), b.active(),
                    b.version());
        }
    }

    record CertificateJson(long id, long staffId, String officer, String number, String issuingAuthority, EnforcementField field,
            String fieldName, long bodyId, long departmentId, String department, LocalDate validFrom, LocalDate validUntil,
            CertificateStatus status, String statusReason, Standing standing, boolean validToday, long version) {
        static CertificateJson of(CertificateView c, LocalDate today, MessageSource messages, Locale locale) {
            return new CertificateJson(c.id(), c.staffId(), c.officerName(), c.number(), c.issuingAuthority(), c.field(),
                    messages.getMessage(c.field().messageKey(), null, locale), c.bodyId(), c.departmentId(), c.departmentName(),
                    c.validFrom(), c.validUntil(), c.status(), c.statusReason(), c.standing(today), c.validOn(today), c.version());
        }
    }

    record OfficerJson(long staffId, String name, long departmentId, String department, boolean active,
            List<CertificateJson> certificates) {
        static OfficerJson of(OfficerView o, LocalDate today, MessageSource messages, Locale locale) {
            return new OfficerJson(o.staffId(), o.name(), o.departmentId(), o.departmentName(), o.active(),
                    o.certificates().stream().map(c -> CertificateJson.of(c, today, messages, locale)).toList());
        }
    }

    record ReasonJson(OfficerProblem problem, String certificateNumber, String message) {
        static ReasonJson of(OfficerReason r, MessageSource messages, Locale locale) {
            return new ReasonJson(r.problem(), r.certificateNumber(), r.message(messages, locale));
        }
    }

    record VerdictJson(long staffId, String name, boolean certified, List<String> qualifying, List<ReasonJson> reasons) {
        static VerdictJson of(OfficerVerdict v, MessageSource messages, Locale locale) {
            return new VerdictJson(v.staffId(), v.name(), v.certified(), v.qualifying().stream().map(CertificateView::number).toList(),
                    v.reasons().stream().map(r -> ReasonJson.of(r, messages, locale)).toList());
        }
    }

    record CheckJson(long departmentId, EnforcementField field, LocalDate on,
            @Schema(description = "every officer certified and at least two of them: a penalty case may go ahead") boolean penaltyReady,
            boolean allCertified, List<ReasonJson> general, List<VerdictJson> verdicts) {
        static CheckJson of(OfficerCheck c, MessageSource messages, Locale locale) {
            return new CheckJson(c.departmentId(), c.field(), c.on(), c.passes(OfficerCheck.PENALTY_MINIMUM), c.allCertified(),
                    c.generalReasons().stream().map(r -> ReasonJson.of(r, messages, locale)).toList(),
                    c.verdicts().stream().map(v -> VerdictJson.of(v, messages, locale)).toList());
        }
    }

    /** One line of the public list: name, body, number, field, validity — nothing personal beyond the name. */
    record PublicOfficerJson(String name, long departmentId, String department, String certificateNumber, EnforcementField field,
            String fieldName, LocalDate validFrom, LocalDate validUntil) {
        static PublicOfficerJson of(PublishedOfficer o, MessageSource messages, Locale locale) {
            return new PublicOfficerJson(o.name(), o.departmentId(), o.department(), o.certificateNumber(), o.field(),
                    messages.getMessage(o.field().messageKey(), null, locale), o.validFrom(), o.validUntil());
        }
    }

    record PublicListJson(LocalDate on, Long departmentId, int count, List<PublicOfficerJson> officers) {
    }
}

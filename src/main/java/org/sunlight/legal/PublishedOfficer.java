package org.sunlight.legal;

import java.time.LocalDate;

/**
 * One line of the public list of enforcement officers (执法人员信息公示): what the law requires to be
 * public and nothing more — never a personal id, phone or address, nor the internal staff id.
 */
public record PublishedOfficer(String name, long departmentId, String department, String certificateNumber,
        EnforcementField field, LocalDate validFrom, LocalDate validUntil) {
}

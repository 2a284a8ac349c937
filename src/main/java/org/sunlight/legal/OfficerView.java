package org.sunlight.legal;

import java.util.List;

/** An officer: a member of staff (as the organisation places them now) with their certificates, newest first. */
public record OfficerView(long staffId, String name, long departmentId, String departmentName, boolean active,
        List<CertificateView> certificates) {
}

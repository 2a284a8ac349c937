package org.sunlight.legal;

import java.util.List;

/**
 * The verdict on one officer: certified (holding at least one certificate valid for the department,
 * field and day asked about: {@code qualifying}) or not, with every reason. {@code name} is null when
 * no member of staff has this id.
 */
public record OfficerVerdict(long staffId, String name, boolean certified, List<CertificateView> qualifying,
        List<OfficerReason> reasons) {
}

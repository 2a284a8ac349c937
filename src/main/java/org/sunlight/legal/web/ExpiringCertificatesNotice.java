package org.sunlight.legal.web;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.sunlight.common.WorkspaceNotice;
import org.sunlight.common.WorkspaceNoticeProvider;
import org.sunlight.legal.CertificateView;
import org.sunlight.legal.OfficerRegister;

/** Tells a legal reviewer how many certificates they keep expire within 30 days, so renewals are not missed. */
@Component
class ExpiringCertificatesNotice implements WorkspaceNoticeProvider {

    private final OfficerRegister register;

    ExpiringCertificatesNotice(OfficerRegister register) {
        this.register = register;
    }

    @Override
    public List<WorkspaceNotice> notices(Set<String> roles) {
        if (!roles.contains("legal_reviewer")) {
            return List.of();
        }
        int count = register.expiringSoonCount();
        if (count == 0) {
            return List.of();
        }
        return List.of(new WorkspaceNotice("warning", "legal.notice.expiring", new Object[] {count, CertificateView.EXPIRING_DAYS},
                "/legal/officers?standing=EXPIRING_SOON"));
    }
}

package org.sunlight.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.sunlight.IntegrationTest;
import org.sunlight.TestUsers;
import org.sunlight.common.InvalidInputException;

/** A policy change applies to the very next password checked, although the policy is served from a cached copy. */
@IntegrationTest
class SecurityPolicyTests {

    @Autowired
    SecurityPolicies policies;
    @Autowired
    PublicRegistration registration;
    @Autowired
    TestUsers users;

    @Test
    void aStricterPolicyAppliesAtOnce() {
        SecurityPolicy before = policies.current();
        SecurityPolicy stricter = new SecurityPolicy(14, before.minCharClasses(), before.maxFailedAttempts(),
                before.lockoutMinutes(), before.idleTimeoutMinutes(), before.passwordMaxAgeDays(), before.version());
        SecurityPolicy saved = users.callAs("security_admin", () -> policies.update(stricter));
        try {
            assertThat(policies.current().minLength()).isEqualTo(14);
            assertThatThrownBy(() -> registration.register(new Registration("policycheck1", "策略", "Sunlight@2026",
                    "Sunlight@2026", Role.CITIZEN, null)))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(p -> p.code())
                            .contains("identity.password.too-short"));
        } finally {
            users.runAs("security_admin", () -> policies.update(new SecurityPolicy(before.minLength(), before.minCharClasses(),
                    before.maxFailedAttempts(), before.lockoutMinutes(), before.idleTimeoutMinutes(),
                    before.passwordMaxAgeDays(), saved.version())));
        }
        assertThat(policies.current().minLength()).isEqualTo(before.minLength());
    }
}

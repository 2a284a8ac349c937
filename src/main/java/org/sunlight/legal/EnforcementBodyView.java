package org.sunlight.legal;

/**
 * An enforcement body (执法主体): a department of the organisation registered as holding enforcement
 * authority, with the legal basis of that authority and a description of its scope.
 * {@code version} is the optimistic-lock version an editor sends back.
 */
public record EnforcementBodyView(long id, long departmentId, String departmentName, String regionCode,
        String legalBasis, String scope, boolean active, long version) {
}

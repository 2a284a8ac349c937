package org.sunlight.legal;

/** What the legal reviewer enters to register an enforcement body (the department only when registering). */
public record BodyInput(Long departmentId, String legalBasis, String scope) {
}

package org.sunlight.identity;

/** One role an account holds, within one scope. {@code scopeRef} is a unit id, department id or region code. */
public record Grant(long id, Role role, ScopeKind scopeKind, String scopeRef) {
}

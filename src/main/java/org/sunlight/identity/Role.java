package org.sunlight.identity;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The roles of DOMAIN.md, each with the kinds of scope it may be granted in.
 * The three administrators (三员) are exclusive: an account holding one holds nothing else.
 */
public enum Role {
    /** 经办人: works cases at the steps of the posts they hold, within their unit. */
    HANDLER(EnumSet.of(ScopeKind.UNIT)),
    /** 科室负责人: reviews and approves within their unit. */
    UNIT_HEAD(EnumSet.of(ScopeKind.UNIT)),
    /** 分管领导: approves within their department. */
    LEADER(EnumSet.of(ScopeKind.DEPARTMENT)),
    /** 权力事项录入员: keeps the catalog of a department, or of one unit's items. */
    CATALOG_CLERK(EnumSet.of(ScopeKind.DEPARTMENT, ScopeKind.UNIT)),
    /** 法制审核: legal review for the departments of a region (or one department). */
    LEGAL_REVIEWER(EnumSet.of(ScopeKind.REGION, ScopeKind.DEPARTMENT)),
    /** 监察员: e-supervision of a region and every region below it. */
    SUPERVISOR(EnumSet.of(ScopeKind.REGION)),
    /** 系统管理员: organisation, accounts, calendars; never the audit trail or business data. */
    SYSTEM_ADMIN(EnumSet.of(ScopeKind.REGION)),
    /** 安全管理员: roles and the password, lockout and session policy; never creates accounts. */
    SECURITY_ADMIN(EnumSet.of(ScopeKind.REGION)),
    /** 审计管理员: reads and verifies the audit trail, nothing else. */
    AUDIT_ADMIN(EnumSet.of(ScopeKind.REGION)),
    /** A registered citizen. */
    CITIZEN(EnumSet.of(ScopeKind.NONE)),
    /** A registered legal person or other organisation. */
    ORGANISATION(EnumSet.of(ScopeKind.NONE));

    private final Set<ScopeKind> scopeKinds;

    Role(Set<ScopeKind> scopeKinds) {
        this.scopeKinds = scopeKinds;
    }

    public Set<ScopeKind> scopeKinds() {
        return scopeKinds;
    }

    public boolean isAdministrator() {
        return this == SYSTEM_ADMIN || this == SECURITY_ADMIN || this == AUDIT_ADMIN;
    }

    public boolean isPublic() {
        return this == CITIZEN || this == ORGANISATION;
    }

    /** The Spring Security authority, e.g. ROLE_UNIT_HEAD. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The lower-case name used in URLs, messages and demo usernames, e.g. unit_head. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromKey(String key) {
        return Role.valueOf(key.trim().toUpperCase(Locale.ROOT));
    }
}

package org.sunlight.identity;

/** What a role grant is limited to. */
public enum ScopeKind {
    /** public accounts: their own affairs only */
    NONE,
    /** one unit (科室), by unit id */
    UNIT,
    /** one department, by department id */
    DEPARTMENT,
    /** a region and its whole subtree, by region code */
    REGION
}

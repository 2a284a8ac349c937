package org.sunlight.identity;

/** Staff accounts are created by the system administrator; public accounts register themselves. */
public enum AccountKind {
    STAFF,
    PUBLIC
}

package org.sunlight.catalog;

/** The item's own state, independent of its versions' review. Only ACTIVE items accept new cases. */
public enum ItemLifecycle {
    /** 在用: has (or will have) a published version and accepts cases */
    ACTIVE,
    /** 挂起: temporarily not exercised, with a reason; reversible */
    SUSPENDED,
    /** 废止: abolished on a date, with a reason; final */
    ABOLISHED,
    /** 下放: delegated to a lower level; the receiving body's item is linked */
    DELEGATED
}

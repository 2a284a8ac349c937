package org.sunlight.catalog;

/** Unit of a time limit. Jiangsu's exchange code "1" is working days. */
public enum LimitUnit {
    WORKING_DAYS,
    NATURAL_DAYS
}

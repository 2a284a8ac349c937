package org.sunlight.organization;

/** Levels of the administrative region tree, top down. */
public enum RegionLevel {
    /** 省 — six-digit code ending 0000 */
    PROVINCE,
    /** 市 — six-digit code ending 00 */
    CITY,
    /** 县/区/县级市 — six-digit code */
    COUNTY,
    /** 乡/镇/街道 — nine-digit code */
    TOWN
}

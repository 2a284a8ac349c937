package org.sunlight.casework;

/** Where a penalty case came from (案件来源). */
public enum FilingSource {
    INSPECTION, COMPLAINT, REFERRAL, OTHER;

    public String key() {
        return "casework.source." + name();
    }
}

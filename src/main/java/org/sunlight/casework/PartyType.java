package org.sunlight.casework;

/** 自然人, 法人, 其他组织. */
public enum PartyType {
    CITIZEN, LEGAL_PERSON, OTHER;

    public String key() {
        return "casework.party-type." + name();
    }
}

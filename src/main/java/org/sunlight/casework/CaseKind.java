package org.sunlight.casework;

/** An application a party makes (licensing and the other application-based categories), or a penalty case the body opens. */
public enum CaseKind {
    APPLICATION,
    PENALTY
}

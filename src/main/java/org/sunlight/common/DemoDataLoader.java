package org.sunlight.common;

/**
 * A module's demo data. Loaders run once at start-up in {@link #order()} when demo mode is on,
 * and must be idempotent (a restart on the same embedded database loads nothing twice).
 */
public interface DemoDataLoader {

    int ORGANIZATION = 10;
    int IDENTITY = 20;
    int CALENDAR = 30;
    int CATALOG = 40;
    int FLOW = 50;
    int LEGAL = 55;
    int CASEWORK = 60;

    int order();

    void load();
}

package org.sunlight.catalog;

/** The item was suspended, resumed, abolished or delegated (see {@code lifecycle}). */
public record PowerItemLifecycleChanged(long itemId, String code, long departmentId, ItemLifecycle lifecycle, String reason) {
}

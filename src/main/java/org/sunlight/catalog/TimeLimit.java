package org.sunlight.catalog;

/** A time limit: {@code days} in {@code unit}; null days means none is set by law. */
public record TimeLimit(Integer days, LimitUnit unit) {
}

package org.sunlight.organization;

/**
 * A view together with the optimistic-lock version an editor must send back with a rename or move:
 * a stale version is refused (409) instead of silently overwriting someone else's change.
 */
public record Versioned<T>(T value, long version) {
}

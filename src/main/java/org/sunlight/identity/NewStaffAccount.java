package org.sunlight.identity;

/** What the system administrator enters to open an account for a member of staff. */
public record NewStaffAccount(String username, Long staffId, String displayName, String initialPassword) {
}

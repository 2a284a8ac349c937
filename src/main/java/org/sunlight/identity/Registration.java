package org.sunlight.identity;

/** A citizen's or organisation's self-registration. {@code role} is CITIZEN or ORGANISATION. */
public record Registration(String username, String displayName, String password, String confirmPassword, Role role, String phone) {
}

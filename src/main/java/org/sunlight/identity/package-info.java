/**
 * Identity: staff and public accounts, sign-in, roles with scopes, password/lockout/session policy
 * and the three-administrator separation (三员分立). Its API is {@link org.sunlight.identity.CurrentUser}
 * and the {@link org.sunlight.identity.Role} vocabulary.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.sunlight.identity;

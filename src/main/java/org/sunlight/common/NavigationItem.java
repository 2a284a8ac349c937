package org.sunlight.common;

import java.util.Set;

/**
 * A link a module contributes to the shell's navigation. {@code roles} empty means public.
 * The shell shows an item only to users holding one of its roles, so the menu lists only
 * what the user can actually use.
 */
public record NavigationItem(Area area, String messageKey, String href, int order, Set<String> roles) {

    /** Where the link appears. */
    public enum Area {
        /** the public site's top bar */
        PUBLIC,
        /** the staff / applicant workspace */
        WORKSPACE
    }

    public static NavigationItem publicLink(String messageKey, String href, int order) {
        return new NavigationItem(Area.PUBLIC, messageKey, href, order, Set.of());
    }

    public static NavigationItem workspace(String messageKey, String href, int order, String... roles) {
        return new NavigationItem(Area.WORKSPACE, messageKey, href, order, Set.of(roles));
    }
}

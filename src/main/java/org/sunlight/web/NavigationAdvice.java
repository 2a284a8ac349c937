package org.sunlight.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.sunlight.common.NavigationContributor;
import org.sunlight.common.NavigationItem;
import org.sunlight.common.WorkspaceNotice;
import org.sunlight.common.WorkspaceNoticeProvider;

/**
 * Puts the navigation into every page's model: public links for everyone, workspace links only
 * for users holding one of the roles an item names.
 */
@ControllerAdvice(annotations = Controller.class)
class NavigationAdvice {

    private final List<NavigationItem> items;
    private final List<WorkspaceNoticeProvider> noticeProviders;

    NavigationAdvice(List<NavigationContributor> contributors, List<WorkspaceNoticeProvider> noticeProviders) {
        this.noticeProviders = noticeProviders;
        this.items = contributors.stream().flatMap(c -> c.navigation().stream())
                .sorted(Comparator.comparingInt(NavigationItem::order)).toList();
    }

    /**
     * The current page in the other language: same path and query, only {@code lang} replaced, so
     * switching language on a result page (e.g. the deadline calculator) keeps the result.
     */
    @ModelAttribute("langSwitchUrl")
    String langSwitchUrl(jakarta.servlet.http.HttpServletRequest request, java.util.Locale locale) {
        String target = "en".equals(locale.getLanguage()) ? "zh_CN" : "en";
        String query = request.getQueryString();
        return org.springframework.web.util.UriComponentsBuilder
                .fromUriString(request.getRequestURI() + (query == null ? "" : "?" + query))
                .replaceQueryParam("lang", target).build().toUriString();
    }

    @ModelAttribute("currentUser")
    String currentUser() {
        Authentication auth = signedIn();
        return auth == null ? null : auth.getName();
    }

    @ModelAttribute("currentRoles")
    List<String> currentRoles() {
        return roles().stream().sorted().toList();
    }

    @ModelAttribute("publicNav")
    List<NavigationItem> publicNav() {
        return items.stream().filter(i -> i.area() == NavigationItem.Area.PUBLIC).toList();
    }

    @ModelAttribute("workspaceNav")
    List<NavigationItem> workspaceNav() {
        Set<String> roles = roles();
        return items.stream()
                .filter(i -> i.area() == NavigationItem.Area.WORKSPACE)
                .filter(i -> i.roles().stream().anyMatch(roles::contains))
                .toList();
    }

    @ModelAttribute("workspaceNotices")
    List<WorkspaceNotice> workspaceNotices() {
        Set<String> roles = roles();
        if (roles.isEmpty()) {
            return List.of();
        }
        return noticeProviders.stream().flatMap(p -> p.notices(roles).stream()).toList();
    }

    /** Role names without the ROLE_ prefix, lower case: handler, unit_head, ... */
    private Set<String> roles() {
        Authentication auth = signedIn();
        if (auth == null) {
            return Set.of();
        }
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5).toLowerCase())
                .collect(Collectors.toSet());
    }

    private static Authentication signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return auth;
    }
}

package org.sunlight.catalog;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.sunlight.TestUsers;
import org.sunlight.identity.Actor;
import org.sunlight.identity.Grant;
import org.sunlight.identity.Role;
import org.sunlight.identity.ScopeKind;
import org.sunlight.identity.internal.AccountPrincipal;

/**
 * The people of the catalog tests: the demo accounts (catalog_clerk, unit_head, leader,
 * legal_reviewer, supervisor, handler, …) through {@link TestUsers}, plus principals with scopes the
 * demo lacks, built here without an account row: a clerk of one unit, a reviewer and a leader of
 * 高邮市, a second unit head, a clerk who is also a unit head.
 */
final class CatalogActors {

    private static final AtomicLong IDS = new AtomicLong(-1000);

    private final TestUsers users;
    private final Map<String, Authentication> extra;

    CatalogActors(TestUsers users, CatalogTestData data) {
        this.users = users;
        this.extra = Map.of(
                "unit_clerk_fagui", principal("unit_clerk_fagui", grant(Role.CATALOG_CLERK, ScopeKind.UNIT, data.fagui)),
                "unit_clerk_wuguan", principal("unit_clerk_wuguan", grant(Role.CATALOG_CLERK, ScopeKind.UNIT, data.wuguan)),
                "wuguan_head", principal("wuguan_head", grant(Role.UNIT_HEAD, ScopeKind.UNIT, data.wuguan)),
                "gaoyou_legal", principal("gaoyou_legal", grant(Role.LEGAL_REVIEWER, ScopeKind.REGION, "321084")),
                "gaoyou_leader", principal("gaoyou_leader", grant(Role.LEADER, ScopeKind.DEPARTMENT, data.gaoyouDepartment)),
                "yangzhou_leader", principal("yangzhou_leader", grant(Role.LEADER, ScopeKind.DEPARTMENT, data.yangzhouDepartment)),
                "yangzhou_clerk", principal("yangzhou_clerk", grant(Role.CATALOG_CLERK, ScopeKind.DEPARTMENT, data.yangzhouDepartment)),
                "city_legal", principal("city_legal", grant(Role.LEGAL_REVIEWER, ScopeKind.REGION, "321000")),
                "clerk_and_head", principal("clerk_and_head", grant(Role.CATALOG_CLERK, ScopeKind.DEPARTMENT, data.department),
                        grant(Role.UNIT_HEAD, ScopeKind.UNIT, data.fagui)),
                "second_legal", principal("second_legal", grant(Role.LEGAL_REVIEWER, ScopeKind.DEPARTMENT, data.department),
                        grant(Role.LEADER, ScopeKind.DEPARTMENT, data.department)));
    }

    RequestPostProcessor as(String name) {
        Authentication a = extra.get(name);
        return a != null ? SecurityMockMvcRequestPostProcessors.authentication(a) : users.as(name);
    }

    <T> T callAs(String name, Callable<T> action) {
        Authentication a = extra.get(name);
        if (a == null) {
            return users.callAs(name, action);
        }
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(a);
        SecurityContextHolder.setContext(context);
        try {
            return action.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    void runAs(String name, Runnable action) {
        callAs(name, () -> {
            action.run();
            return null;
        });
    }

    private static Grant grant(Role role, ScopeKind kind, Object ref) {
        return new Grant(IDS.decrementAndGet(), role, kind, String.valueOf(ref));
    }

    private static Authentication principal(String username, Grant... grants) {
        AccountPrincipal p = new AccountPrincipal(new Actor(IDS.decrementAndGet(), username, username, null, List.of(grants)), false);
        return UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities());
    }
}

package org.sunlight.identity;

import java.util.List;

/** The signed-in person as other modules see them. {@code staffId} is null for public accounts. */
public record Actor(long accountId, String username, String displayName, Long staffId, List<Grant> grants) {

    public boolean has(Role role) {
        return grants.stream().anyMatch(g -> g.role() == role);
    }

    public List<Grant> grantsOf(Role role) {
        return grants.stream().filter(g -> g.role() == role).toList();
    }
}

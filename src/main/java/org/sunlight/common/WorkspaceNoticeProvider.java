package org.sunlight.common;

import java.util.List;
import java.util.Set;

/** Implemented by modules with something to tell users on their workspace page. */
public interface WorkspaceNoticeProvider {

    /** @param roles the user's role names, lower case without prefix (e.g. "system_admin") */
    List<WorkspaceNotice> notices(Set<String> roles);
}

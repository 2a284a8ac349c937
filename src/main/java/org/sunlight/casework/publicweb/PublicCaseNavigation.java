package org.sunlight.casework.publicweb;

import java.util.List;

import org.springframework.stereotype.Component;
import org.sunlight.common.NavigationContributor;
import org.sunlight.common.NavigationItem;

/** 办件查询 in the public top bar; 我的办件 in an applicant's workspace. */
@Component
class PublicCaseNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigation() {
        return List.of(NavigationItem.publicLink("casework-public.nav.lookup", "/public/cases/lookup", 20),
                NavigationItem.workspace("casework-public.nav.my-cases", "/public/my-cases", 5, "citizen", "organisation"),
                NavigationItem.workspace("casework-public.nav.apply", "/public/catalog", 6, "citizen", "organisation"));
    }
}

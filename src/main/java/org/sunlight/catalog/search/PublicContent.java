package org.sunlight.catalog.search;

import java.util.List;

import org.sunlight.catalog.PowerItemContent;

/**
 * The public part of a version's content. Today that is everything except the integrity risk points not
 * marked {@code published}; every public path (index, guide page, API, open data) goes through here so a
 * later rule (e.g. hiding a contact person) is added in one place.
 */
public final class PublicContent {

    private PublicContent() {
    }

    public static PowerItemContent of(PowerItemContent c) {
        List<PowerItemContent.RiskPoint> risks = c.riskPoints() == null ? List.of()
                : c.riskPoints().stream().filter(PowerItemContent.RiskPoint::published).toList();
        return new PowerItemContent(c.name(), c.category(), c.basicCode(), c.implementationCode(), c.businessItemCode(),
                c.level(), c.hostUnit(), nz(c.assistingUnits()), nz(c.legalBases()), c.statutoryLimit(), c.promisedLimit(),
                nz(c.fees()), c.conditions(), nz(c.materials()), c.service(), c.penalty(), nz(c.responsibilities()), risks);
    }

    private static <T> List<T> nz(List<T> list) {
        return list == null ? List.of() : list;
    }
}

package org.sunlight.flow.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.sunlight.catalog.CatalogQueries;
import org.sunlight.catalog.PowerItemContent;
import org.sunlight.catalog.PowerItemVersionView;
import org.sunlight.catalog.PowerItemView;
import org.sunlight.catalog.VersionState;
import org.sunlight.common.DemoDataLoader;
import org.sunlight.flow.FlowDefinition;
import org.sunlight.flow.FlowTemplate;
import org.sunlight.flow.FlowValidation;
import org.sunlight.flow.FlowValidator;
import org.sunlight.organization.DepartmentView;
import org.sunlight.organization.OrganizationDirectory;
import org.sunlight.organization.PostView;
import org.sunlight.organization.RegionView;

/**
 * Demo flowcharts: every demo catalog item with a published version and no flowchart yet gets its
 * category's recommended template, published as version 1 in force from the item version's effective
 * date (not before {@link #HISTORY_START}; today when the version has none). The demo's cases reach back
 * years (casework backfills them), and a case needs the flowchart in force on the day it started.
 * Items whose template would not validate are left for the clerk.
 * Idempotent: an item with any flowchart version is skipped.
 */
@Component
class FlowDemoData implements DemoDataLoader {

    private static final Logger log = LoggerFactory.getLogger(FlowDemoData.class);
    static final String DEMO_USER = "demo";
    /** The earliest effective date of a demo flowchart: the first day casework may backfill cases for. */
    static final LocalDate HISTORY_START = LocalDate.of(2013, 7, 1);

    private final CatalogQueries catalog;
    private final OrganizationDirectory organization;
    private final FlowStore store;
    private final FlowTemplateLibrary templates;
    private final ItemPosts itemPosts;
    private final Clock clock;

    FlowDemoData(CatalogQueries catalog, OrganizationDirectory organization, FlowStore store, FlowTemplateLibrary templates,
            ItemPosts itemPosts, Clock clock) {
        this.catalog = catalog;
        this.organization = organization;
        this.store = store;
        this.templates = templates;
        this.itemPosts = itemPosts;
        this.clock = clock;
    }

    @Override
    public int order() {
        return FLOW;
    }

    @Override
    @Transactional
    public void load() {
        int created = 0;
        for (RegionView root : organization.rootRegions()) {
            for (DepartmentView d : organization.departmentsWithin(root.code())) {
                for (PowerItemView item : catalog.itemsOf(d.id())) {
                    created += publish(item) ? 1 : 0;
                }
            }
        }
        if (created > 0) {
            log.info("Demo flowcharts: {} published", created);
        }
    }

    private boolean publish(PowerItemView item) {
        if (!store.ofItem(item.id()).isEmpty()) {
            return false;
        }
        List<PowerItemVersionView> versions = catalog.versions(item.id());
        Optional<PowerItemVersionView> published = versions.stream().filter(v -> v.state() == VersionState.PUBLISHED).findFirst();
        if (published.isEmpty()) {
            return false;
        }
        PowerItemVersionView version = published.get();
        PowerItemContent content = version.content();
        Optional<FlowTemplate> template = templates.all().stream().filter(t -> t.recommendedFor(content.category())).findFirst();
        if (template.isEmpty()) {
            return false;
        }
        var posts = itemPosts.byName(item);
        FlowDefinition definition = template.get().instantiate(name -> Optional.ofNullable(posts.get(name)), content.riskPoints());
        FlowValidation validation = FlowValidator.validate(definition, FlowValidator.Context.of(content.promisedLimit(),
                content.riskPoints() == null ? 0 : content.riskPoints().size(),
                id -> organization.post(id).map(PostView::active).orElse(false)));
        if (validation.hasErrors()) {
            return false;
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        LocalDate from = version.effectiveFrom() == null ? today : version.effectiveFrom();
        LocalDate effective = from.isAfter(today) || !from.isBefore(HISTORY_START) ? from : HISTORY_START;
        long id = store.insertDraft(item.id(), version.id(), 1, template.get().code(), definition, now, DEMO_USER);
        store.publish(id, 0, effective, !validation.warnings().isEmpty(), now, DEMO_USER);
        return true;
    }
}

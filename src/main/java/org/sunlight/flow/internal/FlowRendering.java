package org.sunlight.flow.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.sunlight.catalog.CatalogQueries;
import org.sunlight.catalog.PowerItemVersionView;
import org.sunlight.catalog.PowerItemView;
import org.sunlight.flow.FlowDefinition;
import org.sunlight.flow.FlowVersionView;
import org.sunlight.organization.OrganizationDirectory;
import org.sunlight.organization.PostView;

/** Pictures and exports of flowcharts in the reader's language, with posts named "法规科·受理岗". */
@Component
public class FlowRendering {

    private final MessageSource messages;
    private final OrganizationDirectory organization;
    private final CatalogQueries catalog;

    FlowRendering(MessageSource messages, OrganizationDirectory organization, CatalogQueries catalog) {
        this.messages = messages;
        this.organization = organization;
        this.catalog = catalog;
    }

    public FlowLabels labels(Locale locale) {
        Map<Long, String> cache = new HashMap<>();
        return new FlowLabels(messages, locale, id -> cache.computeIfAbsent(id, this::postName));
    }

    private String postName(long id) {
        return organization.post(id).map(p -> unitName(p) + "·" + p.name()).orElse(null);
    }

    private String unitName(PostView p) {
        return organization.unit(p.unitId()).map(u -> u.name()).orElse("?");
    }

    /** A draft or an unsaved definition (the editor's preview), problem steps outlined. */
    public String preview(FlowDefinition definition, Set<String> highlight, Locale locale) {
        return new FlowSvg(labels(locale)).render(definition, new FlowSvg.Options(null, null, highlight, true, "sfp"));
    }

    /** A version with a heading: item name, version number, effective date. */
    public String svg(FlowVersionView v, Locale locale) {
        FlowLabels labels = labels(locale);
        String name = itemName(v);
        String heading = labels.message("flow.svg.heading", name);
        String sub = v.effectiveFrom() == null
                ? labels.message("flow.svg.subheading.draft", v.versionNo())
                : labels.message("flow.svg.subheading", v.versionNo(), v.effectiveFrom().toString(), itemCode(v));
        return new FlowSvg(labels).render(v.definition(), new FlowSvg.Options(heading, sub, Set.of(), true, "sf"));
    }

    public String missing(Locale locale) {
        FlowLabels labels = labels(locale);
        return new FlowSvg(labels).message(labels.message("flow.svg.none"));
    }

    public String bpmn(FlowVersionView v, Locale locale) {
        String code = itemCode(v);
        String safe = code.replaceAll("[^A-Za-z0-9_-]", "_");
        return new BpmnExport(labels(locale)).export(v.definition(), "Process_" + safe + "_v" + v.versionNo(), itemName(v),
                "Definitions_flow_" + v.id());
    }

    public String itemName(FlowVersionView v) {
        return catalog.version(v.itemVersionId()).map(PowerItemVersionView::content).map(c -> c.name()).orElse("?");
    }

    public String itemCode(FlowVersionView v) {
        return catalog.item(v.itemId()).map(PowerItemView::code).orElse(String.valueOf(v.itemId()));
    }
}

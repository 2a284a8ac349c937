package org.sunlight.flow.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.sunlight.catalog.PowerCategory;
import org.sunlight.flow.FlowDefinition;
import org.sunlight.flow.FlowMove;
import org.sunlight.flow.FlowState;
import org.sunlight.flow.FlowTemplate;
import org.sunlight.flow.FlowTiming;
import org.sunlight.flow.FlowTransition;
import org.sunlight.flow.FlowVersionView;

/** Request and response bodies of the flowchart API. */
final class FlowApiModels {

    private FlowApiModels() {
    }

    /** A new draft from a template ({@code template}) or as a copy of another version ({@code copyFrom}). */
    record CreateDraft(@NotNull Long itemVersionId, String template, Long copyFrom) {
    }

    record UpdateDraft(@NotNull Long version, @NotNull @Valid FlowDefinition definition) {
    }

    /** {@code definition}, when given, is saved first; both happen or neither. */
    record Publish(@NotNull Long version, LocalDate effectiveFrom, Boolean confirmWarnings, FlowDefinition definition) {

        boolean confirmed() {
            return Boolean.TRUE.equals(confirmWarnings);
        }
    }

    record Check(@NotNull Long itemVersionId, @NotNull FlowDefinition definition) {
    }

    record MovesRequest(@NotNull String step, Map<String, Object> variables) {
    }

    record MovesJson(String step, List<FlowMove> moves, Set<String> variables) {
    }

    record TemplateJson(String code, String name, String description, String basis, Set<PowerCategory> categories, String start,
            List<FlowTemplate.Step> steps, List<FlowTransition> transitions) {
    }

    record VersionJson(long id, long itemId, String itemCode, long itemVersionId, int versionNo, FlowState state, String template,
            LocalDate effectiveFrom, Instant publishedAt, String publishedBy, boolean warningsConfirmed, long version,
            FlowDefinition definition, Links links) {

        static VersionJson of(FlowVersionView v, String itemCode) {
            String base = "/api/v1/flow/versions/" + v.id();
            Links links = new Links(base, v.released() ? "/public/flow/versions/" + v.id() + ".svg" : null, base + "/bpmn");
            return new VersionJson(v.id(), v.itemId(), itemCode, v.itemVersionId(), v.versionNo(), v.state(), v.template(),
                    v.effectiveFrom(), v.publishedAt(), v.publishedBy(), v.warningsConfirmed(), v.version(), v.definition(), links);
        }
    }

    record Links(String self, String svg, String bpmn) {
    }

    record ProblemJson(String severity, String code, String field, String step, Integer transition, String message) {
    }

    /** {@code publishable}: no errors; {@code warnings} then need {@code confirmWarnings} to publish. */
    record ValidationJson(boolean publishable, List<ProblemJson> errors, List<ProblemJson> warnings, FlowTiming timing) {
    }
}

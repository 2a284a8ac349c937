package org.sunlight.catalog.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sunlight.catalog.PowerCategory;
import org.sunlight.common.FieldProblem;
import org.sunlight.common.SunlightException;
import org.sunlight.organization.DepartmentView;
import org.sunlight.organization.OrganizationDirectory;
import org.sunlight.organization.UnitView;

/**
 * How the catalog pages answer: a refused button returns to its page with the reason on top (and
 * nothing was written: the service's transaction rolled back); a refused form comes back with each
 * message beside its field. Also the names of departments and units the pages show.
 */
@Component
public class Pages {

    /** Key of the message that belongs to no single field. */
    public static final String GLOBAL = "_global";

    private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MessageSource messages;
    private final OrganizationDirectory organization;
    private final java.time.Clock clock;

    Pages(MessageSource messages, OrganizationDirectory organization, java.time.Clock clock) {
        this.messages = messages;
        this.organization = organization;
        this.clock = clock;
    }

    /** An instant as local time of the application's zone. */
    public String time(java.time.Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(clock.getZone()));
    }

    /** A time limit as read: "20 工作日", "无法定时限", or "—" when not given. */
    public String limit(org.sunlight.catalog.TimeLimit limit) {
        if (limit == null) {
            return "—";
        }
        String unit = limit.unit() == null ? "" : " " + message("catalog.enum.LimitUnit." + limit.unit().name());
        return (limit.days() == null ? message("catalog.limit.none") : limit.days().toString()) + unit;
    }

    /** The choices of the editor's selects, by enum name. */
    public Map<String, List<String>> choices() {
        Map<String, List<String>> choices = new LinkedHashMap<>();
        for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(PowerCategory.class,
                org.sunlight.catalog.PowerItemContent.ExerciseLevel.class, org.sunlight.catalog.LimitUnit.class,
                org.sunlight.catalog.PowerItemContent.MaterialForm.class, org.sunlight.catalog.PowerItemContent.FineKind.class,
                org.sunlight.catalog.PowerItemContent.ResponsibilityStage.class, org.sunlight.catalog.PowerItemContent.RiskGrade.class,
                org.sunlight.catalog.VersionState.class, org.sunlight.catalog.ItemLifecycle.class)) {
            choices.put(type.getSimpleName(), java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        }
        return choices;
    }

    /** Runs a button's command; on success a notice, on refusal the reason; then back to {@code back}. */
    String act(RedirectAttributes flash, String back, Supplier<String> command) {
        try {
            String done = command.get();
            flash.addFlashAttribute("notice", done);
        } catch (SunlightException e) {
            flash.addFlashAttribute("problem", reason(e));
            if (!e.problems().isEmpty()) {
                flash.addFlashAttribute("problems", errors(e));
            }
        }
        return "redirect:" + back;
    }

    /** All of a refusal in one sentence: the field messages if any, else the refusal's own message. */
    String reason(SunlightException e) {
        if (e.problems().isEmpty()) {
            return message(e.code(), e.args());
        }
        return e.problems().stream().map(this::labelled).reduce((a, b) -> a + "；" + b).orElse("");
    }

    /** A field problem away from its field: generic messages ("必填") get the field's label in front. */
    private String labelled(FieldProblem p) {
        String text = message(p.code(), p.args());
        if (!p.code().startsWith("error.")) {
            return text;
        }
        String label = messages.getMessage("catalog.field." + p.field().replaceAll("\\[\\d+]", ""), null, null,
                LocaleContextHolder.getLocale());
        return label == null ? text : message("catalog.problem.field", label, text);
    }

    /** field path → message, plus the overall reason under {@link #GLOBAL} when no field is to blame. */
    Map<String, String> errors(SunlightException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem p : e.problems()) {
            errors.merge(p.field(), message(p.code(), p.args()), (a, b) -> a + "；" + b);
        }
        if (errors.isEmpty()) {
            errors.put(GLOBAL, message(e.code(), e.args()));
        }
        return errors;
    }

    Map<String, String> errors(List<FieldProblem> problems) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem p : problems) {
            errors.merge(p.field(), message(p.code(), p.args()), (a, b) -> a + "；" + b);
        }
        return errors;
    }

    String message(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }

    // ---- names for display (templates call these through the "pages" model attribute)

    public String department(Long id) {
        return id == null ? "" : organization.department(id).map(DepartmentView::name).orElse("#" + id);
    }

    public String unit(Long id) {
        return id == null ? "" : organization.unit(id).map(UnitView::name).orElse("#" + id);
    }

    public List<UnitView> units(long departmentId) {
        return organization.unitsOf(departmentId).stream().filter(UnitView::active).toList();
    }

    public List<PowerCategory> categories() {
        return List.of(PowerCategory.values());
    }
}

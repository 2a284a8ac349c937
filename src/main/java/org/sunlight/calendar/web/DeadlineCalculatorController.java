package org.sunlight.calendar.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.sunlight.calendar.CalendarService;
import org.sunlight.calendar.DeadlineAnswer;
import org.sunlight.calendar.LimitUnit;
import org.sunlight.calendar.PauseKind;
import org.sunlight.calendar.internal.CalendarAdministration;
import org.sunlight.common.FieldProblem;
import org.sunlight.common.InvalidInputException;

/**
 * The public deadline calculator page. A GET form, so a result can be bookmarked and shared; it
 * asks the same questions as {@code GET /api/v1/public/deadline} and shows the same explanation.
 */
@Controller
class DeadlineCalculatorController {

    static final int PAUSE_ROWS = 3;

    private final CalendarService calendars;
    private final CalendarAdministration administration;
    private final MessageSource messages;
    private final Clock clock;

    DeadlineCalculatorController(CalendarService calendars, CalendarAdministration administration, MessageSource messages,
            Clock clock) {
        this.calendars = calendars;
        this.administration = administration;
        this.messages = messages;
        this.clock = clock;
    }

    /** One row of the pause inputs. */
    record PauseRow(String kind, String from, String to) {
    }

    @GetMapping("/public/deadline")
    String calculator(@RequestParam(required = false) String start, @RequestParam(required = false) String limit,
            @RequestParam(required = false) String unit, @RequestParam(required = false) String region,
            @RequestParam(required = false) List<String> pauseKind, @RequestParam(required = false) List<String> pauseFrom,
            @RequestParam(required = false) List<String> pauseTo, @RequestParam(required = false) String extension,
            Locale locale, Model model) {
        List<PauseRow> rows = new ArrayList<>();
        List<String> pauses = new ArrayList<>();
        List<Integer> pauseRowOfIndex = new ArrayList<>();
        for (int i = 0; i < PAUSE_ROWS; i++) {
            String kind = get(pauseKind, i);
            String from = get(pauseFrom, i);
            String to = get(pauseTo, i);
            rows.add(new PauseRow(kind == null ? PauseKind.SUPPLEMENT.name() : kind, from, to));
            if (!blank(from) || !blank(to)) {
                pauses.add((blank(kind) ? "" : kind + ":") + nullToEmpty(from) + "/" + nullToEmpty(to));
                pauseRowOfIndex.add(i);
            }
        }
        model.addAttribute("start", start);
        model.addAttribute("limit", limit == null ? "20" : limit);
        model.addAttribute("unit", unit == null ? LimitUnit.WORKING_DAYS.name() : unit);
        model.addAttribute("region", region == null ? "" : region);
        model.addAttribute("extension", extension);
        model.addAttribute("pauseRows", rows);
        model.addAttribute("units", LimitUnit.values());
        model.addAttribute("pauseKinds", PauseKind.values());
        model.addAttribute("regions", administration.regionOptions());
        if (start != null) {
            try {
                DeadlineAnswer answer = calendars.deadline(region,
                        DeadlineInput.read(start, limit, unit, pauses, extension == null ? List.of() : List.of(extension),
                                () -> calendars.calendar(region)));
                DeadlineResponse result = DeadlineResponse.of(answer, administration.regionName(answer.regionCode()), clock.instant());
                model.addAttribute("result", result);
                model.addAttribute("statusAmount", messages.getMessage("calendar.amount." + result.unit(),
                        new Object[] {result.status().amount(result.unit())}, locale));
                model.addAttribute("apiUrl", apiUrl(start, limit, unit, region, pauses, extension));
            } catch (InvalidInputException e) {
                model.addAttribute("errors", errors(e.problems(), pauseRowOfIndex, locale));
            }
        }
        return "calendar/deadline";
    }

    /** Field → message; a pause's problems go to its row ("pause1"), an extension's to "extension". */
    private Map<String, String> errors(List<FieldProblem> problems, List<Integer> rowOf, Locale locale) {
        Map<String, String> out = new LinkedHashMap<>();
        for (FieldProblem p : problems) {
            String field = p.field();
            if (field.startsWith("pause[")) {
                int index = Integer.parseInt(field.substring(6, field.indexOf(']')));
                field = "pause" + (index < rowOf.size() ? rowOf.get(index) : 0);
            } else if (field.startsWith("extension")) {
                field = "extension";
            }
            out.putIfAbsent(field, messages.getMessage(p.code(), p.args(), p.defaultMessage(), locale));
        }
        return out;
    }

    /** The same question as an API call, to copy. */
    private static String apiUrl(String start, String limit, String unit, String region, List<String> pauses, String extension) {
        var uri = org.springframework.web.util.UriComponentsBuilder.fromPath("/api/v1/public/deadline")
                .queryParam("start", start).queryParam("limit", limit);
        if (!blank(unit)) {
            uri.queryParam("unit", unit);
        }
        pauses.forEach(p -> uri.queryParam("pause", p));
        if (!blank(extension)) {
            uri.queryParam("extension", extension);
        }
        if (!blank(region)) {
            uri.queryParam("region", region);
        }
        return uri.encode().build().toUriString();
    }

    private static String get(List<String> list, int i) {
        return list != null && i < list.size() ? list.get(i) : null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}

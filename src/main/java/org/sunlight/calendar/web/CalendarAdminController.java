package org.sunlight.calendar.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.sunlight.calendar.CalendarService;
import org.sunlight.calendar.DayKind;
import org.sunlight.calendar.WorkingCalendar;
import org.sunlight.calendar.internal.CalendarAdministration;
import org.sunlight.common.FieldProblem;
import org.sunlight.common.InvalidInputException;
import org.sunlight.common.NotFoundException;
import org.sunlight.common.SunlightException;

/**
 * /admin/calendar: the system administrator keeps the national and regional calendars — a year
 * and region at a time — adds, overrides and removes entries, imports holiday-cn JSON or
 * iCalendar files and marks a national year as loaded.
 */
@Controller
@RequestMapping("/admin/calendar")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class CalendarAdminController {

    private final CalendarAdministration administration;
    private final CalendarService calendars;
    private final MessageSource messages;
    private final Clock clock;

    CalendarAdminController(CalendarAdministration administration, CalendarService calendars, MessageSource messages, Clock clock) {
        this.administration = administration;
        this.calendars = calendars;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String page(@RequestParam(required = false) Integer year, @RequestParam(required = false) String region, Model model) {
        int y = year == null || year < 1900 || year > 2500 ? LocalDate.now(clock).getYear() : year;
        String code = region == null || region.isBlank() ? CalendarService.NATIONAL : region.trim();
        WorkingCalendar calendar;
        try {
            calendar = calendars.calendar(code);
        } catch (InvalidInputException e) {
            model.addAttribute("regionError", code);
            code = CalendarService.NATIONAL;
            calendar = calendars.calendar(code);
        }
        model.addAttribute("year", y);
        model.addAttribute("region", code);
        model.addAttribute("national", CalendarService.NATIONAL.equals(code));
        model.addAttribute("regionName", administration.regionName(code));
        model.addAttribute("regions", administration.regionOptions());
        List<CalendarAdministration.Row> rows = administration.rows(code, y);
        model.addAttribute("rows", rows);
        Map<String, String> names = new LinkedHashMap<>();
        rows.forEach(r -> {
            names.computeIfAbsent(r.day().regionCode(), this::regionLabel);
            if (r.inherited() != null) {
                names.computeIfAbsent(r.inherited().regionCode(), this::regionLabel);
            }
        });
        model.addAttribute("regionNames", names);
        model.addAttribute("yearSource", administration.yearSource(y).orElse(null));
        model.addAttribute("workingDays", calendar.workingDaysBetween(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
        model.addAttribute("kinds", DayKind.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new EntryForm(null, DayKind.DAY_OFF.name(), null, null));
        }
        return "calendar/admin";
    }

    /** The add/override form's values, echoed back when refused. */
    record EntryForm(String date, String kind, String name, String source) {
    }

    @PostMapping("/entries")
    String save(@RequestParam String region, @RequestParam(required = false) Integer year, @RequestParam(required = false) String date,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String name,
            @RequestParam(required = false) String source, Locale locale, Model model, RedirectAttributes redirect) {
        LocalDate day = DeadlineInput.date(date == null ? "" : date);
        DayKind k = kind == null ? null : switch (kind) {
            case "DAY_OFF" -> DayKind.DAY_OFF;
            case "WORKING_DAY" -> DayKind.WORKING_DAY;
            default -> null;
        };
        try {
            administration.save(region, day, k, name, source);
        } catch (SunlightException e) {
            Map<String, String> errors = errors(e, locale);
            if (day == null && date != null && !date.isBlank()) {
                errors.put("date", messages.getMessage("calendar.error.date-format", null, locale));
            }
            model.addAttribute("errors", errors);
            model.addAttribute("form", new EntryForm(date, kind, name, source));
            return page(day != null ? Integer.valueOf(day.getYear()) : year, region, model);
        }
        redirect.addFlashAttribute("message", messages.getMessage("calendar.admin.saved", new Object[] {day.toString()}, locale));
        return back(day.getYear(), region);
    }

    @PostMapping("/entries/remove")
    String remove(@RequestParam String region, @RequestParam String date, @RequestParam(required = false) Integer year,
            Locale locale, RedirectAttributes redirect) {
        LocalDate day = DeadlineInput.date(date);
        try {
            if (day == null) {
                throw new NotFoundException("calendar.error.entry-not-found", date);
            }
            administration.remove(region, day);
        } catch (SunlightException e) {
            redirect.addFlashAttribute("failure", messages.getMessage(e.code(), e.args(), e.code(), locale));
            return back(day != null ? day.getYear() : year == null ? LocalDate.now(clock).getYear() : year,
                    e instanceof InvalidInputException ? CalendarService.NATIONAL : region);
        }
        redirect.addFlashAttribute("message", messages.getMessage("calendar.admin.removed", new Object[] {day.toString()}, locale));
        return back(day.getYear(), region);
    }

    @PostMapping("/import")
    String importFile(@RequestParam String region, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String source, @RequestParam(required = false) MultipartFile file,
            Locale locale, Model model, RedirectAttributes redirect) {
        CalendarAdministration.ImportResult result;
        try {
            byte[] content = file == null ? new byte[0] : file.getBytes();
            result = administration.importFile(region, file == null ? null : file.getOriginalFilename(), content, year, source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SunlightException e) {
            model.addAttribute("importErrors", e.problems().isEmpty()
                    ? List.of(messages.getMessage(e.code(), e.args(), e.code(), locale))
                    : e.problems().stream().map(p -> message(p, locale)).toList());
            return page(year, region, model);
        }
        redirect.addFlashAttribute("message", messages.getMessage("calendar.admin.imported",
                new Object[] {String.valueOf(result.imported()), String.valueOf(result.year()), String.valueOf(result.removed())}, locale));
        return back(result.year(), region);
    }

    @PostMapping("/years")
    String markYear(@RequestParam int year, @RequestParam boolean loaded, @RequestParam(required = false) String source,
            Locale locale, Model model, RedirectAttributes redirect) {
        try {
            administration.markYear(year, loaded, source);
        } catch (SunlightException e) {
            model.addAttribute("yearErrors", errors(e, locale));
            return page(year, CalendarService.NATIONAL, model);
        }
        redirect.addFlashAttribute("message", messages.getMessage(loaded ? "calendar.admin.year-marked" : "calendar.admin.year-unmarked",
                new Object[] {String.valueOf(year)}, locale));
        return back(year, CalendarService.NATIONAL);
    }

    /** A region's name for the table; "CN" is shown as the national calendar by the template. */
    private String regionLabel(String code) {
        if (CalendarService.NATIONAL.equals(code)) {
            return "";
        }
        String name = administration.regionName(code);
        return name == null ? code : name;
    }

    private Map<String, String> errors(SunlightException e, Locale locale) {
        Map<String, String> out = new LinkedHashMap<>();
        e.problems().forEach(p -> out.putIfAbsent(p.field(), message(p, locale)));
        if (e.problems().isEmpty()) {
            out.put("form", messages.getMessage(e.code(), e.args(), e.code(), locale));
        }
        return out;
    }

    private String message(FieldProblem p, Locale locale) {
        return messages.getMessage(p.code(), p.args(), p.defaultMessage(), locale);
    }

    private static String back(int year, String region) {
        return "redirect:" + UriComponentsBuilder.fromPath("/admin/calendar").queryParam("year", year)
                .queryParam("region", region).build().toUriString();
    }
}

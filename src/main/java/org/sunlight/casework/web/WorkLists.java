package org.sunlight.casework.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.sunlight.casework.CaseQueries;
import org.sunlight.casework.CaseStatus;
import org.sunlight.identity.Actor;
import org.sunlight.identity.CurrentUser;

/** 我的待办 / 我的已办, and 本科室办件 for unit heads and leaders (with a status filter). */
@Controller
class WorkLists {

    static final int TASKS = 200;
    static final int DONE = 50;
    static final int UNIT = 200;

    private final CaseQueries queries;
    private final CurrentUser currentUser;
    private final CaseTimes times;
    private final MessageSource messages;

    WorkLists(CaseQueries queries, CurrentUser currentUser, CaseTimes times, MessageSource messages) {
        this.queries = queries;
        this.currentUser = currentUser;
        this.times = times;
        this.messages = messages;
    }

    @ModelAttribute("times")
    CaseTimes times() {
        return times;
    }

    @GetMapping("/cases/tasks")
    @PreAuthorize(CaseAccess.WORK)
    String tasks(Model model) {
        Actor actor = currentUser.actor();
        model.addAttribute("tasks", queries.tasks(actor, TASKS));
        model.addAttribute("done", queries.done(actor, DONE));
        return "casework/tasks";
    }

    @GetMapping("/cases/unit")
    @PreAuthorize(CaseAccess.HEADS)
    String unit(@RequestParam(required = false) String status, Model model, HttpServletResponse response, Locale locale) {
        Actor actor = currentUser.actor();
        Map<String, String> errors = new LinkedHashMap<>();
        CaseStatus chosen = null;
        if (status != null && !status.isBlank()) {
            try {
                chosen = CaseStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.put("status", messages.getMessage("error.format", null, "error.format", locale));
                response.setStatus(400);
            }
        }
        model.addAttribute("errors", errors);
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("status", chosen == null ? "" : chosen.name());
        model.addAttribute("cases", queries.headedCases(actor, chosen, UNIT));
        return "casework/unit";
    }
}

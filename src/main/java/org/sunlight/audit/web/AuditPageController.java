package org.sunlight.audit.web;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.sunlight.audit.ChainVerification;
import org.sunlight.audit.internal.AuditChainCheck;
import org.sunlight.audit.internal.AuditFilter;
import org.sunlight.audit.internal.AuditSearch;
import org.sunlight.common.FormErrors;
import org.sunlight.common.InvalidInputException;

/** The audit administrator's page: search the trail, verify the chain (htmx, or a plain post without JS). */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasRole('AUDIT_ADMIN')")
class AuditPageController {

    private final AuditChainCheck check;
    private final AuditSearch search;
    private final MessageSource messages;
    private final DateTimeFormatter timeFormat;

    AuditPageController(AuditChainCheck check, AuditSearch search, MessageSource messages, Clock clock) {
        this.check = check;
        this.search = search;
        this.messages = messages;
        this.timeFormat = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(clock.getZone());
    }

    @GetMapping
    String page(@RequestParam Map<String, String> params, Model model, Locale locale) {
        fill(params, model, locale);
        return "audit/index";
    }

    @PostMapping("/verify")
    String verify(@RequestParam Map<String, String> params, @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model, Locale locale) {
        ChainVerification result = check.verifyAndRecord();
        model.addAttribute("verification", result);
        if (htmx != null) {
            return "audit/index :: verify-result";
        }
        fill(params, model, locale);
        return "audit/index";
    }

    private void fill(Map<String, String> params, Model model, Locale locale) {
        Map<String, String> filter = new LinkedHashMap<>();
        for (String key : new String[] {"actor", "action", "objectType", "objectId", "from", "to"}) {
            filter.put(key, params.getOrDefault(key, ""));
        }
        model.addAttribute("filter", filter);
        model.addAttribute("timeFormat", timeFormat);
        try {
            AuditFilter parsed = AuditFilter.parse(filter.get("actor"), filter.get("action"), filter.get("objectType"),
                    filter.get("objectId"), filter.get("from"), filter.get("to"), params.get("page"));
            model.addAttribute("result", search.search(parsed));
        } catch (InvalidInputException e) {
            model.addAttribute("errors", FormErrors.of(e, messages, locale));
        }
    }
}

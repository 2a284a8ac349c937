package org.sunlight.casework.publicweb;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 办件查询, the page: number and query code in, where the case stands out. The code travels in a POST body,
 * not in the address, so it stays out of browser history and server logs.
 */
@Controller
class LookupPages {

    private final CaseLookups lookups;
    private final PublicCaseLabels labels;

    LookupPages(CaseLookups lookups, PublicCaseLabels labels) {
        this.lookups = lookups;
        this.labels = labels;
    }

    @GetMapping("/public/cases/lookup")
    String form(@RequestParam(required = false) String number, Model model) {
        model.addAttribute("number", number == null ? "" : number.strip());
        model.addAttribute("labels", labels);
        return "casework-public/lookup";
    }

    @PostMapping("/public/cases/lookup")
    String lookup(@RequestParam(required = false) String number, @RequestParam(required = false) String code,
            HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
        model.addAttribute("number", number == null ? "" : number.strip());
        model.addAttribute("labels", labels);
        Map<String, String> errors = new LinkedHashMap<>();
        if (number == null || number.isBlank()) {
            errors.put("number", labels.message("error.required", locale));
        }
        if (code == null || code.isBlank()) {
            errors.put("code", labels.message("error.required", locale));
        }
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
            response.setStatus(400);
            return "casework-public/lookup";
        }
        CaseLookups.Outcome outcome = lookups.lookup(request.getRemoteAddr(), number, code);
        if (outcome.throttled()) {
            response.setStatus(429);
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(outcome.retryAfterSeconds()));
            model.addAttribute("throttled", labels.message(PublicLookupApi.THROTTLED, locale, outcome.retryAfterMinutes()));
        } else if (!outcome.found()) {
            response.setStatus(404);
            model.addAttribute("notFound", labels.message(PublicLookupApi.NOT_FOUND, locale));
        } else {
            model.addAttribute("result", outcome.result());
        }
        return "casework-public/lookup";
    }
}

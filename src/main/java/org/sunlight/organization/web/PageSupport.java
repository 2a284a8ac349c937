package org.sunlight.organization.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sunlight.common.FieldProblem;
import org.sunlight.common.SunlightException;

/**
 * How the admin pages answer: a refused form comes back with each message beside its field (and
 * the HTTP status of the refusal); a refused button (deactivate, revoke) returns to its page with
 * the reason on top. Either way nothing was written: the command's transaction rolled back.
 */
@Component
class PageSupport {

    /** Key of messages that belong to no visible field (a stale version, an inactive parent). */
    static final String GLOBAL = "_global";

    private final MessageSource messages;

    PageSupport(MessageSource messages) {
        this.messages = messages;
    }

    String show(Model model, FormPage form) {
        model.addAttribute("form", form);
        return "organization/form";
    }

    /** Runs the command and returns its redirect; on a refusal re-renders {@code form} with the errors. */
    String submit(Model model, HttpServletResponse response, FormPage form, Supplier<String> command) {
        try {
            return command.get();
        } catch (SunlightException e) {
            response.setStatus(e.status());
            model.addAttribute("errors", errors(e, form));
            return show(model, form);
        }
    }

    /** Runs a button's command and goes back to {@code back}, with a notice or the reason it was refused. */
    String act(RedirectAttributes flash, String back, String doneKey, Runnable command) {
        try {
            command.run();
            flash.addFlashAttribute("notice", message(doneKey));
        } catch (SunlightException e) {
            String reason = e.problems().isEmpty() ? message(e.code(), e.args())
                    : e.problems().stream().map(p -> message(p.code(), p.args())).reduce((a, b) -> a + "；" + b).orElse("");
            flash.addFlashAttribute("problem", reason);
        }
        return "redirect:" + back;
    }

    /** field → message; problems about fields the form does not show go on top of the form. */
    Map<String, String> errors(SunlightException e, FormPage form) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem p : e.problems()) {
            String key = form.hasField(p.field()) ? p.field() : GLOBAL;
            errors.merge(key, message(p.code(), p.args()), (a, b) -> a + "；" + b);
        }
        if (errors.isEmpty()) {
            errors.put(GLOBAL, message(e.code(), e.args()));
        }
        return errors;
    }

    String message(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }
}

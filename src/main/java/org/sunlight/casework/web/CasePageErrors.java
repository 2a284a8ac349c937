package org.sunlight.casework.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.sunlight.common.SunlightException;

/**
 * A refusal outside a form (a case the user may not see, an unknown action in the address) shows a page with
 * its status and the reason in the user's language. Refused forms are answered by the controllers themselves,
 * with the message beside the field.
 */
@ControllerAdvice(assignableTypes = {CasePage.class, WorkLists.class, ReceiptPages.class})
class CasePageErrors {

    private final MessageSource messages;

    CasePageErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(SunlightException.class)
    ModelAndView refused(SunlightException e, HttpServletResponse response, Locale locale) {
        response.setStatus(e.status());
        ModelAndView mav = new ModelAndView("casework/refused");
        mav.addObject("status", e.status());
        mav.addObject("reason", messages.getMessage(e.code(), e.args(), e.code(), locale));
        return mav;
    }
}

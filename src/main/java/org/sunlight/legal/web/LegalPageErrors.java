package org.sunlight.legal.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.sunlight.common.SunlightException;

/**
 * A refusal outside a form (an unknown id in the address, a certificate outside the user's scope)
 * shows a page with its status and the reason in the user's language.
 */
@ControllerAdvice(assignableTypes = {OfficerPages.class, BodyPages.class, MyCertificatesPage.class, PublicOfficersPage.class})
class LegalPageErrors {

    private final MessageSource messages;

    LegalPageErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(SunlightException.class)
    ModelAndView refused(SunlightException e, HttpServletResponse response, Locale locale) {
        response.setStatus(e.status());
        ModelAndView mav = new ModelAndView("legal/refused");
        mav.addObject("status", e.status());
        mav.addObject("reason", messages.getMessage(e.code(), e.args(), e.code(), locale));
        return mav;
    }
}

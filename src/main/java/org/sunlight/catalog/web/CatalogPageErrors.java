package org.sunlight.catalog.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.sunlight.common.SunlightException;

/** A refusal outside a form (an unknown id, a department out of scope) shows the error page with its status and reason. */
@ControllerAdvice(assignableTypes = {CatalogPages.class, VersionEditorPage.class, ReviewPages.class, AssignmentPages.class})
class CatalogPageErrors {

    private final Pages pages;

    CatalogPageErrors(Pages pages) {
        this.pages = pages;
    }

    @ExceptionHandler(SunlightException.class)
    ModelAndView refused(SunlightException e, HttpServletResponse response) {
        response.setStatus(e.status());
        ModelAndView mav = new ModelAndView("catalog/refused");
        mav.addObject("status", e.status());
        mav.addObject("reason", pages.reason(e));
        return mav;
    }
}

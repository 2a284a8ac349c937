package org.sunlight.organization.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.sunlight.common.SunlightException;

/** A refusal outside a form (e.g. an unknown id in the address) shows the error page with its status. */
@ControllerAdvice(assignableTypes = {RegionPages.class, DepartmentPages.class, UnitPages.class, StaffPages.class})
class PageErrors {

    @ExceptionHandler(SunlightException.class)
    ModelAndView refused(SunlightException e, HttpServletResponse response) {
        response.setStatus(e.status());
        ModelAndView mav = new ModelAndView("error");
        mav.addObject("status", e.status());
        return mav;
    }
}

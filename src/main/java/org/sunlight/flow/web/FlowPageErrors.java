package org.sunlight.flow.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.sunlight.common.SunlightException;

/** A refusal outside a form (an unknown id, an item outside the clerk's scope) shows the error page with its status. */
@ControllerAdvice(assignableTypes = FlowPages.class)
class FlowPageErrors {

    @ExceptionHandler(SunlightException.class)
    ModelAndView refused(SunlightException e, HttpServletResponse response) {
        response.setStatus(e.status());
        ModelAndView mav = new ModelAndView("error");
        mav.addObject("status", e.status());
        return mav;
    }
}

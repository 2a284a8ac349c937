package org.sunlight.legal.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.sunlight.legal.OfficerRegister;

/** A member of staff's own enforcement certificates, with how each stands today. */
@Controller
class MyCertificatesPage {

    private final OfficerRegister register;
    private final Clock clock;

    MyCertificatesPage(OfficerRegister register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    @GetMapping("/legal/my-certificates")
    @PreAuthorize(LegalAccess.STAFF)
    String mine(Model model) {
        model.addAttribute("certificates", register.myCertificates());
        model.addAttribute("today", LocalDate.now(clock));
        return "legal/my-certificates";
    }
}

package org.sunlight.legal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.sunlight.legal.EnforcementOfficers;
import org.sunlight.legal.PublishedOfficer;

/**
 * 执法人员信息公示: the public list of officers holding a valid certificate today — name, enforcement
 * body, certificate number, field, validity. Nothing else about the person is shown.
 */
@Controller
class PublicOfficersPage {

    private final EnforcementOfficers officers;
    private final Clock clock;

    PublicOfficersPage(EnforcementOfficers officers, Clock clock) {
        this.officers = officers;
        this.clock = clock;
    }

    @GetMapping("/public/officers")
    String list(@RequestParam(required = false) String department, Model model) {
        LocalDate today = LocalDate.now(clock);
        Long departmentId = CertificateForm.id(department);
        List<PublishedOfficer> list = departmentId != null && departmentId < 0 ? List.of() : officers.published(departmentId, today);
        model.addAttribute("officers", list);
        model.addAttribute("departments", officers.activeBodies());
        model.addAttribute("department", departmentId == null ? "" : departmentId.toString());
        model.addAttribute("today", today);
        return "legal/public-officers";
    }
}

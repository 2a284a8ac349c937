package org.sunlight.legal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.sunlight.legal.EnforcementOfficers;
import org.sunlight.legal.web.ApiModels.PublicListJson;
import org.sunlight.legal.web.ApiModels.PublicOfficerJson;

/** 执法人员信息公示 as JSON, open to everyone: officers holding a valid certificate today. */
@RestController
@RequestMapping("/api/v1/public/officers")
@Tag(name = "Public: enforcement officers", description = "执法人员信息公示: name, enforcement body, certificate number, field, validity")
class PublicOfficersApi {

    private final EnforcementOfficers officers;
    private final MessageSource messages;
    private final Clock clock;

    PublicOfficersApi(EnforcementOfficers officers, MessageSource messages, Clock clock) {
        this.officers = officers;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Officers holding a certificate valid today, of one department's enforcement body or of all")
    PublicListJson list(@Parameter(description = "department id of the enforcement body") @RequestParam(required = false) Long department,
            Locale locale) {
        LocalDate today = LocalDate.now(clock);
        List<PublicOfficerJson> list = officers.published(department, today).stream()
                .map(o -> PublicOfficerJson.of(o, messages, locale)).toList();
        return new PublicListJson(today, department, list.size(), list);
    }
}

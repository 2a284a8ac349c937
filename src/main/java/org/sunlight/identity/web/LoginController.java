package org.sunlight.identity.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.sunlight.identity.internal.AccountLockedException;

/** The sign-in page. One generic message for a wrong username or password; the unlock time when locked. */
@Controller
class LoginController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MessageSource messages;
    private final ZoneId zone;

    LoginController(MessageSource messages, @Value("${sunlight.zone:Asia/Shanghai}") String zone) {
        this.messages = messages;
        this.zone = ZoneId.of(zone);
    }

    @GetMapping("/login")
    String login(HttpSession session, Model model, Locale locale,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String error,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String expired) {
        if (error != null) {
            Object ex = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            String message;
            if (ex instanceof AccountLockedException locked) {
                message = messages.getMessage("identity.login.locked", new Object[] {TIME.format(locked.unlockAt().atZone(zone))}, locale);
            } else if (ex instanceof DisabledException) {
                message = messages.getMessage("identity.login.disabled", null, locale);
            } else {
                message = messages.getMessage("identity.login.failed", null, locale);
            }
            model.addAttribute("loginError", message);
        }
        if (expired != null) {
            model.addAttribute("loginInfo", messages.getMessage("identity.login.expired", null, locale));
        }
        return "identity/login";
    }
}

package org.sunlight.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public home page and the signed-in user's workspace landing page. */
@Controller
class ShellController {

    @GetMapping("/")
    String home() {
        return "home";
    }

    @GetMapping("/workspace")
    String workspace() {
        return "workspace";
    }
}

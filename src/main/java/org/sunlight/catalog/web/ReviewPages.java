package org.sunlight.catalog.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sunlight.catalog.CatalogReview;
import org.sunlight.catalog.PowerItemVersionView;
import org.sunlight.catalog.ReviewLevel;

/**
 * Review inboxes, one per level (unit head, leader, legal reviewer): the versions waiting for the
 * signed-in user within their scope, oldest first. A version is opened on its page (content and what
 * changed) and approved or rejected there; the answer returns to the inbox.
 */
@Controller
@RequestMapping("/catalog")
@PreAuthorize("hasAnyRole('UNIT_HEAD','LEADER','LEGAL_REVIEWER')")
class ReviewPages {

    private final CatalogReview review;
    private final Pages pages;

    ReviewPages(CatalogReview review, Pages pages) {
        this.review = review;
        this.pages = pages;
    }

    @ModelAttribute("pages")
    Pages pages() {
        return pages;
    }

    @GetMapping("/reviews/{level}")
    String inbox(@PathVariable String level, Model model) {
        ReviewLevel l = level(level);
        model.addAttribute("level", l);
        model.addAttribute("tasks", review.inbox(l));
        return "catalog/inbox";
    }

    @PostMapping("/versions/{id}/approve")
    String approve(@PathVariable long id, @RequestParam String level, @RequestParam long version,
            @RequestParam(required = false) String opinion, RedirectAttributes flash) {
        ReviewLevel l = level(level);
        return pages.act(flash, "/catalog/reviews/" + l.key(), () -> {
            PowerItemVersionView v = review.approve(id, version, l, opinion);
            return pages.message("catalog.done.approve", v.versionNo(), pages.message("catalog.enum.VersionState." + v.state()));
        });
    }

    @PostMapping("/versions/{id}/reject")
    String reject(@PathVariable long id, @RequestParam String level, @RequestParam long version,
            @RequestParam(required = false) String opinion, RedirectAttributes flash) {
        ReviewLevel l = level(level);
        String[] back = {"/catalog/reviews/" + l.key()};
        String answer = pages.act(flash, back[0], () -> {
            PowerItemVersionView v = review.reject(id, version, l, opinion);
            return pages.message("catalog.done.reject", v.versionNo());
        });
        // A refused rejection (e.g. no opinion) goes back to the version, where the opinion is written.
        return flash.getFlashAttributes().containsKey("problem") ? "redirect:/catalog/versions/" + id : answer;
    }

    private static ReviewLevel level(String key) {
        return ReviewLevel.fromKey(key);
    }
}

package org.sunlight.flow.web;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.sunlight.flow.FlowQueries;
import org.sunlight.flow.FlowVersionView;
import org.sunlight.flow.internal.FlowRendering;

/**
 * The public pictures: the flowchart in force today for an item (what the public item page embeds
 * with {@code <object data="/public/flow/items/{code}.svg">}) and any published version by id.
 * When there is nothing to show the answer is 404 with a small SVG saying so, so an embedding page
 * still shows something sensible.
 */
@Controller
class FlowPublicController {

    static final MediaType SVG = new MediaType("image", "svg+xml", java.nio.charset.StandardCharsets.UTF_8);
    /** The pictures are static drawings: no scripts, nothing fetched; only this site may embed them. */
    static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'";

    private final FlowQueries queries;
    private final FlowRendering rendering;
    private final Clock clock;

    FlowPublicController(FlowQueries queries, FlowRendering rendering, Clock clock) {
        this.queries = queries;
        this.rendering = rendering;
        this.clock = clock;
    }

    @GetMapping("/public/flow/items/{code}.svg")
    ResponseEntity<String> inForce(@PathVariable String code, Locale locale) {
        return queries.flowInForce(code, LocalDate.now(clock))
                .map(v -> svg(v, locale, Duration.ofMinutes(5)))
                .orElseGet(() -> missing(locale));
    }

    @GetMapping("/public/flow/versions/{id}.svg")
    ResponseEntity<String> version(@PathVariable String id, Locale locale) {
        long versionId;
        try {
            versionId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            return missing(locale);
        }
        return queries.version(versionId).filter(FlowVersionView::released)
                .map(v -> svg(v, locale, Duration.ofDays(1)))
                .orElseGet(() -> missing(locale));
    }

    private ResponseEntity<String> svg(FlowVersionView v, Locale locale, Duration maxAge) {
        return ResponseEntity.ok().contentType(SVG).cacheControl(CacheControl.maxAge(maxAge).cachePublic())
                .header("Vary", "Accept-Language, Cookie").header("Content-Security-Policy", CSP).body(rendering.svg(v, locale));
    }

    private ResponseEntity<String> missing(Locale locale) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(SVG).cacheControl(CacheControl.noCache())
                .header("Content-Security-Policy", CSP).body(rendering.missing(locale));
    }
}
